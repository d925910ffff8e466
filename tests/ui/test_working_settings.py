"""Einstellungen → Allgemein, "Working with Lotse": the idle-lock minutes and the backup
reminder days. Administrators change them (stored, audited, in effect at once); every
other role sees them read-only."""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.domain.enums import Role
from app.services.actor import Actor
from app.services.backups import backup_age
from app.services.errors import PermissionDenied, ValidationError
from app.services.settings import (
    BACKUP_WARNING_DAYS,
    IDLE_LOCK_MINUTES,
    get_setting,
    set_backup_warning_days,
    set_idle_lock_minutes,
)
from app.services.users import add_user
from app.storage.database import Database
from app.ui.idle_lock import IdleLock
from app.ui.pages.settings import SettingsPage

SHOTS = os.environ.get("LOTSE_SCREENSHOTS")


def _set_by_typing(qtbot: QtBot, box: QAbstractSpinBox, value: str) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, value)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_an_administrator_sets_the_idle_lock_and_the_backup_reminder(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    lock = IdleLock(database, admin)
    try:
        assert lock.timeout_ms == 10 * 60_000  # the default
        page = SettingsPage(database, admin)
        qtbot.addWidget(page)
        page.show()
        general = page.general
        assert general.idle_minutes.value() == 10 and general.backup_days.value() == 7
        assert not general.idle_minutes.isReadOnly() and not general.working_hint.isVisible()
        _set_by_typing(qtbot, general.idle_minutes, "25")
        _set_by_typing(qtbot, general.backup_days, "14")
        assert get_setting(database, IDLE_LOCK_MINUTES) == 25
        assert get_setting(database, BACKUP_WARNING_DAYS) == 14
        assert lock.timeout_ms == 25 * 60_000  # the running lock follows at once
        assert backup_age(database).warn_after_days == 14
        with database.engine.connect() as connection:
            changed = connection.execute(
                text("SELECT fields FROM audit_event WHERE entity = 'setting' ORDER BY id")
            ).scalars()
            assert {"idle_lock_minutes", "backup_warning_days"} <= set(changed)
        if SHOTS:
            page.resize(900, 760)
            page.grab().save(str(Path(SHOTS) / "settings-working.png"))
    finally:
        lock.stop()


@pytest.mark.parametrize("role", [Role.ADVISOR, Role.COORDINATOR, Role.TREASURER])
def test_other_roles_see_the_settings_read_only(
    qtbot: QtBot, database: Database, admin: Actor, role: Role
) -> None:
    set_idle_lock_minutes(database, admin, 15)
    user = add_user(database, admin, "person", role.value, "passwort-1234-lang")
    assert user.id is not None
    actor = Actor(user.id, user.username, user.display_name, role)
    page = SettingsPage(database, actor)
    qtbot.addWidget(page)
    page.show()
    general = page.general
    assert general.idle_minutes.value() == 15 and general.backup_days.value() == 7
    assert general.idle_minutes.isReadOnly() and general.backup_days.isReadOnly()
    assert general.working_hint.isVisible()
    _set_by_typing(qtbot, general.idle_minutes, "99")
    assert get_setting(database, IDLE_LOCK_MINUTES) == 15
    if SHOTS and role == Role.ADVISOR:
        page.resize(900, 760)
        page.grab().save(str(Path(SHOTS) / "settings-working-read-only.png"))
    with pytest.raises(PermissionDenied):
        set_idle_lock_minutes(database, actor, 20)
    with pytest.raises(PermissionDenied):
        set_backup_warning_days(database, actor, 20)


def test_the_services_refuse_values_outside_the_ranges(database: Database, admin: Actor) -> None:
    for minutes in (0, 121, -5):
        with pytest.raises(ValidationError) as refused:
            set_idle_lock_minutes(database, admin, minutes)
        assert refused.value.field == IDLE_LOCK_MINUTES
    with pytest.raises(ValidationError):
        set_backup_warning_days(database, admin, 0)
    assert get_setting(database, IDLE_LOCK_MINUTES) == 10
