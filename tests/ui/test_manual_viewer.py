"""F1 opens the user manual: at the chapter of the section or dialog the user is in."""

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.services.actor import Actor
from app.storage.database import Database
from app.storage.location import Location
from app.ui.dialogs.case_form import CaseFormDialog
from app.ui.first_run import FirstRunWizard
from app.ui.help import HelpWindow, show_manual
from app.ui.main_window import MainWindow


def _press_f1(qtbot: QtBot, widget: QWidget) -> None:
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_F1)


def _manual_of(window: QWidget) -> HelpWindow:
    found = window.findChildren(HelpWindow)
    assert len(found) == 1, found
    return found[0]


def _shown(manual: HelpWindow) -> tuple[str, str]:
    source = manual.browser.source()
    return source.fileName(), source.fragment()


def test_f1_in_the_main_window_opens_the_manual_at_the_section_on_screen(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    window = MainWindow(database, admin)
    qtbot.addWidget(window)
    window.show()
    _press_f1(qtbot, window.sidebar)
    manual = _manual_of(window)
    qtbot.waitUntil(manual.isVisible)
    assert manual.windowTitle() == "Erster Start – Lotse-Handbuch"
    assert _shown(manual) == ("erster-start.html", "hauptfenster")
    assert "Das Hauptfenster" in manual.browser.toPlainText()

    window.show_section("reports")
    _press_f1(qtbot, window.sidebar)
    assert _manual_of(window) is manual  # one manual window, reused
    assert _shown(manual) == ("berichte.html", "")
    assert manual.windowTitle() == "Berichte – Lotse-Handbuch"


def test_the_help_menu_names_f1_in_german(qtbot: QtBot, database: Database, admin: Actor) -> None:
    window = MainWindow(database, admin)
    qtbot.addWidget(window)
    help_menu = next(
        action.menu() for action in window.menuBar().actions() if action.text() == "&Hilfe"
    )
    manual = next(action for action in help_menu.actions() if action.text() == "&Handbuch")
    assert manual.shortcut().toString() == "F1"


def test_f1_in_a_dialog_opens_the_chapter_about_it(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    dialog = CaseFormDialog(database, admin)
    qtbot.addWidget(dialog)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    _press_f1(qtbot, dialog.first_name)
    manual = _manual_of(dialog)
    qtbot.waitUntil(manual.isVisible)
    # A child of the modal dialog, so it can be read and scrolled while the dialog is open.
    assert manual.parentWidget() is dialog
    assert _shown(manual) == ("beratung.html", "neuer-fall")
    dialog.guard.dirty = False
    dialog.reject()
    assert not manual.isVisible()  # it closes with its dialog


def test_f1_in_the_first_run_assistant_explains_the_first_start(
    qtbot: QtBot, location: Location
) -> None:
    wizard = FirstRunWizard(location, "de")
    qtbot.addWidget(wizard)
    wizard.show()
    _press_f1(qtbot, wizard.welcome_page.language)
    manual = _manual_of(wizard)
    qtbot.waitUntil(manual.isVisible)
    assert _shown(manual) == ("erster-start.html", "assistent")
    assert manual.back_action.text() == "Zurück"


def test_the_manual_goes_back_and_forward_and_finds_words(qtbot: QtBot) -> None:
    manual = show_manual()
    qtbot.addWidget(manual)
    assert manual.windowTitle() == "Lotse-Handbuch"
    assert manual.back_action.text() == "Zurück"
    assert not manual.back_action.isEnabled()
    manual.browser.setSource(QUrl("datenschutz.html"))
    assert manual.windowTitle() == "Datenschutz – Lotse-Handbuch"
    manual.back_action.trigger()
    assert _shown(manual) == ("index.html", "")
    manual.forward_action.trigger()
    assert _shown(manual) == ("datenschutz.html", "")
    manual.contents_action.trigger()
    assert _shown(manual) == ("index.html", "")

    qtbot.keyClicks(manual.find_field, "Handbuch")  # found as it is typed
    assert manual.browser.textCursor().selectedText() == "Handbuch"
    first = manual.browser.textCursor().position()
    qtbot.keyClick(manual.find_field, Qt.Key.Key_Return)
    assert manual.browser.textCursor().position() > first
    manual.find_field.clear()
    qtbot.keyClicks(manual.find_field, "Quantenphysik")
    assert manual.find_message.text() == "Nicht gefunden"
    assert manual.find_field.property("invalid") is True


class _Browser(QObject):
    """Stands in for the system browser (QDesktopServices calls it for https links)."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def test_links_to_web_sites_open_in_the_system_browser(qtbot: QtBot) -> None:
    manual = show_manual("datenschutz.html")
    qtbot.addWidget(manual)
    browser = _Browser()
    QDesktopServices.setUrlHandler("https", browser, "open")
    try:
        manual.browser.setFocus()
        while not manual.browser.textCursor().charFormat().anchorHref().startswith("https:"):
            assert manual.browser.focusNextPrevChild(True)
        qtbot.keyClick(manual.browser, Qt.Key.Key_Return)
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert browser.opened == ["https://dsgvo-gesetz.de/art-13-dsgvo/"]
    assert _shown(manual) == ("datenschutz.html", "")


def test_wide_screenshots_are_scaled_to_the_text_column(qtbot: QtBot) -> None:
    manual = show_manual("erster-start.html#hauptfenster")
    qtbot.addWidget(manual)
    image = manual.browser.loadResource(2, QUrl("img/hauptfenster.png"))
    assert round(image.width() / image.devicePixelRatio()) == 880
