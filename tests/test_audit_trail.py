"""Reading the audit trail: entities and actions by name, and what each event concerns
(case, account, volunteer, project) where the reader may see it."""

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from app.domain.enums import Gender
from app.services.actor import Actor
from app.services.audit_trail import AuditFilter, AuditRow, export_audit, list_audit
from app.services.case_file import read_case_file
from app.services.cases import CaseInput, create_case
from app.services.consultations import ConsultationInput, add_consultation
from app.services.users import add_user
from app.services.volunteers import VolunteerInput, save_volunteer
from app.storage.database import Database


def _events(database: Database, admin: Actor, **wanted: object) -> list[AuditRow]:
    return list_audit(database, admin, AuditFilter(**wanted))  # type: ignore[arg-type]


def test_events_name_what_they_concern(database: Database, admin: Actor, tmp_path: Path) -> None:
    case = create_case(
        database, admin, CaseInput("Omar", "Haddad", Gender.MALE), today=date(2026, 11, 20)
    )
    assert case.id is not None
    add_consultation(database, admin, ConsultationInput(case.id, date(2026, 3, 2), 30, note="x"))
    read_case_file(database, admin, case.id)
    user = add_user(database, admin, "samir", "advisor", "samirs-passwort-1", "Samir Aziz")
    volunteer = save_volunteer(database, admin, VolunteerInput("Vera", "Mentorin"))
    rows = _events(database, admin)
    by_entity: dict[tuple[str, str], AuditRow] = {}
    for row in rows:  # newest first: the first of each kind is the latest
        by_entity.setdefault((row.entity, row.action), row)

    viewed = by_entity[("participant", "view")]
    assert (viewed.case_number, viewed.person) == (case.case_number, "Omar Haddad")
    assert viewed.entity_text() == "case file: Omar Haddad"
    assert viewed.case_text() == f"{case.case_number} Omar Haddad"
    note = by_entity[("consultation", "create")]
    assert note.case_number == case.case_number and note.entity_text().startswith("consultation ")
    assert by_entity[("user", "create")].subject == "Samir Aziz (samir)"
    assert by_entity[("user", "create")].entity_id == user.id
    assert by_entity[("volunteer", "create")].subject == f"Vera Mentorin ({volunteer.number})"
    assert by_entity[("project", "create")].subject == "WIR-2026"
    # The filter by case finds the case file and what belongs to it.
    for_case = _events(database, admin, case_number=case.case_number)
    assert {r.entity for r in for_case} == {"participant", "consultation"}

    path = tmp_path / "protokoll.xlsx"
    export_audit(database, admin, AuditFilter(), path)
    sheet = load_workbook(path).worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header[:7] == ["Time (UTC)", "User", "Action", "Entity", "Number", "Name",
                          "Case number"]  # fmt: skip
    values = {str(v) for row in sheet.iter_rows(min_row=2, values_only=True) for v in row}
    assert {"case file", "viewed", "Omar Haddad", "Samir Aziz (samir)"} <= values


def test_names_only_where_the_reader_may_see_them(database: Database, admin: Actor) -> None:
    """The trail is the administrators' (AUDIT_READ); the naming underneath follows the
    reader's role all the same, so a wider reader could never learn more from it."""
    from app.domain.enums import Role
    from app.services import audit_trail

    case = create_case(database, admin, CaseInput("Omar", "Haddad", Gender.MALE))
    save_volunteer(database, admin, VolunteerInput("Vera", "Mentorin"))
    user = add_user(database, admin, "jana", "coordinator", "janas-passwort-12", "Jana")
    assert user.id is not None
    coordinator = Actor(user.id, "jana", "Jana", Role.COORDINATOR)
    rows = audit_trail._rows(database, coordinator, AuditFilter(), 100, 0)
    case_rows = [r for r in rows if r.entity == "participant"]
    assert case_rows and all(r.case_number is None and r.person is None for r in case_rows)
    assert all(r.subject is None for r in rows if r.entity == "user")
    assert any(r.subject and "Vera Mentorin" in r.subject for r in rows)
    assert case.case_number not in {r.case_text() for r in rows}
