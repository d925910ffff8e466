"""Right of access (Art. 15): the export holds every row that references the person,
found independently here from the schema, and the audit trail of the case file."""

import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text
from sqlmodel import SQLModel, select

from app.domain.enums import AuditAction, ConsentForm, ConsentKind, Role
from app.domain.models import AuditEvent
from app.services.access_request import participant_for_case_number, write_access_export
from app.services.actor import Actor
from app.services.case_file import read_case_file
from app.services.consents import ConsentAnswer, add_partner, record_first_contact
from app.services.database import Database
from app.services.demo import create_demo_data
from app.services.errors import PermissionDenied, ValidationError
from app.services.users import add_user
from app.storage.sql_dialect import as_int

TODAY = date(2026, 11, 20)
PASSWORD = "passwort-1234-lang"


def referencing(names: set[str]) -> dict[str, list[tuple[str, str]]]:
    """Tables with a foreign key into ``names``: (column, referenced table)."""
    found: dict[str, list[tuple[str, str]]] = {}
    for table in SQLModel.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name in names and table.name not in names:
                found.setdefault(table.name, []).append((fk.parent.name, fk.column.table.name))
    return found


@pytest.fixture
def person(database: Database, admin: Actor) -> int:
    """The demo case with rows in the most tables, given a partner consent too."""
    create_demo_data(database, admin, 80, seed=5, staff_password=PASSWORD, today=TODAY)
    direct = referencing({"participant"})
    score = " + ".join(
        as_int(f"EXISTS (SELECT 1 FROM {t} WHERE {c} = p.id)") for t, links in direct.items()
        for c, _ in links
    )  # fmt: skip
    with database.engine.connect() as connection:
        participant_id = connection.execute(
            text(f"SELECT p.id FROM participant p ORDER BY {score} DESC, p.id LIMIT 1")
        ).scalar_one()
    partner = add_partner(database, admin, "Jobcenter Nord", "Vermittlung")
    record_first_contact(
        database, admin, participant_id, False,
        [ConsentAnswer(ConsentKind.PARTNER_TRANSFER, ConsentForm.WRITTEN, partner)], None, "C-1",
    )  # fmt: skip
    read_case_file(database, admin, participant_id)  # a reading the trail must show
    return int(participant_id)


def test_every_table_referencing_the_person_is_in_the_export(
    database: Database, admin: Actor, person: int, tmp_path: Path
) -> None:
    with database.engine.connect() as connection:
        case_number = connection.execute(
            text("SELECT case_number FROM participant WHERE id = :p"), {"p": person}
        ).scalar_one()
    assert participant_for_case_number(database, admin, case_number) == person
    paths = write_access_export(database, admin, person, tmp_path / "auskunft", TODAY)
    pdf, data = paths
    assert pdf.name == f"auskunft-{case_number}-2026-11-20.pdf" and data.suffix == ".json"
    exported = json.loads(data.read_text(encoding="utf-8"))
    tables = exported["tables"]
    assert [row["case_number"] for row in tables["participant"]] == [case_number]

    # Expected rows, level by level, from the schema and the database alone.
    expected: dict[str, set[int]] = {"participant": {person}}
    counts: dict[str, int] = {}
    with database.engine.connect() as connection:
        for _ in range(2):
            for table, links in referencing(set(expected)).items():
                where = " OR ".join(
                    f"{column} IN ({', '.join(str(i) for i in expected[target]) or 'NULL'})"
                    for column, target in links
                )
                rows = list(connection.execute(text(f"SELECT * FROM {table} WHERE {where}")))
                counts[table] = len(rows)
                if rows and "id" in rows[0]._mapping:
                    expected[table] = {r._mapping["id"] for r in rows}
                else:
                    expected[table] = set()
    assert set(counts) - {"participant"} <= set(tables), "a referencing table is missing"
    for table, count in counts.items():
        assert len(tables[table]) == count, table
    # The demo case covers the tables that matter (else the test proves little).
    for table in ("participant_language", "participant_nationality", "enrollment",
                  "consultation", "consultation_topic", "consent", "mentorship",
                  "mentorship_goal", "volunteer_hours"):  # fmt: skip
        assert counts[table] > 0, table
    consent = next(c for c in tables["consent"] if c["kind"] == "partner_transfer")
    assert consent["partner_id"]["name"] == "Jobcenter Nord"
    assert consent["given_as"] == "written" and consent["version"] == "C-1"
    enrollment = tables["enrollment"][0]
    assert "employment_status" in enrollment and "project_id" in enrollment
    assert "search_text" not in tables["participant"][0]

    # Who accessed the file: the reading and this export, in the files themselves.
    trail = exported["audit_trail"]
    assert any(e["action"] == "view" and e["entity"] == "participant" for e in trail)
    assert trail[-1]["action"] == "export" and trail[-1]["fields"] == ["art15"]
    assert any(e["entity"] == "consent" and e["action"] == "create" for e in trail)

    pages = PdfReader(pdf).pages
    pdf_text = " ".join(" ".join(p.extract_text().split()) for p in pages)
    first = tables["participant"][0]
    for value in (f"Auskunft nach Art. 15 DSGVO: {first['first_name']} {first['last_name']}",
                  "Beratungen", "Einwilligungen und Datenschutzinformation", "Tandems",
                  "Jobcenter Nord", "Wer die Fallakte wann gelesen", "exportiert/gedruckt"):  # fmt: skip
        assert value in pdf_text, value


def test_the_export_is_audited_before_the_files_are_written(
    database: Database, admin: Actor, person: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.reports.pdf as pdf

    def broken(*_args: object) -> None:
        raise OSError("disk full")

    # The service loads the writer when it writes: the one it finds there fails.
    monkeypatch.setattr(pdf, "write_pdf", broken)
    with pytest.raises(OSError):
        write_access_export(database, admin, person, tmp_path, TODAY)
    with database.session() as session:
        last = session.exec(select(AuditEvent).order_by(AuditEvent.id.desc())).first()  # type: ignore[union-attr]
    assert last is not None
    assert (last.action, last.entity, last.entity_id, last.fields) == (
        AuditAction.EXPORT, "participant", person, "art15",
    )  # fmt: skip


def test_only_roles_with_the_full_export_answer_access_requests(
    database: Database, admin: Actor, person: int, tmp_path: Path
) -> None:
    user = add_user(database, admin, "leyla", Role.ADVISOR.value, PASSWORD, "Leyla Demir")
    assert user.id is not None
    advisor = Actor(user.id, user.username, user.display_name, Role.ADVISOR)
    with pytest.raises(PermissionDenied):
        write_access_export(database, advisor, person, tmp_path, TODAY)
    with pytest.raises(ValidationError, match="no case 2099-9999"):
        participant_for_case_number(database, admin, "2099-9999")
    (tmp_path / "file").write_text("x")
    with pytest.raises(ValidationError, match="is a file"):
        write_access_export(database, admin, person, tmp_path / "file", TODAY)
