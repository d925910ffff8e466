"""Hours of course attendance: the one definition, used by every path that shows or
counts them (the case file's course list, the course's attendance grid, the
Teilnahmebescheinigung and the ESF report's minimum support).

A session counts with its full duration for each person ticked present
(``domain/courses.COUNTS_AS_ATTENDED``); excused, absent and unticked sessions count
for nothing. The state's code is a bound parameter, as in every report.
"""

from dataclasses import dataclass

from sqlalchemy import Connection, text

from app.domain.courses import COUNTS_AS_ATTENDED

# One row per attended session and person: who, which course and project, when, how long.
ATTENDED_SQL = """
SELECT cp.participant_id AS participant_id, cp.course_id AS course_id,
    c.project_id AS project_id, s.date AS date, s.duration_minutes AS minutes
FROM attendance a
JOIN course_participant cp ON cp.id = a.course_participant_id
JOIN course_session s ON s.id = a.session_id
JOIN course c ON c.id = cp.course_id
WHERE a.state = :attended_state
"""
ATTENDED_PARAMETERS: dict[str, object] = {"attended_state": COUNTS_AS_ATTENDED.value}


@dataclass(frozen=True)
class AttendedHours:
    participant_id: int
    course_id: int
    sessions: int
    minutes: int


def attended_hours(
    connection: Connection,
    *,
    participant_id: int | None = None,
    course_id: int | None = None,
) -> dict[tuple[int, int], AttendedHours]:
    """Attended sessions and minutes by (participant, course), for one person, one course
    or both; pairs without an attended session are absent (zero)."""
    conditions = ["1 = 1"]
    values: dict[str, object] = dict(ATTENDED_PARAMETERS)
    if participant_id is not None:
        conditions.append("participant_id = :participant")
        values["participant"] = participant_id
    if course_id is not None:
        conditions.append("course_id = :course")
        values["course"] = course_id
    rows = connection.execute(
        text(
            "SELECT participant_id, course_id, count(*), sum(minutes) "
            f"FROM ({ATTENDED_SQL}) AS attended "
            f"WHERE {' AND '.join(conditions)} GROUP BY participant_id, course_id"
        ),
        values,
    )
    return {(int(p), int(c)): AttendedHours(int(p), int(c), int(n), int(m)) for p, c, n, m in rows}
