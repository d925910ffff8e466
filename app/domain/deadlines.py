"""ESF deadlines: entry data within 4 weeks of entry, exit data within 4 weeks of exit,
and the 6-month follow-up after exit."""

from datetime import date, timedelta

DATA_DEADLINE = timedelta(weeks=4)


def entry_data_due(entry_date: date) -> date:
    return entry_date + DATA_DEADLINE


def exit_data_due(exit_date: date) -> date:
    return exit_date + DATA_DEADLINE


def add_months(day: date, months: int) -> date:
    """Same day ``months`` later; the last day of the month where that day does not exist."""
    month = day.month + months
    year = day.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    result_day = day.day
    while True:
        try:
            return date(year, month, result_day)
        except ValueError:
            result_day -= 1


def six_months_after(exit_date: date) -> date:
    """Same day six months later; the last day of the month where that day does not exist."""
    return add_months(exit_date, 6)


def latest_exit_due_by(day: date) -> date:
    """The latest exit date whose 6-month follow-up is due on or before ``day``.

    Exits after it are "not yet due" on ``day``; ``six_months_after`` never decreases,
    so one step back from the first exit that is not yet due finds it.
    """
    month = day.month - 6
    year = day.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    candidate = date(year, month, 1) + timedelta(days=31)
    while six_months_after(candidate) > day:
        candidate -= timedelta(days=1)
    return candidate
