"""The audit trail for administrators: filtered reading and the workbook export.

Filters: a period (days, inclusive), who acted, a case (events about the case file,
its consultations, enrolments, consents and follow-ups) and the action. Reading the
trail is itself recorded, as is its export, before the data leaves.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import text

from app.domain.enums import AuditAction
from app.domain.permissions import Permission
from app.reports.model import CellFormat, Report, Table
from app.reports.xlsx import write_xlsx
from app.services.actor import Actor
from app.services.audit import record
from app.services.errors import ValidationError
from app.services.i18n import translate
from app.services.setup import organisation_name
from app.storage.database import Database

PAGE = 500
# Entities that belong to one case file, with the column naming the participant.
_CASE_ENTITIES = {
    "consultation": "consultation",
    "enrollment": "enrollment",
    "consent": "consent",
    "follow_up": "follow_up",
}


@dataclass(frozen=True)
class AuditFilter:
    start: date | None = None
    end: date | None = None
    username: str | None = None
    case_number: str | None = None
    action: str | None = None


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: int | None
    case_number: str | None
    fields: str | None
    reason: str | None


def _where(database: Database, wanted: AuditFilter) -> tuple[str, dict[str, object]]:
    clauses: list[str] = []
    params: dict[str, object] = {}
    if wanted.start and wanted.end and wanted.end < wanted.start:
        raise ValidationError(
            "to", translate("Errors", "To: the end of the period lies before its start.")
        )
    if wanted.start:
        clauses.append("e.at >= :start")
        params["start"] = datetime.combine(wanted.start, time(), UTC).replace(tzinfo=None)
    if wanted.end:
        clauses.append("e.at < :end")
        params["end"] = datetime.combine(wanted.end + timedelta(days=1), time(), UTC).replace(
            tzinfo=None
        )
    if wanted.username and wanted.username.strip():
        clauses.append("e.username = :username")
        params["username"] = wanted.username.strip().lower()
    if wanted.action and wanted.action.strip():
        codes = {a.value for a in AuditAction}
        if wanted.action.strip() not in codes:
            raise ValidationError(
                "action",
                translate("Errors", "Action: unknown value '{value}'. Allowed: {allowed}.").format(
                    value=wanted.action, allowed=", ".join(sorted(codes))
                ),
            )
        clauses.append("e.action = :action")
        params["action"] = wanted.action.strip()
    if wanted.case_number and wanted.case_number.strip():
        with database.engine.connect() as connection:
            found = connection.execute(
                text("SELECT id FROM participant WHERE case_number = :number"),
                {"number": wanted.case_number.strip()},
            ).first()
        if found is None:
            raise ValidationError(
                "case",
                translate("Errors", "Case number: there is no case {number}.").format(
                    number=wanted.case_number.strip()
                ),
            )
        params["participant"] = found[0]
        parts = ["(e.entity = 'participant' AND e.entity_id = :participant)"]
        for entity, table in _CASE_ENTITIES.items():
            parts.append(
                f"(e.entity = '{entity}' AND e.entity_id IN "
                f"(SELECT id FROM {table} WHERE participant_id = :participant))"
            )
        clauses.append("(" + " OR ".join(parts) + ")")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


_CASE_NUMBER = """
    CASE e.entity
        WHEN 'participant' THEN (SELECT case_number FROM participant WHERE id = e.entity_id)
        WHEN 'consultation' THEN (SELECT p.case_number FROM consultation c
            JOIN participant p ON p.id = c.participant_id WHERE c.id = e.entity_id)
        WHEN 'enrollment' THEN (SELECT p.case_number FROM enrollment x
            JOIN participant p ON p.id = x.participant_id WHERE x.id = e.entity_id)
        WHEN 'follow_up' THEN (SELECT p.case_number FROM follow_up x
            JOIN participant p ON p.id = x.participant_id WHERE x.id = e.entity_id)
    END
"""


def _rows(
    database: Database, wanted: AuditFilter, limit: int | None, offset: int
) -> list[AuditRow]:
    where, params = _where(database, wanted)
    sql = (
        f"SELECT e.at, e.username, e.action, e.entity, e.entity_id, {_CASE_NUMBER}, "
        f"e.fields, e.reason FROM audit_event e{where} ORDER BY e.at DESC, e.id DESC"
    )
    if limit is not None:
        sql += " LIMIT :limit OFFSET :offset"
        params.update(limit=limit, offset=offset)
    with database.engine.connect() as connection:
        return [
            AuditRow(
                at=row[0] if isinstance(row[0], datetime) else datetime.fromisoformat(row[0]),
                username=row[1],
                action=row[2],
                entity=row[3],
                entity_id=row[4],
                case_number=row[5],
                fields=row[6],
                reason=row[7],
            )
            for row in connection.execute(text(sql), params)
        ]


def count_audit(database: Database, actor: Actor, wanted: AuditFilter) -> int:
    actor.require(Permission.AUDIT_READ)
    where, params = _where(database, wanted)
    with database.engine.connect() as connection:
        return int(
            connection.execute(
                text(f"SELECT count(*) FROM audit_event e{where}"), params
            ).scalar_one()
        )


def list_audit(
    database: Database, actor: Actor, wanted: AuditFilter, offset: int = 0, limit: int = PAGE
) -> list[AuditRow]:
    """A page of matching events, newest first; the first page's reading is audited."""
    actor.require(Permission.AUDIT_READ)
    rows = _rows(database, wanted, limit, offset)
    if offset == 0:
        with database.session() as session:
            record(session, actor, AuditAction.VIEW, "audit_event", None,
                   reason=_describe(wanted))  # fmt: skip
            session.commit()
    return rows


def _describe(wanted: AuditFilter) -> str:
    parts = [
        f"{name}={value}"
        for name, value in (
            ("from", wanted.start),
            ("to", wanted.end),
            ("user", wanted.username),
            ("case", wanted.case_number),
            ("action", wanted.action),
        )
        if value
    ]
    return " ".join(parts) or "all"


def export_audit(database: Database, actor: Actor, wanted: AuditFilter, path: Path) -> int:
    """Write the matching events to an .xlsx file; the export is audited before it leaves."""
    actor.require(Permission.AUDIT_READ)
    rows = _rows(database, wanted, None, 0)
    with database.session() as session:
        record(session, actor, AuditAction.EXPORT, "audit_event", None,
               reason=f"{path.name} {_describe(wanted)}")  # fmt: skip
        session.commit()
    columns = [
        translate("Audit", "Time (UTC)"),
        translate("Audit", "User"),
        translate("Audit", "Action"),
        translate("Audit", "Entity"),
        translate("Audit", "Number"),
        translate("Audit", "Case number"),
        translate("Audit", "Fields"),
        translate("Audit", "Reason"),
    ]
    table = Table(
        translate("Audit", "Audit trail"),
        columns,
        [
            [
                row.at.strftime("%Y-%m-%d %H:%M:%S"),
                row.username,
                row.action,
                row.entity,
                row.entity_id,
                row.case_number or "",
                row.fields or "",
                row.reason or "",
            ]
            for row in rows
        ],
        formats={5: CellFormat.TEXT},
    )
    report = Report(
        title=translate("Audit", "Audit trail"),
        organisation=organisation_name(database),
        parameters=[(translate("Audit", "Filter"), _describe(wanted))],
        tables=[table],
        generated_at=datetime.now(),
        generated_by=actor.display_name,
    )
    write_xlsx(report, path)
    return len(rows)
