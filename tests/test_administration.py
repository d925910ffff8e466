"""Accounts, lockout, sessions that follow the account, corrections and merging."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text, update
from sqlmodel import col

from app.domain.enums import ConsentKind, Gender, Role
from app.domain.models import User
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.auth import authenticate
from app.services.case_file import read_case_file
from app.services.case_merge import delete_enrollment, merge_cases
from app.services.cases import CaseInput, create_case
from app.services.consultations import (
    ConsultationInput,
    add_consultation,
    delete_consultation,
    update_consultation,
)
from app.services.enrollments import enroll, record_consent
from app.services.errors import (
    AuthenticationFailed,
    PermissionDenied,
    SessionEnded,
    ValidationError,
)
from app.services.followups import add_follow_up
from app.services.projects import list_projects
from app.services.users import (
    add_user,
    change_own_password,
    list_users,
    reset_password,
    set_active,
    unlock,
    update_user,
)
from app.storage.database import Database
from tests.conftest import ADMIN_PASSWORD

TODAY = date(2026, 11, 20)


def audit(database: Database) -> list[tuple[str, str, str | None, str | None]]:
    with database.engine.connect() as connection:
        return [
            (r[0], r[1], r[2], r[3])
            for r in connection.execute(
                text("SELECT action, entity, fields, reason FROM audit_event ORDER BY id")
            )
        ]


def user_id(database: Database, admin: Actor, name: str) -> int:
    return next(u.id for u in list_users(database, admin) if u.username == name)


def test_a_role_change_or_deactivation_applies_to_an_open_session(
    database: Database, admin: Actor
) -> None:
    add_user(database, admin, "leyla", "advisor", "leylas-passwort-1")
    leyla = authenticate(database, "leyla", "leylas-passwort-1")
    case = create_case(database, leyla, CaseInput("Omar", "Haddad", Gender.MALE), today=TODAY)
    assert case.id is not None
    read_case_file(database, leyla, case.id)  # an advisor reads the notes of cases
    update_user(database, admin, user_id(database, admin, "leyla"), "Leyla", "treasurer")
    with pytest.raises(PermissionDenied):
        read_case_file(database, leyla, case.id)  # the same, already logged-in actor
    set_active(database, admin, user_id(database, admin, "leyla"), False)
    with pytest.raises(SessionEnded, match="deactivated"):
        leyla.require(Permission.REPORTS_READ)


def test_wrong_passwords_make_the_account_wait_and_an_admin_unlocks(
    database: Database, admin: Actor
) -> None:
    start = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
    for attempt in range(4):
        with pytest.raises(AuthenticationFailed, match="wrong"):
            authenticate(database, "admin", f"falsch-{attempt}", now=start)
    with pytest.raises(AuthenticationFailed, match="wait 30 seconds"):
        authenticate(database, "admin", "falsch-5", now=start)
    # While waiting even the right password is refused, also after a restart.
    with pytest.raises(AuthenticationFailed, match="wait"):
        authenticate(database, "admin", ADMIN_PASSWORD, now=start + timedelta(seconds=10))
    with pytest.raises(AuthenticationFailed, match="wait 60 seconds"):
        authenticate(database, "admin", "falsch-6", now=start + timedelta(seconds=31))
    add_user(database, admin, "jana", "admin", "janas-passwort-1")
    jana = authenticate(database, "jana", "janas-passwort-1", now=start)
    unlock(database, jana, user_id(database, jana, "admin"))
    assert authenticate(database, "admin", ADMIN_PASSWORD, now=start + timedelta(seconds=40))
    events = audit(database)
    assert any(action == "login_failed" and reason == "locked" for action, _, _, reason in events)


def test_a_reset_password_must_be_changed_and_the_last_admin_stays(
    database: Database, admin: Actor
) -> None:
    add_user(database, admin, "leyla", "advisor", "leylas-passwort-1")
    reset_password(database, admin, user_id(database, admin, "leyla"), "vorlaeufig-99")
    leyla = authenticate(database, "leyla", "vorlaeufig-99")
    assert leyla.must_change_password
    with pytest.raises(AuthenticationFailed, match="current password is wrong"):
        change_own_password(database, leyla, "falsch", "neu-und-lang-1")
    with pytest.raises(ValidationError, match="at least 8"):
        change_own_password(database, leyla, "vorlaeufig-99", "kurz")
    change_own_password(database, leyla, "vorlaeufig-99", "neu-und-lang-1")
    assert not authenticate(database, "leyla", "neu-und-lang-1").must_change_password
    with pytest.raises(ValidationError, match="last active administrator"):
        set_active(database, admin, admin.user_id, False)
    with pytest.raises(ValidationError, match="last active administrator"):
        update_user(database, admin, admin.user_id, "Amira", Role.ADVISOR.value)


def test_consultations_are_corrected_and_deleted_by_their_author_or_an_admin(
    database: Database, admin: Actor
) -> None:
    add_user(database, admin, "leyla", "advisor", "leylas-passwort-1")
    add_user(database, admin, "samir", "advisor", "samirs-passwort-1")
    leyla = authenticate(database, "leyla", "leylas-passwort-1")
    samir = authenticate(database, "samir", "samirs-passwort-1")
    case = create_case(database, leyla, CaseInput("Omar", "Haddad", Gender.MALE), today=TODAY)
    assert case.id is not None
    first = add_consultation(
        database, leyla, ConsultationInput(case.id, date(2026, 3, 1), 30, note="Erste Notiz"),
        today=TODAY,
    )  # fmt: skip
    second = add_consultation(
        database, leyla, ConsultationInput(case.id, date(2026, 3, 5), 30, note="Zweite"),
        today=TODAY,
    )  # fmt: skip
    assert first.id is not None and second.id is not None
    with pytest.raises(PermissionDenied, match="Only the advisor"):
        update_consultation(database, samir, first.id,
                            ConsultationInput(case.id, date(2026, 3, 1), 45), today=TODAY)  # fmt: skip
    update_consultation(
        database, leyla, first.id,
        ConsultationInput(case.id, date(2026, 3, 1), 45, note="Berichtigte Notiz"), today=TODAY,
    )  # fmt: skip
    with pytest.raises(ValidationError, match="Reason for deleting"):
        delete_consultation(database, leyla, second.id, "  ")
    delete_consultation(database, admin, second.id, "in der falschen Akte")
    notes = [c.note for c in read_case_file(database, leyla, case.id).consultations]
    assert notes == ["Berichtigte Notiz"]
    events = audit(database)
    assert ("update", "consultation", "duration_minutes,note", None) in events
    assert ("delete", "consultation", None, "in der falschen Akte") in events
    assert not any("Notiz" in (fields or "") + (reason or "") for _, _, fields, reason in events)


def test_two_case_files_of_one_person_are_merged(database: Database, admin: Actor) -> None:
    project = list_projects(database, admin)[0]
    assert project.id is not None
    keep = create_case(database, admin, CaseInput("Omar", "Haddad", Gender.MALE,
                                                  nationalities=("SY",)), today=TODAY)  # fmt: skip
    other = create_case(database, admin, CaseInput("Omar", "Haddad", Gender.MALE,
                                                   phone="0511 123", nationalities=("SY", "DE")),
                        today=TODAY)  # fmt: skip
    assert keep.id is not None and other.id is not None
    add_consultation(database, admin, ConsultationInput(other.id, date(2026, 2, 1), 30),
                     today=TODAY)  # fmt: skip
    add_consultation(database, admin, ConsultationInput(keep.id, date(2026, 3, 1), 30),
                     today=TODAY)  # fmt: skip
    add_follow_up(database, admin, other.id, date(2026, 12, 1), "Bescheid abwarten")
    record_consent(database, admin, other.id, ConsentKind.ART13_NOTICE, date(2026, 2, 1),
                   today=TODAY)  # fmt: skip
    first = enroll(database, admin, keep.id, project.id, date(2026, 2, 1), today=TODAY)
    second = enroll(database, admin, other.id, project.id, date(2026, 2, 2), today=TODAY)
    with pytest.raises(ValidationError, match="Both case files are enrolled in WIR-2026"):
        merge_cases(database, admin, keep.id, other.id, "doppelt angelegt")
    assert second.id is not None and first.id is not None
    delete_enrollment(database, admin, second.id, "doppelt")
    merge_cases(database, admin, keep.id, other.id, "doppelt angelegt")
    merged = read_case_file(database, admin, keep.id)
    assert len(merged.consultations) == 2 and len(merged.follow_ups) == 1
    assert len(merged.consents) == 1 and len(merged.enrollments) == 1
    assert merged.nationalities == ["SY", "DE"] and merged.participant.phone == "0511 123"
    # The older consultation is now the first one of the kept case.
    kinds = {c.date: c.kind.value for c in merged.consultations}
    assert kinds == {date(2026, 2, 1): "first", date(2026, 3, 1): "follow_up"}
    with database.engine.connect() as connection:
        assert (
            connection.execute(
                text("SELECT count(*) FROM participant WHERE id = :id"), {"id": other.id}
            ).scalar_one()
            == 0
        )
    assert any("merged into" in (reason or "") for _, _, _, reason in audit(database))


def test_a_burst_of_permission_checks_reads_the_account_once_and_outside_changes_soon(
    database: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A login runs about thirty checks in a row: they share one reading of the account.
    A change made elsewhere (another process) is seen once that reading is older than
    ``ACCOUNT_STATE_SECONDS``; a change made here at once (the role-change test above)."""
    from sqlalchemy import event

    import app.services.auth as auth

    add_user(database, admin, "leyla", "advisor", "leylas-passwort-1")
    leyla = authenticate(database, "leyla", "leylas-passwort-1")
    readings: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if 'FROM "user"' in statement:
            readings.append(statement)

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        for _ in range(30):
            assert leyla.can(Permission.CASES_READ)
        assert len(readings) == 1
        with database.engine.begin() as connection:  # as another process would
            connection.execute(
                update(User).where(col(User.username) == "leyla").values(active=False)
            )
        monkeypatch.setattr(auth, "ACCOUNT_STATE_SECONDS", 0.0)
        with pytest.raises(SessionEnded, match="deactivated"):
            leyla.require(Permission.REPORTS_READ)
    finally:
        event.remove(database.engine, "before_cursor_execute", count)
