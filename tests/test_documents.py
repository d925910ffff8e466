"""Documents kept with a case file, a volunteer or a tandem: what may be kept, who may
see it, how it is opened and saved, and that it leaves with the right of access."""

import json
import stat
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from app.domain.enums import DocumentKind, Gender, Role
from app.domain.models.documents import DOCUMENT_MAX_BYTES
from app.services.access_request import write_access_export
from app.services.actor import Actor
from app.services.cases import CaseInput, create_case
from app.services.data_folder import remove_open_copies
from app.services.documents import (
    Owner,
    OwnerKind,
    add_document,
    delete_document,
    list_documents,
    open_copy,
    save_copy,
)
from app.services.errors import NotFound, PermissionDenied, ValidationError
from app.services.settings import RESTRICT_ADVISORS_TO_OWN_CASES, set_setting
from app.services.users import add_user
from app.services.volunteers import VolunteerInput, save_volunteer
from app.storage.database import Database

TODAY = date(2026, 5, 4)
SCAN = b"%PDF-1.4 Eintrittsfragebogen unterschrieben von Olena Kovalenko"


def actor(database: Database, admin: Actor, name: str, role: Role) -> Actor:
    user = add_user(database, admin, name, role.value, "passwort-1234-lang", name.title())
    assert user.id is not None
    return Actor(user.id, user.username, user.display_name, role)


@pytest.fixture
def case(database: Database, admin: Actor) -> Owner:
    person = create_case(
        database, admin, CaseInput("Olena", "Kovalenko", Gender.FEMALE), today=TODAY
    )
    assert person.id is not None
    return Owner(OwnerKind.CASE, person.id)


@pytest.fixture
def scan(tmp_path: Path) -> Path:
    path = tmp_path / "eintritt.pdf"
    path.write_bytes(SCAN)
    return path


def test_a_document_is_kept_listed_opened_saved_and_deleted(
    database: Database, admin: Actor, case: Owner, scan: Path, tmp_path: Path
) -> None:
    kept = add_document(
        database,
        admin,
        case,
        scan,
        " ESF-Eintritt ",
        DocumentKind.SIGNED_QUESTIONNAIRE,
        date(2026, 5, 2),
        TODAY,
    )
    assert kept.id is not None
    [row] = list_documents(database, admin, case)
    assert (row.title, row.kind, row.document_date, row.file_name, row.size) == (
        "ESF-Eintritt",
        DocumentKind.SIGNED_QUESTIONNAIRE,
        date(2026, 5, 2),
        "eintritt.pdf",
        len(SCAN),
    )
    opened = open_copy(database, admin, kept.id)
    assert opened.read_bytes() == SCAN and opened.name == "eintritt.pdf"
    assert opened.is_relative_to(database.location.open_dir)
    assert stat.S_IMODE(opened.stat().st_mode) == 0o600
    remove_open_copies(database.location)
    assert not database.location.open_dir.exists()
    saved = save_copy(database, admin, kept.id, tmp_path / "kopie.pdf")
    assert saved.read_bytes() == SCAN
    with database.engine.connect() as connection:
        views = connection.execute(
            text("SELECT reason FROM audit_event WHERE entity = 'document' AND action = 'view'")
        ).scalars()
        assert list(views) == ["opened", "saved as kopie.pdf"]
    with pytest.raises(ValidationError, match="Reason for deleting"):
        delete_document(database, admin, kept.id, " ")
    delete_document(database, admin, kept.id, "doppelt eingescannt")
    assert list_documents(database, admin, case) == []
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM document_content")).scalar() == 0
    with pytest.raises(NotFound):
        open_copy(database, admin, kept.id)


def test_every_problem_of_a_new_document_is_named_and_nothing_is_kept(
    database: Database, admin: Actor, case: Owner, tmp_path: Path
) -> None:
    empty = tmp_path / "leer.pdf"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError) as refused:
        add_document(database, admin, case, empty, " ", None, date(2026, 6, 1), TODAY)
    assert {field for field, _ in refused.value.problems} == {
        "title",
        "kind",
        "document_date",
        "file",
    }
    assert "a document may have 1 byte to 20 MB" in str(refused.value)
    huge = tmp_path / "video.mp4"
    with huge.open("wb") as stream:
        stream.truncate(DOCUMENT_MAX_BYTES + 1)
    with pytest.raises(ValidationError, match=r"video\.mp4 has 20,0 MB"):
        add_document(database, admin, case, huge, "Video", DocumentKind.OTHER, TODAY, TODAY)
    with pytest.raises(ValidationError, match="cannot be read"):
        add_document(
            database, admin, case, tmp_path / "fehlt.pdf", "X", DocumentKind.OTHER, TODAY, TODAY
        )
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM document")).scalar() == 0


def test_documents_follow_the_case_files_scope_and_the_roles(
    database: Database, admin: Actor, case: Owner, scan: Path
) -> None:
    leyla = actor(database, admin, "leyla", Role.ADVISOR)
    samir = actor(database, admin, "samir", Role.ADVISOR)
    own = create_case(
        database,
        leyla,
        CaseInput("Reza", "Ahmadi", Gender.MALE, advisor_id=leyla.user_id),
        today=TODAY,
    )
    assert own.id is not None
    mine = Owner(OwnerKind.CASE, own.id)
    add_document(database, leyla, mine, scan, "Zeugnis", DocumentKind.CERTIFICATE, TODAY, TODAY)
    set_setting(database, admin, RESTRICT_ADVISORS_TO_OWN_CASES, True)
    assert len(list_documents(database, leyla, mine)) == 1
    with pytest.raises(PermissionDenied):
        list_documents(database, samir, mine)
    with pytest.raises(PermissionDenied):
        add_document(database, samir, mine, scan, "X", DocumentKind.OTHER, TODAY, TODAY)
    treasurer = actor(database, admin, "kasse", Role.TREASURER)
    coordinator = actor(database, admin, "jana", Role.COORDINATOR)
    for role in (treasurer, coordinator):
        with pytest.raises(PermissionDenied):
            list_documents(database, role, case)
    helper = save_volunteer(database, coordinator, VolunteerInput("Reem", "Mansour"))
    assert helper.id is not None
    volunteer = Owner(OwnerKind.VOLUNTEER, helper.id)
    add_document(
        database,
        coordinator,
        volunteer,
        scan,
        "Ehrenamtsvereinbarung",
        DocumentKind.AGREEMENT,
        TODAY,
        TODAY,
    )
    assert [d.title for d in list_documents(database, coordinator, volunteer)] == [
        "Ehrenamtsvereinbarung"
    ]
    for role in (treasurer, leyla):
        with pytest.raises(PermissionDenied):
            list_documents(database, role, volunteer)


def test_the_right_of_access_carries_the_kept_files(
    database: Database, admin: Actor, case: Owner, scan: Path, tmp_path: Path
) -> None:
    add_document(
        database, admin, case, scan, "Eintritt", DocumentKind.SIGNED_QUESTIONNAIRE, TODAY, TODAY
    )
    written = write_access_export(database, admin, case.id, tmp_path / "auskunft", TODAY)
    [kept] = [path for path in written if path.suffix == ".pdf" and "dokumente" in str(path)]
    assert kept.read_bytes() == SCAN
    answer = json.loads(next(p for p in written if p.suffix == ".json").read_text("utf-8"))
    assert "eintritt.pdf" in json.dumps(answer, ensure_ascii=False)
    assert "Eintrittsfragebogen unterschrieben" not in json.dumps(answer)  # bytes beside it
