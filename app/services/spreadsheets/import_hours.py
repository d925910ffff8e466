"""Applying an Ehrenamtsstunden sheet. Hours imported by coordinators count as approved.

An entry with the same volunteer, date, hours, activity and project is
already there and changes nothing. A volunteer gives at most ten hours a
day, counting what is stored and what the file adds.
"""

from datetime import date
from typing import Any

from sqlmodel import Session, select

from app.domain.enums import Activity, AuditAction, HoursStatus
from app.domain.formatting import format_hours
from app.domain.models import Participant, Project, Volunteer, VolunteerHours
from app.domain.models._columns import utcnow
from app.domain.search_text import fold
from app.services.actor import Actor
from app.services.i18n import translate
from app.services.scope import may_book_for
from app.services.spreadsheets.columns import HOURS
from app.services.spreadsheets.import_participants import _event
from app.services.spreadsheets.importer import (
    ImportResult,
    ParsedRow,
    Progress,
    RowError,
    check_not_future,
    check_progress,
    optional_project,
)

DAILY_LIMIT_MINUTES = 600


def _header(key: str) -> str:
    return HOURS.column(key).header


def apply(
    session: Session,
    actor: Actor,
    rows: list[ParsedRow],
    result: ImportResult,
    progress: Progress | None,
) -> None:
    today = date.today()
    volunteers = list(session.exec(select(Volunteer)))
    by_number = {v.number.casefold(): v.id for v in volunteers}
    by_name: dict[str, list[int | None]] = {}
    for v in volunteers:
        by_name.setdefault(fold(f"{v.first_name} {v.last_name}"), []).append(v.id)
    projects = {p.code.casefold(): p.id for p in session.exec(select(Project))}
    people = {p.case_number: p for p in session.exec(select(Participant))}
    cases = {number: p.id for number, p in people.items()}
    existing: set[tuple[Any, ...]] = {
        (h.volunteer_id, h.date, h.minutes, h.activity, h.project_id)
        for h in session.exec(select(VolunteerHours))
        if h.status != HoursStatus.REJECTED
    }
    per_day: dict[tuple[Any, ...], int] = {}
    for h in session.exec(
        select(VolunteerHours).where(VolunteerHours.status != HoursStatus.REJECTED)
    ):
        per_day[(h.volunteer_id, h.date)] = per_day.get((h.volunteer_id, h.date), 0) + h.minutes

    plans = []
    for row in rows:
        values = row.values
        ok = True
        who = str(values.get("volunteer", "")).strip()
        volunteer_id = by_number.get(who.casefold())
        if volunteer_id is None:
            matches = by_name.get(fold(" ".join(who.split())), [])
            if len(matches) == 1:
                volunteer_id = matches[0]
            else:
                message = (
                    translate(
                        "Import", "\u201c{name}\u201d matches several volunteers; use the number"
                    ).format(name=who)
                    if matches
                    else translate(
                        "Import", "no volunteer with number or name \u201c{name}\u201d"
                    ).format(name=who)
                )
                result.errors.append(RowError(row.number, _header("volunteer"), message))
                ok = False
        ok = check_not_future(row, _header("date"), result, today) and ok
        project_ok, project_id = optional_project(row, _header("project"), projects, result)
        ok = ok and project_ok
        participant_id = None
        if "case_number" in values:
            participant_id = cases.get(str(values["case_number"]))
            if participant_id is None:
                result.errors.append(
                    RowError(
                        row.number,
                        _header("case_number"),
                        translate("Import", "case number {number} does not exist").format(
                            number=values["case_number"]
                        ),
                    )
                )
                ok = False
            elif volunteer_id is not None and not may_book_for(
                session, actor, volunteer_id, people[str(values["case_number"])]
            ):
                result.errors.append(
                    RowError(
                        row.number,
                        _header("case_number"),
                        translate(
                            "Import",
                            "case {number} is no mentee of this volunteer; hours for a "
                            "participant need a tandem of the two",
                        ).format(number=values["case_number"]),
                    )
                )
                ok = False
        if ok:
            plans.append((row, volunteer_id, project_id, participant_id))
    if result.errors:
        return
    for done, (row, volunteer_id, project_id, participant_id) in enumerate(plans, 1):
        check_progress(progress, done, len(plans))
        assert volunteer_id is not None
        values = row.values
        activity = values.get("activity", Activity.OTHER)
        # An exported sheet carries each entry's status; a club's own sheet means approved.
        status = HoursStatus(values.get("status") or HoursStatus.APPROVED)
        key = (volunteer_id, values["date"], values["hours"], activity, project_id)
        if key in existing and status != HoursStatus.REJECTED:
            result.unchanged += 1
            continue
        day_key = (volunteer_id, values["date"])
        counted = 0 if status == HoursStatus.REJECTED else int(values["hours"])
        total = per_day.get(day_key, 0) + counted
        if total > DAILY_LIMIT_MINUTES:
            result.errors.append(
                RowError(
                    row.number,
                    _header("hours"),
                    translate(
                        "Import",
                        "with this row the volunteer would have {hours} hours on {date}; at "
                        "most 10 hours a day are allowed",
                    ).format(
                        hours=format_hours(total),
                        date=values["date"].strftime("%d.%m.%Y"),
                    ),
                )
            )
            continue
        per_day[day_key] = total
        existing.add(key)
        entry = VolunteerHours(
            volunteer_id=volunteer_id,
            date=values["date"],
            minutes=values["hours"],
            activity=activity,
            project_id=project_id,
            participant_id=participant_id,
            note=values.get("note"),
            status=status,
            entered_by_id=actor.user_id,
            approved_by_id=actor.user_id if status != HoursStatus.SUBMITTED else None,
            approved_at=utcnow() if status != HoursStatus.SUBMITTED else None,
        )
        session.add(entry)
        session.flush()
        session.add(_event(actor, AuditAction.CREATE, "volunteer_hours", entry.id, list(values)))
        result.created += 1
    session.flush()
