"""The audit trail for administrators: filtered reading and the workbook export.

Filters: a period (days, inclusive), who acted, a case (events about the case file,
its consultations, enrolments, consents and follow-ups) and the action. Reading the
trail is itself recorded, as is its export, before the data leaves.

Entities and actions are shown by translated names; an event names its case (case
number and person), user account, volunteer or project where the reader's role may
see them (the case scope applies), otherwise only the entity's number.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import Connection, text

from app.domain.enums import AuditAction
from app.domain.permissions import Permission
from app.reports.model import CellFormat, Report, Table
from app.reports.xlsx import write_xlsx
from app.services.actor import Actor
from app.services.audit import record
from app.services.errors import ValidationError
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.services.scope import case_scope
from app.services.setup import organisation_name
from app.services.times import naive_utc
from app.storage.database import Database

PAGE = 500
# Entities that belong to one case file, with the column naming the participant.
_CASE_ENTITIES = {
    "consultation": "consultation",
    "enrollment": "enrollment",
    "consent": "consent",
    "follow_up": "follow_up",
    "recognition_procedure": "recognition_procedure",
    "placement": "placement",
    "course_participant": "course_participant",
    "appointment": "appointment",
}


@dataclass(frozen=True)
class AuditFilter:
    start: date | None = None
    end: date | None = None
    username: str | None = None
    case_number: str | None = None
    action: str | None = None


# What the viewer and the export call each entity and action (codes stay English in the
# table; the labels go through Qt's translation, context "Audit").
ENTITY_NAMES = {
    "participant": QT_TRANSLATE_NOOP("Audit", "case file"),
    "consultation": QT_TRANSLATE_NOOP("Audit", "consultation"),
    "enrollment": QT_TRANSLATE_NOOP("Audit", "project participation"),
    "consent": QT_TRANSLATE_NOOP("Audit", "consent"),
    "follow_up": QT_TRANSLATE_NOOP("Audit", "follow-up"),
    "recognition_procedure": QT_TRANSLATE_NOOP("Audit", "recognition procedure"),
    "placement": QT_TRANSLATE_NOOP("Audit", "placement"),
    "user": QT_TRANSLATE_NOOP("Audit", "user account"),
    "volunteer": QT_TRANSLATE_NOOP("Audit", "volunteer"),
    "volunteer_hours": QT_TRANSLATE_NOOP("Audit", "volunteer hours"),
    "mentorship": QT_TRANSLATE_NOOP("Audit", "tandem"),
    "allowance_payment": QT_TRANSLATE_NOOP("Audit", "allowance payment"),
    "allowance_declaration": QT_TRANSLATE_NOOP("Audit", "allowance declaration"),
    "timesheet": QT_TRANSLATE_NOOP("Audit", "timesheet"),
    "event": QT_TRANSLATE_NOOP("Audit", "event"),
    "course": QT_TRANSLATE_NOOP("Audit", "course"),
    "course_participant": QT_TRANSLATE_NOOP("Audit", "course participation"),
    "appointment": QT_TRANSLATE_NOOP("Audit", "appointment"),
    "project": QT_TRANSLATE_NOOP("Audit", "project"),
    "exit_reason": QT_TRANSLATE_NOOP("Audit", "exit reason"),
    "supported_organisation": QT_TRANSLATE_NOOP("Audit", "supported organisation"),
    "organisation": QT_TRANSLATE_NOOP("Audit", "organisation"),
    "setting": QT_TRANSLATE_NOOP("Audit", "setting"),
    "topic": QT_TRANSLATE_NOOP("Audit", "topic"),
    "referral_target": QT_TRANSLATE_NOOP("Audit", "referral service"),
    "partner": QT_TRANSLATE_NOOP("Audit", "partner organisation"),
    "club_language": QT_TRANSLATE_NOOP("Audit", "club languages"),
    "database": QT_TRANSLATE_NOOP("Audit", "database"),
    "audit_event": QT_TRANSLATE_NOOP("Audit", "audit trail"),
    "report": QT_TRANSLATE_NOOP("Audit", "report"),
    # Imports record the sheet they read.
    "participants": QT_TRANSLATE_NOOP("Audit", "participants sheet"),
    "consultations": QT_TRANSLATE_NOOP("Audit", "consultations sheet"),
    "volunteers": QT_TRANSLATE_NOOP("Audit", "volunteers sheet"),
    "hours": QT_TRANSLATE_NOOP("Audit", "hours sheet"),
}
ACTION_NAMES = {
    AuditAction.CREATE: QT_TRANSLATE_NOOP("Audit", "created"),
    AuditAction.UPDATE: QT_TRANSLATE_NOOP("Audit", "changed"),
    AuditAction.DELETE: QT_TRANSLATE_NOOP("Audit", "deleted"),
    AuditAction.LOGIN: QT_TRANSLATE_NOOP("Audit", "logged in"),
    AuditAction.LOGIN_FAILED: QT_TRANSLATE_NOOP("Audit", "failed login"),
    AuditAction.LOGOUT: QT_TRANSLATE_NOOP("Audit", "logged out"),
    AuditAction.IMPORT: QT_TRANSLATE_NOOP("Audit", "imported"),
    AuditAction.EXPORT: QT_TRANSLATE_NOOP("Audit", "exported"),
    AuditAction.DEMO: QT_TRANSLATE_NOOP("Audit", "demo data"),
    AuditAction.INIT: QT_TRANSLATE_NOOP("Audit", "set up"),
    AuditAction.VIEW: QT_TRANSLATE_NOOP("Audit", "viewed"),
    AuditAction.BACKUP: QT_TRANSLATE_NOOP("Audit", "backup"),
    AuditAction.RESTORE: QT_TRANSLATE_NOOP("Audit", "restore"),
}


def entity_name(code: str) -> str:
    """The translated name of an entity code (unknown codes as they are)."""
    name = ENTITY_NAMES.get(code)
    return translate("Audit", str(name)) if name else code


def action_name(code: str) -> str:
    """The translated name of an audit action code (unknown codes as they are)."""
    name = next((n for action, n in ACTION_NAMES.items() if action.value == code), None)
    return translate("Audit", str(name)) if name else code


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: int | None
    case_number: str | None  # only where the reader may see the case
    fields: str | None
    reason: str | None
    # The person of the case ("Omar Haddad"), where the reader may see the case.
    person: str | None = None
    # What the entity is called ("Vera Mentorin (E-0001)", "WIR-2026"), where the reader
    # may see it; None for deleted entities and for those it may not see.
    subject: str | None = None

    def entity_text(self) -> str:
        """The entity as a reader sees it: "case file: Omar Haddad", "user account 3"."""
        name = entity_name(self.entity)
        shown = self.subject or self.person
        if shown:
            return f"{name}: {shown}"
        return f"{name} {self.entity_id}" if self.entity_id is not None else name

    def case_text(self) -> str:
        if self.case_number is None:
            return ""
        return f"{self.case_number} {self.person}" if self.person else self.case_number


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
        with database.read_connection() as connection:
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


# The case an event belongs to: the participant's id for the case file and what is in it.
_PARTICIPANT = """
    CASE e.entity
        WHEN 'participant' THEN e.entity_id
        WHEN 'consultation' THEN (SELECT participant_id FROM consultation WHERE id = e.entity_id)
        WHEN 'enrollment' THEN (SELECT participant_id FROM enrollment WHERE id = e.entity_id)
        WHEN 'follow_up' THEN (SELECT participant_id FROM follow_up WHERE id = e.entity_id)
        WHEN 'course_participant' THEN
            (SELECT participant_id FROM course_participant WHERE id = e.entity_id)
        WHEN 'consent' THEN (SELECT participant_id FROM consent WHERE id = e.entity_id)
        WHEN 'recognition_procedure' THEN
            (SELECT participant_id FROM recognition_procedure WHERE id = e.entity_id)
        WHEN 'placement' THEN (SELECT participant_id FROM placement WHERE id = e.entity_id)
        WHEN 'appointment' THEN (SELECT participant_id FROM appointment WHERE id = e.entity_id)
        WHEN 'mentorship' THEN (SELECT participant_id FROM mentorship WHERE id = e.entity_id)
    END
