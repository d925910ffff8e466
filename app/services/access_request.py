"""Right of access (Art. 15 GDPR): everything Lotse holds about one person, as a
readable PDF and a machine-readable JSON file.

What belongs to the person is found from the schema, not from a list kept by hand:
the case file's row, every table with a foreign key to it, and every table with a
foreign key to those (topics of consultations, goals of tandems …), so a table added
later appears without a change here. Each value is shown as stored; a foreign key to
something else (an advisor, a project, a partner) also shows that thing's name. The
audit trail adds who read, changed or exported the case file and when (names of fields,
never values). The export is in that trail before the files are written, and is listed
in them itself.
"""

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import SQLModel

from app.domain import models as _models  # noqa: F401  (registers every table)
from app.domain import sheet_labels
from app.domain.enums import AuditAction
from app.domain.formatting import format_date, format_datetime
from app.domain.permissions import Permission
from app.reports.model import Report, Table
from app.services.actor import Actor
from app.services.audit import record
from app.services.cases import load_participant
from app.services.documents import documents_of_case
from app.services.errors import ValidationError
from app.services.i18n import translate
from app.services.setup import organisation_name
from app.services.spreadsheets.columns import CONSENTS, CONSULTATIONS, FOLLOW_UPS, PARTICIPANTS
from app.services.times import naive_utc
from app.storage.atomic import replaced_when_complete
from app.storage.database import Database

ROOT = "participant"
# Derived from other columns, not information of its own (the search key).
DERIVED = frozenset({"search_text"})
# Entities of the audit trail that belong to a case file, with their table.
AUDITED = ("consultation", "enrollment", "consent", "follow_up", "mentorship", "appointment")

TITLES = {
    "participant": "Fallakte",
    "participant_nationality": "Staatsangehörigkeiten",
    "participant_language": "Sprachen",
    "enrollment": "Projektteilnahmen und ESF-Fragebögen",
    "consultation": "Beratungen",
    "consultation_topic": "Themen der Beratungen",
    "consultation_referral": "Verweisungen aus Beratungen",
    "follow_up": "Wiedervorlagen",
    "consent": "Einwilligungen und Datenschutzinformation",
    "mentorship": "Tandems",
    "mentorship_goal": "Ziele der Tandems",
    "volunteer_hours": "Stunden von Ehrenamtlichen für die Person",
    "document": "Dokumente (die Dateien liegen im Ordner neben dieser Auskunft)",
    "document_content": "Dateien der Dokumente",
    "appointment": "Termine",
}
_EXTRA_LABELS = {
    "id": "Nr.",
    "document_id": "Dokument",
    "title": "Titel",
    "kind": "Art",
    "document_date": "Datum des Dokuments",
    "file_name": "Datei",
    "size": "Größe (Bytes)",
    "added_by_id": "hinzugefügt von",
    "participant_id": "Fallakte",
    "case_number": "Fallnummer",
    "created_at": "angelegt am",
    "updated_at": "geändert am",
    "row_version": "Bearbeitungsstand",
    "given_as": "Form",
    "partner_id": "Partner",
    "recorded_by_id": "erfasst von",
    "advisor_id": "Berater*in",
    "place": "Ort",
    "subject": "Anliegen",
    "project_id": "Projekt",
    "assignee_id": "zuständig",
    "consultation_id": "Beratung",
    "topic_id": "Thema",
    "referral_target_id": "Verwiesen an",
    "volunteer_id": "Ehrenamtliche*r",
    "mentorship_id": "Tandem",
    "exit_reason_id": "Austrittsgrund",
    "end_reason_id": "Grund des Endes",
    "country_code": "Land",
    "language_code": "Sprache",
    "position": "Reihenfolge",
    "status": "Status",
    "minutes": "Minuten",
    "duration_minutes": "Dauer (Minuten)",
    "activity": "Tätigkeit",
    "entered_by_id": "erfasst von",
    "approved_by_id": "freigegeben von",
    "approved_at": "freigegeben am",
    "goal": "Ziel",
    "goals_text": "weitere Ziele",
    "rhythm": "Treffen",
    "start_date": "Beginn",
    "end_date": "Ende",
    "note": "Notiz",
    "done_at": "erledigt am",
    "start_time": "Uhrzeit",
    "third_country_national": "Drittstaatsangehörige*r",
    "entry_recorded_on": "Eintrittsangaben vollständig am",
    "exit_recorded_on": "Austrittsangaben vollständig am",
    "six_month_recorded_on": "Angaben nach 6 Monaten am",
}
# The German column headers of the files, for the table each sheet holds.
_SHEETS = {
    "participant": PARTICIPANTS,
    # The Teilnehmende sheet carries a case's enrollment and its questionnaires too.
    "enrollment": PARTICIPANTS,
    "consultation": CONSULTATIONS,
    "follow_up": FOLLOW_UPS,
    "consent": CONSENTS,
}


