"""Importing a template sheet: all-or-nothing, with row-and-column messages and a dry run.

The import runs inside one database transaction. Errors in any row roll it
back, so the database is never half-written; a dry run does the very same
work and rolls back at the end, so what it reports is exactly what a real
import would do.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import Session

from app.domain.enums import AuditAction
from app.domain.models import Setting
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.audit import record
from app.services.errors import ServiceError
from app.services.i18n import translate
from app.services.settings import read_setting
from app.services.spreadsheets.cells import CellError, parse_cell
from app.services.spreadsheets.columns import (
    CASES_WITHOUT_PROJECT,
    CONSENTS,
    FOLLOW_UPS,
    SHEETS,
    Column,
    Sheet,
)
from app.services.spreadsheets.reader import RawTable, read_table, sheet_names
from app.storage.database import Database

HEADER_MAPPINGS = "import_header_mappings"

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    message: str

    def text(self) -> str:
        return translate("Import", "row {row}, column {column}: {message}").format(
            row=self.row, column=self.column, message=self.message
        )


@dataclass
class ImportResult:
    kind: str
    dry_run: bool
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    cancelled: bool = False
    # Rows of ESF projects with entry questions left empty: imported as "not yet asked".
    incomplete_questionnaires: int = 0
    # What reading assumed (e.g. the encoding of a text file), and cells Lotse corrected
    # in an obvious way (a postcode that lost its leading zero): shown before importing.
    notes: list[str] = field(default_factory=list)
    corrections: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and not self.cancelled


@dataclass(frozen=True)
class ParsedRow:
    number: int
    values: dict[str, Any]  # column key -> parsed value (absent: empty cell)
    raw: dict[str, str]
    # False when a cell of the row could not be read (its error is already reported).
    complete: bool = True


class Cancelled(Exception):
    pass


def normalise_header(text: str) -> str:
    return text.strip().rstrip("*").strip().casefold()


def header_mappings(database: Database) -> dict[str, dict[str, str]]:
    """Remembered mappings of unrecognised headers, per sheet kind."""
    with database.session() as session:
        value = read_setting(session, HEADER_MAPPINGS)
    return value if isinstance(value, dict) else {}


def remember_header_mappings(
    database: Database, actor: Actor, kind: str, mapping: dict[str, str]
) -> None:
    """Store the user's header choices so the next import of such a file needs none."""
    actor.require(_appliers()[kind][0])
    with database.session() as session:
        stored = read_setting(session, HEADER_MAPPINGS)
        stored = stored if isinstance(stored, dict) else {}
        known = dict(stored.get(kind, {}))
        known.update({normalise_header(k): v for k, v in mapping.items()})
        stored[kind] = known
        row = session.get(Setting, HEADER_MAPPINGS) or Setting(key=HEADER_MAPPINGS, value="{}")
        row.value = json.dumps(stored, ensure_ascii=False)
        session.add(row)
        record(session, actor, AuditAction.UPDATE, "setting", None, [HEADER_MAPPINGS])
        session.commit()


def match_headers(
    sheet: Sheet, headers: list[str], mapping: dict[str, str]
) -> tuple[dict[int, Column], list[str]]:
    """Which file column holds which template column; and the headers left unknown."""
    by_name = {normalise_header(c.header): c for c in sheet.columns}
    normalised_mapping = {normalise_header(k): normalise_header(v) for k, v in mapping.items()}
    found: dict[int, Column] = {}
    unknown: list[str] = []
    for index, header in enumerate(headers):
        if not header.strip():
            continue
        name = normalise_header(header)
        column = by_name.get(name) or by_name.get(normalised_mapping.get(name, ""))
        if column is None or column in found.values():
            unknown.append(header)
        else:
            found[index] = column
    return found, unknown


def _in_sheet(header: str, sheet_name: str | None) -> str:
    return f"{header} ({sheet_name})" if sheet_name else header


