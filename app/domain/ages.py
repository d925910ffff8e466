"""Age in whole years on a given date, as the ESF Plus rules count it."""

from datetime import date


def age_on(birth_date: date, on: date) -> int:
    """Whole years completed on ``on``.

    A birthday on ``on`` counts as reached. Someone born on 29 February
    reaches a new year on 1 March in non-leap years: comparing (month, day)
    tuples gives exactly that, because (2, 29) is greater than (2, 28).
    """
    years = on.year - birth_date.year
    if (on.month, on.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years
