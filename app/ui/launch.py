"""Starting the desktop application: translations, first run or login, main window.

The login window is the first thing a user waits for, so this module and the login
dialog import only Qt and light modules; the database stack, the main window and the
assistant load when needed, and a background thread imports the database stack while
the user types the password (``warm_up``).
"""

from __future__ import annotations

import gc
import importlib
import logging
import sys
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QFile, QIODevice, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app import __version__
from app.logging_setup import configure_logging
from app.services.data_folder import (
    Location,
    Source,
    default_location,
    is_initialised,
    remove_open_copies,
)
from app.services.i18n import LANGUAGE_PROPERTY
from app.ui.crash import ExceptionHook
from app.ui.formatting import show_path
from app.ui.help import install_help_key
from app.ui.i18n import chosen_language, current_language, install_translators
from app.ui.icons import icon
from app.ui.instance_lock import InstanceLock, claim
from app.ui.login import LoginDialog

if TYPE_CHECKING:
    from app.services.actor import Actor
    from app.services.database import Database
    from app.ui.idle_lock import IdleLock
    from app.ui.main_window import MainWindow

# What a login needs besides Qt: SQLAlchemy, the models, migrations, key slots; then the
# dialogs a login may show and the main window with its first page.
WARM_MODULES = (
    "app.services.auth",
    "app.services.database",
    "app.services.case_list",
    "app.ui.dialogs.recovery",
    "app.ui.dialogs.users",
    "app.ui.idle_lock",
    "app.ui.main_window",
    "app.ui.pages.overview",
)

# Once the main window has painted its first page: the collection then delays nothing.
SETTLE_AFTER_MS = 1500

log = logging.getLogger(__name__)


def prepare_application(application: QApplication, language: str | None = None) -> None:
    """Names, style, icon and translations, once per application (tests share one)."""
    wanted = language or chosen_language()
    install_help_key(application)  # F1 opens the manual in every window
    prepared = application.property(LANGUAGE_PROPERTY)
    if prepared == wanted:
        return
    if prepared is None:  # the style once: replacing it under open windows can crash Qt
        application.setApplicationName("Lotse")
        application.setOrganizationName("Lotse")
        application.setApplicationVersion(__version__)
        application.setWindowIcon(icon("lotse"))
        application.setStyle("Fusion")
        stylesheet = QFile(":/style.qss")
        if stylesheet.open(QIODevice.OpenModeFlag.ReadOnly | QIODevice.OpenModeFlag.Text):
            application.setStyleSheet(bytes(stylesheet.readAll().data()).decode("utf-8"))
            stylesheet.close()
    for old in getattr(application, "_lotse_translators", []):
        application.removeTranslator(old)
    translators = install_translators(application, wanted)
    application.setProperty(LANGUAGE_PROPERTY, wanted)
    # Keep the translators alive as long as the application.
    application._lotse_translators = translators  # type: ignore[attr-defined]


def start_session(location: Location) -> tuple[Database, Actor] | None:
    """First-run assistant on an empty data folder, otherwise the login dialog (always in
    team mode: whether the server holds a database is known only once connected)."""
    if location.server is None and not is_initialised(location):
        outcome = first_run(location)
        if outcome is None or isinstance(outcome, tuple):
            return outcome
        location = outcome  # the user chose a folder that already holds a database
    dialog = login(location)
    if dialog is None:
        return None
    assert dialog.database is not None and dialog.actor is not None
    return dialog.database, dialog.actor


def login(location: Location, database: Database | None = None) -> LoginDialog | None:
    """The login dialog, shown again in another language when the user chooses one;
    after the login the interface speaks the user's own language.

    Returns the accepted dialog, or None when the user cancelled.
    """
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    username = ""
    while True:
        dialog = LoginDialog(location, database)
        if username:
            dialog.username.setText(username)
            dialog.password.setFocus()
        result = dialog.exec()
        if result == LoginDialog.LANGUAGE_CHANGED:
            username = dialog.username.text()
            prepare_application(application, dialog.chosen_language)
            continue
        if result != QDialog.DialogCode.Accepted or dialog.actor is None:
            return None
        prepare_application(application, dialog.actor.language or chosen_language(location))
        return dialog


class Sessions(QObject):
    """One main window at a time; logging out shows the login again without a restart."""

    def __init__(self, application: QApplication) -> None:
        super().__init__(application)
        self.application = application
        self.window: MainWindow | None = None
        self.idle_lock: IdleLock | None = None

    def open(self, database: Database, actor: Actor, first: bool = True) -> MainWindow:
        from app.ui.idle_lock import IdleLock
        from app.ui.main_window import MainWindow

        window = MainWindow(database, actor)
        window.logout_requested.connect(self.logout)
        window.database_replaced.connect(self.replace_database)
        window.language_changed.connect(self.switch_language)
        if self.idle_lock is not None:
            self.idle_lock.stop()
        self.idle_lock = IdleLock(database, actor, window)
        self.idle_lock.logout_requested.connect(self.logout)
        window.show()
        QTimer.singleShot(SETTLE_AFTER_MS, keep_start_up_objects)
        if first:
            window.show_migration_notices()
        window.offer_drafts()
        self.window = window
        return window

    def switch_language(self, actor: object) -> None:
        """The window again, in the language the user just chose, on the same page."""
        from app.services.actor import Actor

        assert isinstance(actor, Actor)
        window = self.window
        if window is None:
            return
        database = window.database
        prepare_application(self.application, actor.language or chosen_language(database.location))
        window.close_for_logout()  # its case windows save what was typed as drafts
        window.deleteLater()
        self.open(database, actor, first=False).show_section("settings")

    def replace_database(self, database: object) -> None:
        """After a restore: the old window goes, the login opens the restored database."""
        from app.services.database import Database

        assert isinstance(database, Database)
        window = self.window
        if window is None:
            return
        window.database.close()  # already closed by the restore; disposing is harmless
        window.database = database
        self._login_again(window, database)

    def logout(self) -> None:
        window = self.window
        if window is None:
            return
        from app.services.auth import log_out

        database = window.database
        log_out(database, window.actor)
        self._login_again(window, database)

    def _login_again(self, window: MainWindow, database: Database) -> None:
        if self.idle_lock is not None:
            self.idle_lock.stop()
            self.idle_lock = None
        # Hidden first: the login shows while nothing of the last user stays on screen.
        for case_window in window.case_windows.values():
            case_window.hide()
        window.hide()
        # The login speaks this computer's language, not the last user's.
        prepare_application(self.application, chosen_language(database.location))
        dialog = login(database.location, database)
        accepted = dialog is not None
        if dialog is not None:
            assert dialog.actor is not None
            self.open(database, dialog.actor, first=False)
        window.close_for_logout()
        window.deleteLater()
        if not accepted:
            database.close()
            self.window = None
            self.application.quit()


