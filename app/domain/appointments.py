"""Rules of appointments (Termine) of the advisors (no database, no Qt).

An appointment lasts from 5 minutes to 8 hours. The week view shows the working day from
8:00 to 18:00 in half-hour slots; appointments outside it are listed in the day list.
Two appointments of one advisor overlap when each starts before the other ends.
"""

import datetime as dt

MIN_APPOINTMENT_MINUTES = 5
MAX_APPOINTMENT_MINUTES = 480
DAY_START = dt.time(8, 0)
DAY_END = dt.time(18, 0)
SLOT_MINUTES = 30


def starts_at(day: dt.date, start: dt.time) -> dt.datetime:
    return dt.datetime.combine(day, start)


def ends_at(day: dt.date, start: dt.time, minutes: int) -> dt.datetime:
    """The end of an appointment: the one place its end is computed."""
    return starts_at(day, start) + dt.timedelta(minutes=minutes)


def overlaps(first: tuple[dt.date, dt.time, int], second: tuple[dt.date, dt.time, int]) -> bool:
    """Whether two (date, start, minutes) intervals share a moment (touching is fine)."""
    return starts_at(first[0], first[1]) < ends_at(*second) and starts_at(
        second[0], second[1]
    ) < ends_at(*first)


def slot_times() -> list[dt.time]:
    """The half-hour slots of the week view's rows, 8:00 to 17:30."""
    slots = []
    moment = starts_at(dt.date(2000, 1, 1), DAY_START)
    end = starts_at(dt.date(2000, 1, 1), DAY_END)
    while moment < end:
        slots.append(moment.time())
        moment += dt.timedelta(minutes=SLOT_MINUTES)
    return slots


def week_start(day: dt.date) -> dt.date:
    """The Monday of the day's week."""
    return day - dt.timedelta(days=day.weekday())


def next_slot(moment: dt.datetime) -> tuple[dt.date, dt.time]:
    """Where a new appointment is suggested: the next half hour of the working day, else
    the next day's first slot."""
    start = moment.replace(second=0, microsecond=0)
    if start.minute % SLOT_MINUTES:
        start += dt.timedelta(minutes=SLOT_MINUTES - start.minute % SLOT_MINUTES)
    if start.time() < DAY_START:
        return start.date(), DAY_START
    if start.time() >= DAY_END or start.date() != moment.date():
        return moment.date() + dt.timedelta(days=1), DAY_START
    return start.date(), start.time()