def _field_labels(table: str) -> dict[str, str]:
    sheet = _SHEETS.get(table)
    own = {column.key: column.header for column in sheet.columns} if sheet else {}
    return {**_EXTRA_LABELS, **own}


def _enum_labels() -> dict[tuple[type, str], str]:
    """German label of every enum code that the files use (``domain/sheet_labels``)."""
    found: dict[tuple[type, str], str] = {}
    for value in vars(sheet_labels).values():
        if isinstance(value, dict):
            for text, code in value.items():
                if isinstance(code, StrEnum):
                    found.setdefault((type(code), code.value), text)
    return found


@dataclass(frozen=True)
class Section:
    table: str
    title: str
    columns: list[str]
    rows: list[dict[str, Any]]
    # Names of what a foreign key points to: column -> id -> name.
    names: dict[str, dict[Any, str]]
    links_to_case: frozenset[str] = frozenset()


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: int | None
    fields: str | None


@dataclass(frozen=True)
class AccessAnswer:
    case_number: str
    person: str
    sections: list[Section]
    audit: list[AuditEntry]


def person_tables() -> Iterator[tuple[sa.Table, list[tuple[str, str]]]]:
    """The participant table, then each table that references one already found, with
    its columns that do: (column, referenced table)."""
    tables = {t.name: t for t in SQLModel.metadata.sorted_tables}
    found = [ROOT]
    yield tables[ROOT], []
    changed = True
    while changed:
        changed = False
        for table in SQLModel.metadata.sorted_tables:
            if table.name in found or table.name == "audit_event":
                continue
            links = [
                (fk.parent.name, fk.column.table.name)
                for fk in table.foreign_keys
                if fk.column.table.name in found
            ]
            if links:
                found.append(table.name)
                changed = True
                yield table, links


def _name_query(table: sa.Table) -> sa.Select[Any] | None:
    columns = table.c
    if table.name == "volunteer":
        return sa.select(columns.id, columns.first_name + " " + columns.last_name)
    for name in ("display_name", "name", "title", "date"):
        if name in columns:
            return sa.select(columns.id, columns[name])
    return None


