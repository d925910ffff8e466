"""Rules of courses and their attendance lists (no database, no Qt).

Hours are integer minutes, as everywhere in Lotse. A session lasts at least a quarter
of an hour and at most ten hours (a full day of a qualification course with breaks).
Only sessions ticked "present" count as attended: excused and absent sessions do not,
and a session nobody ticked yet counts for nothing either.
"""

from app.domain.enums import AttendanceState

MIN_SESSION_MINUTES = 15
MAX_SESSION_MINUTES = 600
# The one state whose sessions count as attended hours (certificate, case file, ESF).
COUNTS_AS_ATTENDED = AttendanceState.PRESENT
