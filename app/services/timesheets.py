"""Writing Stundennachweise (timesheet PDFs) for one volunteer or all of a month."""

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlmodel import select

from app.domain.enums import AuditAction
from app.domain.models import Volunteer, VolunteerHours
from app.domain.permissions import Permission
from app.reports import periods
from app.reports.model import Period
from app.services.actor import Actor
from app.services.audit import record
from app.services.errors import NotFound, ValidationError
from app.services.i18n import translate
from app.services.organisation import letterhead
from app.storage.database import Database

MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def month_period(text: str) -> Period:
    match = MONTH.match(text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ValidationError(
            "month",
            translate(
                "Errors", "Month: '{value}' is not allowed; use YYYY-MM such as 2026-03."
            ).format(value=text),
        )
    return periods.month(int(match.group(1)), int(match.group(2)))


def write_timesheets(
    database: Database,
    actor: Actor,
    period: Period,
    out_dir: Path,
    volunteer_number: str | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> list[Path]:
    """One PDF per volunteer (the one named, or everyone with approved hours in the period).

    ``progress(done, total)`` is told after each file; when it returns False the batch
    stops and the files written so far are returned."""
    actor.require(Permission.VOLUNTEERS_READ)
    with database.session() as session:
        if volunteer_number is not None:
            volunteer = session.exec(
                select(Volunteer).where(Volunteer.number == volunteer_number.strip())
            ).first()
            if volunteer is None:
                raise NotFound(
                    translate("Errors", "There is no volunteer with the number {number}.").format(
                        number=volunteer_number
                    )
                )
            chosen = [volunteer]
        else:
            ids = set(
                session.exec(
                    select(VolunteerHours.volunteer_id).where(
                        VolunteerHours.status == "approved",
                        VolunteerHours.date >= period.start,
                        VolunteerHours.date <= period.end,
                    )
                )
            )
            chosen = [
                v for v in session.exec(select(Volunteer).order_by(Volunteer.number)) if v.id in ids
            ]
    if chosen:
        # The files name volunteers and their hours: audited before they are written.
        with database.session() as session:
            record(
                session,
                actor,
                AuditAction.EXPORT,
                "timesheet",
                chosen[0].id if len(chosen) == 1 else None,
                reason=f"{out_dir.name}: {len(chosen)} {period.start.isoformat()}.."
                f"{period.end.isoformat()}",
            )
            session.commit()
    # The PDF writer (reportlab) loads when timesheets are written, not with the page.
    from app.reports.timesheet import timesheet, write_timesheet_pdf

    written = []
    organisation = letterhead(database)
    with database.read_connection() as connection:
        for done, volunteer in enumerate(chosen):
            if progress is not None and not progress(done, len(chosen)):
                break
            assert volunteer.id is not None
            sheet = timesheet(connection, volunteer.id, period, organisation)
            name = f"Stundennachweis-{volunteer.number}-{period.start:%Y-%m}"
            if period.start.month == 1 and period.end == date(period.start.year, 12, 31):
                name = f"Stundennachweis-{volunteer.number}-{period.start:%Y}"
            path = out_dir / f"{name}.pdf"
            write_timesheet_pdf(sheet, path)
            written.append(path)
    return written