def collect(connection: sa.Connection, participant_id: int) -> AccessAnswer:
    """Everything stored about the person (read on the caller's connection)."""
    ids: dict[str, set[Any]] = {}
    sections: list[Section] = []
    for table, links in person_tables():
        if not links:
            condition = table.c.id == participant_id
        else:
            condition = sa.or_(
                *(table.c[column].in_(sorted(ids.get(target, set()))) for column, target in links)
            )
        # A file's bytes are written beside the export (``write_access_export``).
        columns = [
            c.name
            for c in table.columns
            if c.name not in DERIVED and not isinstance(c.type, sa.LargeBinary)
        ]
        order = [table.c[c] for c in ("date", "given_on", "entry_date", "due_date") if c in columns]
        rows = [
            dict(row._mapping)
            for row in connection.execute(
                sa.select(*(table.c[c] for c in columns))
                .where(condition)
                # Rows without a date first, as SQLite sorts NULL (PostgreSQL is told so).
                .order_by(*(c.nulls_first() for c in order), *table.primary_key.columns)
            )
        ]
        if "id" in columns:
            ids[table.name] = {row["id"] for row in rows}
        names: dict[str, dict[Any, str]] = {}
        for fk in table.foreign_keys:
            column, target = fk.parent.name, fk.column.table
            wanted = {row[column] for row in rows if row.get(column) is not None}
            query = _name_query(target)
            if target.name == ROOT or query is None or not wanted:
                continue
            names[column] = {
                key: str(value)
                for key, value in connection.execute(query.where(target.c.id.in_(sorted(wanted))))
            }
        to_case = frozenset(column for column, target in links if target == ROOT)
        sections.append(
            Section(table.name, TITLES.get(table.name, table.name), columns, rows, names, to_case)
        )
    person = sections[0].rows[0]
    audit_parts = ["(entity = 'participant' AND entity_id = :p)"] + [
        f"(entity = '{entity}' AND entity_id IN "
        f"(SELECT id FROM {entity} WHERE participant_id = :p))"
        for entity in AUDITED
    ]
    audit = [
        AuditEntry(
            naive_utc(at),
            username,
            action,
            entity,
            entity_id,
            fields,
        )
        for at, username, action, entity, entity_id, fields in connection.execute(
            sa.text(
                "SELECT at, username, action, entity, entity_id, fields FROM audit_event "
                f"WHERE {' OR '.join(audit_parts)} ORDER BY at, id"
            ),
            {"p": participant_id},
        )
    ]
    return AccessAnswer(
        case_number=str(person["case_number"]),
        person=f"{person['first_name']} {person['last_name']}",
        sections=sections,
        audit=audit,
    )


def participant_for_case_number(database: Database, actor: Actor, case_number: str) -> int:
    number = case_number.strip()
    with database.read_session() as session:
        found = session.execute(
            sa.text("SELECT id FROM participant WHERE case_number = :n"), {"n": number}
        ).first()
        if found is None:
            raise ValidationError(
                "case",
                translate("Errors", "Case number: there is no case {number}.").format(
                    number=number
                ),
            )
        load_participant(session, actor, int(found[0]))
        return int(found[0])


