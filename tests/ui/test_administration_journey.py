"""An administrator runs the club without a terminal: accounts, logins, corrections."""

from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.domain.enums import Gender, Role
from app.services.actor import Actor
from app.services.case_file import read_case_file
from app.services.cases import CaseInput, create_case
from app.services.consultations import ConsultationInput, add_consultation
from app.storage.database import Database
from app.ui.dialogs.consultation import ConsultationDialog
from app.ui.dialogs.users import ChangePasswordDialog, ResetPasswordDialog, UserDialog
from app.ui.labels import select_data
from app.ui.launch import Sessions
from app.ui.login import LoginDialog
from app.ui.main_window import MainWindow
from app.ui.pages.settings import SettingsPage
from tests.conftest import ADMIN_PASSWORD


def scripted_login(monkeypatch: pytest.MonkeyPatch, username: str, password: str,
                   new_password: str | None = None) -> None:  # fmt: skip
    """The next login dialog is filled in as a person would, and a forced password
    change answers with ``new_password``."""

    def login(dialog: LoginDialog) -> int:
        dialog.username.setText(username)
        dialog.password.setText(password)
        dialog.accept()
        return int(dialog.result())

    def change(dialog: ChangePasswordDialog) -> int:
        assert new_password is not None, "no password change expected"
        dialog.new.setText(new_password)
        dialog.repeat.setText(new_password)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(LoginDialog, "exec", login)
    monkeypatch.setattr(ChangePasswordDialog, "exec", change)


def audit(database: Database) -> list[tuple[Any, ...]]:
    with database.engine.connect() as connection:
        return [
            tuple(r)
            for r in connection.execute(
                text("SELECT username, action, entity, fields, reason FROM audit_event ORDER BY id")
            )
        ]


def test_admin_adds_an_advisor_who_logs_in_corrects_and_deletes(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    sessions = Sessions(application)
    login = LoginDialog(database.location, database)
    qtbot.addWidget(login)
    login.username.setText("admin")
    login.password.setText(ADMIN_PASSWORD)
    login.accept()
    assert login.actor is not None
    window = sessions.open(database, login.actor)
    qtbot.addWidget(window)

    settings = window.pages["settings"]
    assert isinstance(settings, SettingsPage) and settings.users is not None
    new_user = UserDialog(database, login.actor, None, settings)
    qtbot.addWidget(new_user)
    new_user.username.setText("leyla")
    new_user.display_name.setText("Leyla Demir")
    select_data(new_user.role, Role.ADVISOR)
    new_user.password.setText("anfangs-passwort-1")
    new_user.repeat.setText("anfangs-passwort-1")
    new_user.accept()
    assert new_user.result() == QDialog.DialogCode.Accepted, new_user.errors.text()
    settings.users.refresh()
    leyla_row = next(u for u in settings.users.users if u.username == "leyla")
    reset = ResetPasswordDialog(database, login.actor, leyla_row, settings)
    qtbot.addWidget(reset)
    reset.password.setText("vorlaeufig-77")
    reset.repeat.setText("vorlaeufig-77")
    reset.accept()
    assert reset.result() == QDialog.DialogCode.Accepted, reset.errors.text()
    settings.users.refresh()
    state = settings.users.view.model().index(
        [u.username for u in settings.users.users].index("leyla"), 3
    )
    assert state.data() == "aktiv, muss das Passwort ändern"

    # Logging out shows the login; Leyla must choose her own password before she gets in.
    scripted_login(monkeypatch, "leyla", "vorlaeufig-77", "leylas-eigenes-9")
    window.logout_requested.emit()
    advisor_window = sessions.window
    assert isinstance(advisor_window, MainWindow) and advisor_window is not window
    qtbot.addWidget(advisor_window)
    leyla = advisor_window.actor
    assert leyla.username == "leyla" and not leyla.must_change_password
    assert "settings" not in advisor_window.pages or advisor_window.pages["settings"].users is None

    person = create_case(database, leyla, CaseInput("Omar", "Haddad", Gender.MALE))
    assert person.id is not None
    case_window = advisor_window.open_case(person.id)
    assert case_window is not None
    qtbot.addWidget(case_window)
    first = ConsultationDialog(database, leyla, person.id, "Beratung", parent=case_window)
    first.note.setPlainText("Zeugnisse gesichtet")
    first.accept()
    assert first.saved_id is not None
    other = add_consultation(
        database, leyla, ConsultationInput(person.id, date.today(), 20, note="Doppelt erfasst")
    )
    assert other.id is not None
    correction = ConsultationDialog(
        database, leyla, person.id, "Beratung", existing=first.saved_id, parent=case_window
    )
    assert correction.note.toPlainText() == "Zeugnisse gesichtet"
    correction.note.setPlainText("Zeugnisse gesichtet, Übersetzung fehlt")
    correction.duration.setValue(45)
    correction.accept()
    assert correction.result() == QDialog.DialogCode.Accepted, correction.errors.text()
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *args, **kwargs: ("doppelt erfasst", True))
    )
    case_window.consultations.delete(other.id)
    notes = [c.note for c in read_case_file(database, leyla, person.id).consultations]
    assert notes == ["Zeugnisse gesichtet, Übersetzung fehlt"]
    case_window.close()

    scripted_login(monkeypatch, "admin", ADMIN_PASSWORD)
    advisor_window.logout_requested.emit()
    assert sessions.window is not None and sessions.window.actor.username == "admin"
    qtbot.addWidget(sessions.window)

    steps = [(user, action, entity) for user, action, entity, _, _ in audit(database)]
    for step in (
        ("admin", "login", "user"),
        ("admin", "create", "user"),
        ("admin", "update", "user"),  # the password reset
        ("admin", "logout", "user"),
        ("leyla", "login", "user"),
        ("leyla", "update", "user"),  # her own password
        ("leyla", "create", "consultation"),
        ("leyla", "update", "consultation"),
        ("leyla", "delete", "consultation"),
        ("leyla", "logout", "user"),
    ):
        assert step in steps, step
    assert [s for s in steps if s[0] == "leyla"][-1] == ("leyla", "logout", "user")
    deleted = next(e for e in audit(database) if e[1] == "delete")
    assert deleted[4] == "doppelt erfasst"
    assert not any("Zeugnisse" in str(e[3]) + str(e[4]) for e in audit(database))


def test_an_open_window_follows_a_deactivation(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    from app.services.auth import authenticate
    from app.services.errors import SessionEnded
    from app.services.users import add_user, list_users, set_active

    add_user(database, admin, "samir", "advisor", "samirs-passwort-1")
    samir = authenticate(database, "samir", "samirs-passwort-1")
    person = create_case(database, samir, CaseInput("Nour", "Khalil", Gender.FEMALE))
    assert person.id is not None
    set_active(database, admin, next(u.id for u in list_users(database, admin)
                                     if u.username == "samir"), False)  # fmt: skip
    with pytest.raises(SessionEnded):
        read_case_file(database, samir, person.id)