def parse_rows(
    sheet: Sheet,
    table: RawTable,
    mapping: dict[str, str],
    result: ImportResult,
    sheet_name: str | None = None,
) -> list[ParsedRow]:
    found, unknown = match_headers(sheet, table.headers, mapping)
    result.ignored_columns += [f"{sheet_name}: {h}" if sheet_name else h for h in unknown]
    result.notes += [note for note in table.notes if note not in result.notes]
    present = set(found.values())
    for column in sheet.columns:
        if column.required and column not in present:
            result.errors.append(
                RowError(
                    1,
                    _in_sheet(column.header, sheet_name),
                    translate(
                        "Import",
                        "required column is missing; the header row needs \u201c{header}\u201d",
                    ).format(header=column.header),
                )
            )
    if result.errors:
        return []
    parsed: list[ParsedRow] = []
    for number, cells in table.rows:
        values: dict[str, object] = {}
        raw: dict[str, str] = {}
        errors_before = len(result.errors)
        for index, column in found.items():
            text = cells[index] if index < len(cells) else ""
            raw[column.key] = text
            if not text.strip():
                if column.required:
                    result.errors.append(
                        RowError(
                            number,
                            _in_sheet(column.header, sheet_name),
                            translate("Import", "this column is required"),
                        )
                    )
                continue
            try:
                values[column.key], correction = parse_cell(column, text)
                if correction is not None:
                    result.corrections.append(
                        RowError(number, _in_sheet(column.header, sheet_name), correction)
                    )
            except CellError as error:
                result.errors.append(
                    RowError(number, _in_sheet(column.header, sheet_name), str(error))
                )
        parsed.append(ParsedRow(number, values, raw, len(result.errors) == errors_before))
    return parsed


Applier = Callable[[Session, Actor, list[ParsedRow], ImportResult, Progress | None], None]


def _appliers() -> dict[str, tuple[Permission, Applier]]:
    from app.services.spreadsheets import (
        import_consultations,
        import_hours,
        import_participants,
        import_volunteers,
    )

    return {
        "participants": (Permission.CASES_IMPORT, import_participants.apply),
        "consultations": (Permission.CASES_IMPORT, import_consultations.apply),
        "volunteers": (Permission.VOLUNTEERS_IMPORT, import_volunteers.apply),
        "hours": (Permission.VOLUNTEERS_IMPORT, import_hours.apply),
    }


def import_permission(kind: str) -> Permission:
    return _appliers()[kind][0]