"""

# Entities named after a volunteer: how to find the volunteer from the entity's id.
_VOLUNTEER_OF = {
    "volunteer": "SELECT id, id FROM volunteer WHERE id IN ({ids})",
    "timesheet": "SELECT id, id FROM volunteer WHERE id IN ({ids})",
    "volunteer_hours": "SELECT id, volunteer_id FROM volunteer_hours WHERE id IN ({ids})",
    "allowance_payment": "SELECT id, volunteer_id FROM allowance_payment WHERE id IN ({ids})",
    "allowance_declaration": (
        "SELECT id, volunteer_id FROM allowance_declaration WHERE id IN ({ids})"
    ),
    "mentorship": "SELECT id, volunteer_id FROM mentorship WHERE id IN ({ids})",
}
# Entities without personal data, named by a column of their own.
_NAMED = {
    "project": "SELECT id, code FROM project WHERE id IN ({ids})",
    "exit_reason": "SELECT id, name FROM exit_reason WHERE id IN ({ids})",
    "supported_organisation": "SELECT id, name FROM supported_organisation WHERE id IN ({ids})",
    "event": "SELECT id, title FROM event WHERE id IN ({ids})",
    "course": "SELECT id, title FROM course WHERE id IN ({ids})",
    "topic": "SELECT id, name FROM topic WHERE id IN ({ids})",
    "referral_target": "SELECT id, name FROM referral_target WHERE id IN ({ids})",
    "partner": "SELECT id, name FROM partner WHERE id IN ({ids})",
}


def _id_list(ids: set[int]) -> str:
    return ", ".join(str(int(i)) for i in sorted(ids)) or "NULL"


def _rows(
    database: Database, actor: Actor, wanted: AuditFilter, limit: int | None, offset: int
) -> list[AuditRow]:
    where, params = _where(database, wanted)
    sql = (
        f"SELECT e.at, e.username, e.action, e.entity, e.entity_id, {_PARTICIPANT}, "
        f"e.fields, e.reason FROM audit_event e{where} ORDER BY e.at DESC, e.id DESC"
    )
    if limit is not None:
        sql += " LIMIT :limit OFFSET :offset"
        params.update(limit=limit, offset=offset)
    with database.read_connection() as connection:
        raw = list(connection.execute(text(sql), params))
        cases = _cases(database, connection, actor, {r[5] for r in raw if r[5] is not None})
        subjects = _subjects(connection, actor, [(r[3], r[4]) for r in raw])
    rows = []
    for row in raw:
        case = cases.get(row[5]) if row[5] is not None else None
        rows.append(
            AuditRow(
                at=naive_utc(row[0]),
                username=row[1],
                action=row[2],
                entity=row[3],
                entity_id=row[4],
                case_number=case[0] if case else None,
                fields=row[6],
                reason=row[7],
                person=case[1] if case and row[3] in ("participant", "mentorship") else None,
                subject=subjects.get((row[3], row[4])),
            )
        )
    return rows


def _cases(
    database: Database, connection: Connection, actor: Actor, ids: set[int]
) -> dict[int, tuple[str, str]]:
    """Case number and name of the cases the reader may see (none without case access)."""
    if not ids or not actor.can(Permission.CASES_READ):
        return {}
    with database.session() as session:
        scope_sql, scope_params = case_scope(session, actor).sql("p")
    return {
        int(pid): (str(number), f"{first} {last}")
        for pid, number, first, last in connection.execute(
            text(
                "SELECT p.id, p.case_number, p.first_name, p.last_name FROM participant p "
                f"WHERE p.id IN ({_id_list(ids)}) AND {scope_sql}"
            ),
            scope_params,
        )
    }


def _subjects(
    connection: Connection, actor: Actor, entities: list[tuple[str, int | None]]
) -> dict[tuple[str, int], str]:
    """What each entity is called, where the reader may see it."""
    wanted: dict[str, set[int]] = {}
    for entity, entity_id in entities:
        if entity_id is not None:
            wanted.setdefault(entity, set()).add(entity_id)
    found: dict[tuple[str, int], str] = {}
    if "user" in wanted and actor.can(Permission.USERS_MANAGE):
        for uid, username, name in connection.execute(
            text(
                'SELECT id, username, display_name FROM "user" '
                f"WHERE id IN ({_id_list(wanted['user'])})"
            )
        ):
            found[("user", int(uid))] = f"{name} ({username})" if name else str(username)
    if actor.can(Permission.VOLUNTEERS_READ):
        names = {
            int(vid): f"{first} {last} ({number})"
            for vid, number, first, last in connection.execute(
                text("SELECT id, number, first_name, last_name FROM volunteer")
            )
        }
        for entity, query in _VOLUNTEER_OF.items():
            if entity in wanted:
                for entity_id, volunteer_id in connection.execute(
                    text(query.format(ids=_id_list(wanted[entity])))
                ):
                    if int(volunteer_id) in names:
                        found[(entity, int(entity_id))] = names[int(volunteer_id)]
    for entity, query in _NAMED.items():
        if entity in wanted:
            for entity_id, name in connection.execute(
                text(query.format(ids=_id_list(wanted[entity])))
            ):
                found[(entity, int(entity_id))] = str(name)
    return found


def count_audit(database: Database, actor: Actor, wanted: AuditFilter) -> int:
    actor.require(Permission.AUDIT_READ)
    where, params = _where(database, wanted)
    with database.read_connection() as connection:
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
    rows = _rows(database, actor, wanted, limit, offset)
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
    rows = _rows(database, actor, wanted, None, 0)
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
        translate("Audit", "Name"),
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
                action_name(row.action),
                entity_name(row.entity),
                row.entity_id,
                row.subject or row.person or "",
                row.case_number or "",
                row.fields or "",
                row.reason or "",
            ]
            for row in rows
        ],
        formats={6: CellFormat.TEXT},
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
