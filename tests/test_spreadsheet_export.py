"""Full export, templates and the round trip into an empty Lotse."""

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from app.services.actor import Actor
from app.services.demo import create_demo_data
from app.services.projects import ProjectInput, add_project
from app.services.setup import SetupInput, initialise
from app.services.spreadsheets.columns import SHEETS
from app.services.spreadsheets.export import export_all
from app.services.spreadsheets.importer import run_import
from app.services.spreadsheets.templates import write_template
from app.services.users import add_user
from app.storage.database import Database
from app.storage.location import resolve

TODAY = date(2026, 11, 20)

SNAPSHOTS = {
    "participants": "SELECT case_number, first_name, last_name, gender, birth_date, postcode, city, "
    "birth_country FROM participant ORDER BY case_number",
    "nationalities": "SELECT p.case_number, n.country_code, n.position FROM participant_nationality n "
    "JOIN participant p ON p.id = n.participant_id ORDER BY 1, 3",
    "languages": "SELECT p.case_number, l.language_code FROM participant_language l "
    "JOIN participant p ON p.id = l.participant_id ORDER BY 1, 2",
    "enrollments": "SELECT p.case_number, r.code, e.entry_date, e.employment_status, "
    "e.unemployed_months, e.education_level, e.disability, e.minority, e.foreign_origin, "
    "e.homeless, e.rural_area, e.exit_date, e.exit_status, e.qualification_gained, "
    "e.employed_after_6_months, e.improved_after_6_months, e.third_country_national "
    "FROM enrollment e JOIN participant p ON p.id = e.participant_id "
    "JOIN project r ON r.id = e.project_id ORDER BY 1, 2",
    "consultations": "SELECT p.case_number, c.date, c.duration_minutes, c.kind, c.format, "
    "c.language_code, c.interpreter, c.note, u.username, r.code, (SELECT group_concat(t.name, '|') "
    "FROM (SELECT t.name FROM consultation_topic ct JOIN topic t ON t.id = ct.topic_id "
    "WHERE ct.consultation_id = c.id ORDER BY t.name) t) FROM consultation c "
    "JOIN participant p ON p.id = c.participant_id LEFT JOIN user u ON u.id = c.advisor_id "
    "LEFT JOIN project r ON r.id = c.project_id ORDER BY 1, 2, 3",
    "volunteers": "SELECT number, first_name, last_name, email, phone, skills, joined_on, "
    "clearance_seen_on, training_on, (SELECT group_concat(language_code) FROM (SELECT "
    "language_code FROM volunteer_language WHERE volunteer_id = v.id ORDER BY 1)) "
    "FROM volunteer v ORDER BY number",
    "hours": "SELECT v.number, h.date, h.minutes, h.activity, r.code, p.case_number, h.note, h.status "
    "FROM volunteer_hours h JOIN volunteer v ON v.id = h.volunteer_id "
    "LEFT JOIN project r ON r.id = h.project_id LEFT JOIN participant p ON p.id = h.participant_id "
    "ORDER BY 1, 2, 3",
}


def snapshot(database: Database) -> dict[str, list[tuple[object, ...]]]:
    with database.engine.connect() as connection:
        return {
            name: [tuple(r) for r in connection.execute(text(sql))]
            for name, sql in SNAPSHOTS.items()
        }


@pytest.mark.slow
def test_export_and_reimport_into_an_empty_lotse_reproduces_the_data(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    create_demo_data(database, admin, 120, seed=5, staff_password="passwort-1-lang", today=TODAY)
    workbook = tmp_path / "export.xlsx"
    counts = export_all(database, admin, workbook)
    assert counts["Teilnehmende"] > 0 and counts["Ehrenamtsstunden"] > 0
    before = snapshot(database)

    target, target_admin, _ = initialise(
        resolve(tmp_path / "empty"), SetupInput("Neu e.V.", "admin", "passwort-1-lang")
    )
    try:
        for code, start, esf in (
            ("WIR-HANNOVER", "01.01.2023", True),
            ("TANDEM", "01.04.2024", False),
        ):
            add_project(target, target_admin, ProjectInput(code, code, "P", start, esf=esf))
        for username in ("leyla.demir", "samir.haddad", "olena.koval"):
            add_user(target, target_admin, username, "advisor", "passwort-1-lang")
        for kind in ("participants", "consultations", "volunteers", "hours"):
            result = run_import(target, target_admin, kind, workbook)
            assert result.ok, (kind, [e.text() for e in result.errors][:5])
        after = snapshot(target)
        for name in SNAPSHOTS:
            assert after[name] == before[name], name
        for kind in ("participants", "consultations", "volunteers", "hours"):
            again = run_import(target, target_admin, kind, workbook)
            assert again.created == 0 and again.updated == 0, kind
    finally:
        target.close()


def test_formula_like_text_is_written_as_a_string(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    with database.engine.begin() as connection:
        for index, name in enumerate(["=1+1", "+49 511", "-Minus", "@Sum(A1)", "\tTab", "\rCR"]):
            connection.execute(
                text(
                    "INSERT INTO volunteer (number, first_name, last_name, status, search_text, created_at) "
                    f"VALUES ('E-{index:04d}', :name, 'Test', 'active', '', '2026-01-01')"
                ),
                {"name": name},
            )
    path = tmp_path / "export.xlsx"
    export_all(database, admin, path)
    sheet = load_workbook(path)["Ehrenamtliche"]
    cells = [sheet.cell(row=row, column=2) for row in range(2, 8)]
    # XML stores a carriage return as a line break; the text stays the same otherwise.
    assert [c.value for c in cells] == ["=1+1", "+49 511", "-Minus", "@Sum(A1)", "\tTab", "\nCR"]
    assert {c.data_type for c in cells} == {"s"}  # strings, never formulas


@pytest.mark.parametrize("kind", list(SHEETS))
def test_templates_have_headers_explanations_and_drop_downs(
    database: Database, admin: Actor, tmp_path: Path, kind: str
) -> None:
    path = tmp_path / f"{kind}.xlsx"
    write_template(database, admin, kind, path)
    sheet_spec = SHEETS[kind]
    workbook = load_workbook(path)
    sheet = workbook[sheet_spec.title]
    headers = [cell.value for cell in sheet[1]]
    assert headers == [c.header for c in sheet_spec.columns]
    assert all(cell.comment is not None and cell.comment.text for cell in sheet[1])
    choice_columns = [c for c in sheet_spec.columns if c.choices]
    assert len(sheet.data_validations.dataValidation) == len(choice_columns)
    for column in sheet_spec.columns:
        if column.kind == "date":
            index = sheet_spec.columns.index(column) + 1
            assert sheet.cell(row=2, column=index).number_format == "DD.MM.YYYY"
    assert sheet.freeze_panes == "A2"
    # The empty template imports cleanly: nothing to do, nothing wrong.
    result = run_import(database, admin, kind, path, dry_run=True)
    assert result.ok and result.created == 0


def test_the_export_is_audited_before_the_file_exists(
    database: Database, admin: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services.spreadsheets import export as export_module

    seen: list[int] = []
    real_save = export_module.save_workbook

    def save(workbook: object, path: Path) -> None:
        with database.engine.connect() as connection:
            seen.append(
                connection.exec_driver_sql(
                    "SELECT count(*) FROM audit_event WHERE action = 'export' AND reason = ?",
                    (path.name,),
                ).scalar_one()
            )
        real_save(workbook, path)  # type: ignore[arg-type]

    monkeypatch.setattr(export_module, "save_workbook", save)
    export_all(database, admin, tmp_path / "alles.xlsx")
    assert seen == [1]