# -- writing ------------------------------------------------------------------------
def _json_value(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, datetime):
        return naive_utc(value).isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def answer_as_json(answer: AccessAnswer, organisation: str, generated_at: datetime) -> str:
    tables: dict[str, list[dict[str, Any]]] = {}
    for section in answer.sections:
        rows = []
        for row in section.rows:
            out: dict[str, Any] = {}
            for column in section.columns:
                value = _json_value(row[column])
                if column in section.names and row[column] is not None:
                    value = {"id": value, "name": section.names[column].get(row[column])}
                out[column] = value
            rows.append(out)
        tables[section.table] = rows
    document = {
        "format": "lotse-art15/1",
        "organisation": organisation,
        "generated_at": generated_at.isoformat(timespec="seconds"),
        "case_number": answer.case_number,
        "tables": tables,
        "audit_trail": [
            {
                "at": e.at.isoformat(timespec="seconds"),
                "user": e.username,
                "action": e.action,
                "entity": e.entity,
                "entity_id": e.entity_id,
                "fields": e.fields.split(",") if e.fields else [],
            }
            for e in answer.audit
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


_ACTIONS = {
    "view": "angesehen",
    "create": "angelegt",
    "update": "geändert",
    "delete": "gelöscht",
    "export": "exportiert/gedruckt",
}


def _cell(value: Any, column: str, names: dict[str, dict[Any, str]], enums: dict[Any, str]) -> str:
    if column in names and value in names[column]:
        return f"{names[column][value]} ({value})"
    if isinstance(value, StrEnum):
        return enums.get((type(value), value.value), value.value)
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, time):
        return f"{value:%H:%M}"
    return str(value)


def answer_as_report(
    answer: AccessAnswer, organisation: str, generated_at: datetime, generated_by: str
) -> Report:
    enums = _enum_labels()
    tables = []
    for section in answer.sections:
        labels = _field_labels(section.table)
        rows: list[list[object]] = []
        for number, row in enumerate(section.rows, 1):
            for column in section.columns:
                # Empty fields hold nothing; the link to the case file is the case itself.
                if row[column] is None or column in section.links_to_case:
                    continue
                text = _cell(row[column], column, section.names, enums)
                rows.append([number, labels.get(column, column), text])
        tables.append(
            Table(
                title=section.title,
                columns=["Eintrag", "Angabe", "Wert"],
                rows=rows,
                notes=[] if rows else ["Keine Einträge."],
            )
        )
    tables.append(
        Table(
            title="Wer die Fallakte wann gelesen, geändert oder ausgegeben hat",
            columns=["Zeitpunkt (UTC)", "Benutzer", "Vorgang", "Bereich", "Felder"],
            rows=[
                [
                    format_datetime(e.at),
                    e.username,
                    _ACTIONS.get(e.action, e.action),
                    TITLES.get(e.entity, e.entity),
                    (e.fields or "").replace(",", ", "),
                ]
                for e in answer.audit
            ],
        )
    )
    return Report(
        title=f"Auskunft nach Art. 15 DSGVO: {answer.person} ({answer.case_number})",
        organisation=organisation,
        parameters=[("Fallnummer", answer.case_number)],
        tables=tables,
        generated_at=generated_at,
        generated_by=generated_by,
        notes=[
            "Diese Auskunft enthält alle Angaben, die Lotse zu der Person speichert, mit "
            "Ausnahme des Suchschlüssels, der nur aus Name, Fallnummer und Telefon gebildet "
            "wird. Leere Felder sind nicht aufgeführt.",
            "Das Protokoll nennt die Felder, die gelesen oder geändert wurden, nie ihre Werte.",
        ],
    )


def write_access_export(
    database: Database, actor: Actor, participant_id: int, folder: Path, today: date | None = None
) -> list[Path]:
    """The PDF and the JSON file of everything about the person, in ``folder``."""
    actor.require(Permission.EXPORT_ALL)
    today = today or date.today()
    if folder.exists() and not folder.is_dir():
        raise ValidationError(
            "out",
            translate("Errors", "Folder: {path} is a file; choose a folder.").format(path=folder),
        )
    with database.session() as session:
        participant = load_participant(session, actor, participant_id)
        stem = f"auskunft-{participant.case_number}-{today:%Y-%m-%d}"
        # Everything about the person leaves Lotse: audited before any file is written.
        record(
            session, actor, AuditAction.EXPORT, "participant", participant_id,
            ["art15"], reason=f"{stem}.pdf, {stem}.json",
        )  # fmt: skip
        session.commit()
    with database.read_connection() as connection:
        answer = collect(connection, participant_id)
    with database.read_session() as session:
        kept_files = documents_of_case(session, participant_id)
    organisation = organisation_name(database)
    generated_at = datetime.now()
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / f"{stem}.pdf"
    data = folder / f"{stem}.json"
    document = answer_as_json(answer, organisation, generated_at)
    from app.reports.pdf import write_pdf  # reportlab loads when a PDF is written

    write_pdf(answer_as_report(answer, organisation, generated_at, actor.display_name), pdf)
    with replaced_when_complete(data) as partial:
        partial.write_text(document, encoding="utf-8")
    written = [pdf, data]
    for name, content in kept_files:  # the documents kept with the case, as they are
        target = folder / f"{stem}-dokumente" / name
        target.parent.mkdir(exist_ok=True)
        with replaced_when_complete(target) as partial:
            partial.write_bytes(content)
        written.append(target)
    return written
