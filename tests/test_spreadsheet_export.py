"""Full export and templates (the round trip into an empty Lotse: test_export_roundtrip.py)."""

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from app.services.actor import Actor
from app.services.spreadsheets.columns import SHEETS
from app.services.spreadsheets.export import export_all
from app.services.spreadsheets.importer import run_import
from app.services.spreadsheets.templates import write_template
from app.storage.database import Database


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
                connection.execute(
                    text(
                        "SELECT count(*) FROM audit_event "
                        "WHERE action = 'export' AND reason = :reason"
                    ),
                    {"reason": path.name},
                ).scalar_one()
            )
        real_save(workbook, path)  # type: ignore[arg-type]

    monkeypatch.setattr(export_module, "save_workbook", save)
    export_all(database, admin, tmp_path / "alles.xlsx")
    assert seen == [1]