def run_import(
    database: Database,
    actor: Actor,
    kind: str,
    path: Path,
    dry_run: bool = False,
    mapping: dict[str, str] | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    if kind not in SHEETS:
        raise ServiceError(
            translate("Import", "Unknown kind {kind}; allowed: {allowed}.").format(
                kind=kind, allowed=", ".join(SHEETS)
            )
        )
    permission, apply = _appliers()[kind]
    actor.require(permission)
    sheet = SHEETS[kind]
    table = read_table(path, sheet.title)
    result = ImportResult(kind, dry_run)
    remembered = header_mappings(database).get(kind, {})
    rows = parse_rows(sheet, table, {**remembered, **(mapping or {})}, result)
    extras = _extra_sheets(kind, path, result)
    if result.errors:
        _check_readable_rows(database, actor, apply, rows, extras, result)
        return result
    with database.session() as session:
        try:
            apply(session, actor, rows, result, progress)
            # Each sheet is checked even after errors in another one (all errors in one
            # pass); an applier writes nothing once there is an error.
            for apply_extra, extra_rows in extras:
                if extra_rows:
                    apply_extra(session, actor, extra_rows, result)
        except Cancelled:
            result.cancelled = True
        if not result.ok or dry_run:
            session.rollback()
            if not result.ok:
                result.created = result.updated = result.unchanged = 0
            return result
        record(
            session,
            actor,
            AuditAction.IMPORT,
            sheet.key,
            None,
            reason=json.dumps(
                {
                    "file": path.name,
                    "created": result.created,
                    "updated": result.updated,
                    "unchanged": result.unchanged,
                }
            ),
        )
        session.commit()
    # Hundreds of new rows can change which index a query should use.
    database.optimize(after_bulk_change=True)
    return result


ExtraApplier = Callable[[Session, Actor, list[ParsedRow], ImportResult], None]


def _extra_appliers(kind: str) -> list[tuple[Sheet, ExtraApplier]]:
    """Sheets of the full export read with a template sheet, in this order: they belong
    to its rows (cases without a project, then the cases' follow-ups and consents)."""
    if kind != "participants":
        return []
    from app.services.spreadsheets.import_case_sheets import apply_consents, apply_follow_ups
    from app.services.spreadsheets.import_participants import apply_without_project

    return [
        (CASES_WITHOUT_PROJECT, apply_without_project),
        (FOLLOW_UPS, apply_follow_ups),
        (CONSENTS, apply_consents),
    ]


def _extra_sheets(
    kind: str, path: Path, result: ImportResult
) -> list[tuple[ExtraApplier, list[ParsedRow]]]:
    """The parsed rows of each further sheet the file has (none for a text file)."""
    present = sheet_names(path)
    return [
        (apply, parse_rows(sheet, read_table(path, sheet.title), {}, result, sheet.title))
        for sheet, apply in _extra_appliers(kind)
        if sheet.title in present
    ]


def _check_readable_rows(
    database: Database,
    actor: Actor,
    apply: Applier,
    rows: list[ParsedRow],
    extras: list[tuple[ExtraApplier, list[ParsedRow]]],
    result: ImportResult,
) -> None:
    """Some cells could not be read: still check every other row against the database
    (unknown projects and cases, dates in the future, limits per day), so that a file's
    problems arrive in one list instead of one kind after another. Nothing is kept."""
    readable = [row for row in rows if row.complete]
    with database.session() as session:
        try:
            if readable:
                apply(session, actor, readable, result, None)
            for apply_extra, extra_rows in extras:
                readable_extra = [row for row in extra_rows if row.complete]
                if readable_extra:
                    apply_extra(session, actor, readable_extra, result)
        finally:
            session.rollback()
    result.created = result.updated = result.unchanged = 0
    result.incomplete_questionnaires = 0
    result.errors.sort(key=lambda error: error.row)


def check_progress(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and not progress(done, total):
        raise Cancelled()


@dataclass(frozen=True)
class Preview:
    headers: list[str]
    rows: list[list[str]]
    unknown: list[str]
    known_headers: list[str]


def preview(database: Database, actor: Actor, kind: str, path: Path,
            mapping: dict[str, str] | None = None, rows: int = 10) -> Preview:  # fmt: skip
    """The first rows as read, and which headers are not recognised yet."""
    actor.require(import_permission(kind))
    sheet = SHEETS[kind]
    table = read_table(path, sheet.title, limit=rows)
    remembered = header_mappings(database).get(kind, {})
    _, unknown = match_headers(sheet, table.headers, {**remembered, **(mapping or {})})
    return Preview(
        headers=table.headers,
        rows=[cells for _, cells in table.rows[:rows]],
        unknown=unknown,
        known_headers=[c.header for c in sheet.columns],
    )


def check_not_future(row: ParsedRow, header: str, result: ImportResult, today: date) -> bool:
    """False (with the error recorded) when the row's date lies after today."""
    day = row.values.get("date")
    if isinstance(day, date) and day > today:
        result.errors.append(
            RowError(row.number, header, translate("Import", "must not lie in the future"))
        )
        return False
    return True


def optional_project(
    row: ParsedRow, header: str, projects: dict[str, int | None], result: ImportResult
) -> tuple[bool, int | None]:
    """The project id of an optional Projekt cell; (False, None) with an error if unknown."""
    if "project" not in row.values:
        return True, None
    project_id = projects.get(str(row.values["project"]).casefold())
    if project_id is None:
        result.errors.append(
            RowError(
                row.number,
                header,
                translate("Import", "project \u201c{code}\u201d does not exist in Lotse").format(
                    code=row.values["project"]
                ),
            )
        )
        return False, None
    return True, project_id
