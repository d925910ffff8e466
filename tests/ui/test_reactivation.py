"""A reactivated account has no key to the database until an administrator sets a new
password (deactivating removed its key slot): the Users tab says so and offers the new
password at once."""

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.services.actor import Actor
from app.services.auth import unlock_key
from app.services.errors import AuthenticationFailed
from app.services.users import add_user
from app.storage.database import Database
from app.ui.dialogs.users import ResetPasswordDialog
from app.ui.pages.settings import SettingsPage
from app.ui.pages.settings.users import UsersTab

SHOTS = os.environ.get("LOTSE_SCREENSHOTS")
TEMPORARY = "vorlaeufig-wieder-77"


def _tab(qtbot: QtBot, database: Database, admin: Actor) -> tuple[SettingsPage, UsersTab]:
    add_user(database, admin, "samir", "advisor", "samirs-passwort-1", "Samir Aziz")
    page = SettingsPage(database, admin)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    assert page.users is not None
    page.tabs.setCurrentWidget(page.users)
    return page, page.users


def _select(tab: UsersTab, username: str) -> None:
    row = [u.username for u in tab.users].index(username)
    tab.view.selectRow(row)


def _state(tab: UsersTab, username: str) -> str:
    row = [u.username for u in tab.users].index(username)
    return str(tab.view.model().index(row, 3).data())


def test_reactivating_offers_the_new_password_at_once(
    qtbot: QtBot, database: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    _page, tab = _tab(qtbot, database, admin)
    _select(tab, "samir")
    tab.toggle_active()
    assert _state(tab, "samir") == "deaktiviert"
    assert "neues Passwort" in tab.message.text()

    shown: list[ResetPasswordDialog] = []

    def set_password(dialog: ResetPasswordDialog) -> int:
        shown.append(dialog)
        if SHOTS:
            dialog.grab().save(str(Path(SHOTS) / "reactivated-password.png"))
        dialog.password.setText(TEMPORARY)
        dialog.repeat.setText(TEMPORARY)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ResetPasswordDialog, "exec", set_password)
    _select(tab, "samir")
    tab.toggle_active()
    assert len(shown) == 1 and shown[0].reason.isVisibleTo(shown[0])
    assert "Schlüssel" in shown[0].reason.text()
    assert shown[0].result() == QDialog.DialogCode.Accepted, shown[0].errors.text()
    assert _state(tab, "samir") == "aktiv, muss das Passwort ändern"
    unlock_key(database.location, "samir", TEMPORARY)  # the account has its key again


def test_without_the_new_password_the_tab_says_the_account_cannot_log_in(
    qtbot: QtBot, database: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    _page, tab = _tab(qtbot, database, admin)
    _select(tab, "samir")
    tab.toggle_active()
    monkeypatch.setattr(ResetPasswordDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    _select(tab, "samir")
    tab.toggle_active()
    assert _state(tab, "samir") == (
        "aktiv, Anmeldung erst nach einem neuen Passwort der Administration"
    )
    assert "Passwort zurücksetzen" in tab.message.text()
    if SHOTS:
        tab.window().grab().save(str(Path(SHOTS) / "reactivated-no-password.png"))
    with pytest.raises(AuthenticationFailed):
        unlock_key(database.location, "samir", "samirs-passwort-1")

    # "Reset password" later gives the account its key back; the dialog then has no
    # reactivation note.
    seen: list[bool] = []

    def set_password(dialog: ResetPasswordDialog) -> int:
        seen.append(dialog.reason.isVisibleTo(dialog))
        dialog.password.setText(TEMPORARY)
        dialog.repeat.setText(TEMPORARY)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ResetPasswordDialog, "exec", set_password)
    _select(tab, "samir")
    tab.reset_password()
    assert seen == [False]
    assert _state(tab, "samir") == "aktiv, muss das Passwort ändern"
