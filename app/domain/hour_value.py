"""The value of one hour of volunteer work, as the club's own in-kind contribution.

A project sets a value per year; without one, its flat rate for all years; without
that, the statutory minimum wage of the year (domain.md). Values that change by law
are data keyed by the year they apply from, never literals in code.
"""

from collections.abc import Iterable, Mapping


def value_for_year(rows: Iterable[tuple[int, int]], year: int) -> int | None:
    """The value in force in ``year``: the latest row whose start year is not after it."""
    valid = [(start, value) for start, value in rows if start <= year]
    return max(valid)[1] if valid else None


def hourly_value_cents(
    year: int,
    own_rates: Mapping[int, int],
    flat_rate: int | None,
    minimum_wages: Iterable[tuple[int, int]],
) -> int | None:
    """Cents per hour in ``year``; None when no value is known for that year at all."""
    if year in own_rates:
        return own_rates[year]
    if flat_rate is not None:
        return flat_rate
    return value_for_year(minimum_wages, year)
