"""Allowance caps: which yearly cap applies to a payment.

The caps themselves are data (table ``allowance_cap``, keyed by the year they
took effect) because the law changes them; this module only picks the row.
"""

from collections.abc import Iterable

from app.domain.enums import AllowanceKind
from app.domain.hour_value import value_for_year


def cap_for_year(
    caps: Iterable[tuple[AllowanceKind, int, int]], kind: AllowanceKind, year: int
) -> int | None:
    """Cap in cents valid in ``year``: the latest row whose start year is not after it.

    ``None`` means the kind has no cap (expense refunds) or no row covers the year.
    """
    return value_for_year(((start, cents) for k, start, cents in caps if k == kind), year)