def first_run(location: Location) -> tuple[Database, Actor] | Location | None:
    """The assistant, shown again in the new language when the user changes it.

    Returns the new session, or the location of an existing database the user
    chose, or None when cancelled.
    """
    from app.ui.first_run import FirstRunWizard

    language = current_language(location)
    while True:
        wizard = FirstRunWizard(location, language)
        result = wizard.exec()
        if result == FirstRunWizard.LANGUAGE_CHANGED:
            language = wizard.language
            application = QApplication.instance()
            assert isinstance(application, QApplication)
            prepare_application(application, language)
            continue
        if result != QDialog.DialogCode.Accepted:
            if wizard.database is not None:
                wizard.database.close()  # created, the key kept: the next start logs in
            return None
        if wizard.database is None:
            return wizard.location
        assert wizard.actor is not None
        return wizard.database, wizard.actor


def reachable_location(location: Location) -> Location | None:
    """A remembered folder that is missing is most likely a USB stick not plugged in.

    Ask before anything is written: not even the log may create the folder
    elsewhere, and the assistant must not start a second, empty database.
    Returns the location to use (the default one if the user wants another
    folder), or None when the user cancels.
    """
    while location.source is Source.REMEMBERED and not location.data_dir.exists():
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QApplication.translate("Launch", "Data folder not found"),
            QApplication.translate(
                "Launch",
                "Lotse keeps its data in\n{path}\nbut this folder cannot be found. If it is "
                "on a USB stick or a network drive, connect it and click Retry.",
            ).format(path=show_path(location.data_dir)),
        )
        box.addButton(QMessageBox.StandardButton.Retry)
        choose = box.addButton(
            QApplication.translate("Launch", "Choose another folder"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is choose:
            return default_location()
        if box.clickedButton() is not box.button(QMessageBox.StandardButton.Retry):
            return None
    return location


def run_gui(location: Location) -> int:
    application = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(application, QApplication)
    prepare_application(application, chosen_language(location))
    reachable = reachable_location(location)
    if reachable is None:
        return 0
    location = reachable
    lock = claim(location.data_dir)
    if lock is None:
        return 1
    configure_logging(location)
    remove_open_copies(location)  # what an earlier session opened and could not remove
    hook = ExceptionHook(str(location.log_file))
    hook.install()
    # Once the event loop runs (the first window is up), not before: the thread would
    # compete with building it.
    QTimer.singleShot(
        0, lambda: threading.Thread(target=warm_up, name="lotse-warm-up", daemon=True).start()
    )
    log.info("Lotse %s starting with data folder %s", __version__, location.data_dir)
    try:
        session = start_session(location)
        if session is None:
            return 0
        if session[0].location != location:
            configure_logging(session[0].location)  # logs follow a newly chosen folder
            log.info("data folder %s", session[0].location.data_dir)
        if not lock.holds(session[0].location.data_dir):
            lock = _claim_chosen(lock, session)
            if lock is None:
                return 1
        sessions = Sessions(application)
        sessions.open(*session)
        return application.exec()
    finally:
        remove_open_copies(location)
        if lock is not None:
            lock.release()
        from app.ui.busy import remove_busy_prompt

        remove_busy_prompt()
        hook.uninstall()


def keep_start_up_objects() -> None:
    """Exempt what exists once the main window is up (modules, classes, the window) from
    the garbage collector's full passes. Those passes otherwise walk every object of
    Qt, SQLAlchemy and the models each time enough new objects have piled up, which
    stalled scrolling through the case list for 100 ms; garbage made later is still
    collected. Garbage is collected first, so none of it is kept for good."""
    gc.collect()
    gc.freeze()


def warm_up() -> None:
    """While the login window waits for the password: import the database stack and the
    main window's modules (they only define classes; no widget is made here), read the
    shipped migrations, then install the busy prompt the database needs once anything
    writes."""
    for name in WARM_MODULES:
        importlib.import_module(name)
    from app.services.database import prepare_opening
    from app.ui.busy import install_busy_prompt

    prepare_opening()
    install_busy_prompt()


def _claim_chosen(previous: InstanceLock, session: tuple[Database, Actor]) -> InstanceLock | None:
    """The first-run assistant chose another folder (or created the first one): claim it."""
    database = session[0]
    previous.release()
    lock = claim(database.location.data_dir)
    if lock is None:
        database.close()
    return lock


def main() -> int:
    """Entry point of the ``lotse-gui`` launcher (no console window on Windows)."""
    from app.cli import main as cli_main

    return cli_main([*sys.argv[1:], "gui"])
