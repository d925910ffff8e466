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


def taxable_part(cap: int | None, received_before: int, amount: int) -> int:
    """The part of a payment above the year's tax-free cap: taxable income of the volunteer.

    ``received_before`` is everything the volunteer received of this kind in the year
    before this payment, from this club and (as declared) from others.
    """
    if cap is None:
        return 0
    return max(0, received_before + amount - cap) - max(0, received_before - cap)
