"""When a tandem's next meeting is due: the agreed rhythm plus a grace period.

A tandem that agreed to meet weekly and logged nothing for two months needs a
coordinator's call; one that meets "nach Absprache" has no rhythm to check.
"""

from datetime import date, timedelta

from app.domain.enums import MeetingRhythm

RHYTHM_DAYS = {
    MeetingRhythm.WEEKLY: 7,
    MeetingRhythm.BIWEEKLY: 14,
    MeetingRhythm.MONTHLY: 31,
}
# Holidays, illness, a missed entry: two weeks beyond the rhythm before anyone is asked.
MEETING_GRACE_DAYS = 14


def next_meeting_due(rhythm: MeetingRhythm, start: date, last_meeting: date | None) -> date | None:
    """The day by which the next meeting should have been logged (None: no rhythm).

    Counted from the last logged meeting, or from the start while there was none (hours
    logged before the tandem started do not count as one of its meetings)."""
    days = RHYTHM_DAYS.get(rhythm)
    if days is None:
        return None
    since = start if last_meeting is None or last_meeting < start else last_meeting
    return since + timedelta(days=days + MEETING_GRACE_DAYS)
