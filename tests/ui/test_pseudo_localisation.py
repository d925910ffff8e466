"""Every translated text fits its widget: each window and dialog, every page and tab of
it, in each interface language and in a pseudo-localisation that lengthens every English
text by 40 % (as Vorta's translation scale does). A label or button narrower than its
text, or a window that needs more than a 1280×720 laptop screen, fails."""

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.domain.interface_languages import INTERFACE_LANGUAGES
from app.services.actor import Actor
from app.storage.database import Database
from app.ui.i18n import install_pseudo_translator
from app.ui.launch import prepare_application
from tests.ui.layout_checks import cut_texts
from tests.ui.test_keyboard_access import WINDOWS, Club, _screens, make_club

PSEUDO = "en+40%"


@pytest.fixture
def club(database: Database, admin: Actor) -> Club:
    return make_club(database, admin)


@pytest.fixture(params=[PSEUDO, *INTERFACE_LANGUAGES])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    if request.param == PSEUDO:
        prepare_application(qapp, "en")
        pseudo = install_pseudo_translator(qapp, 1.4)
    else:
        prepare_application(qapp, request.param)
    yield request.param
    if request.param == PSEUDO:
        qapp.removeTranslator(pseudo)
    prepare_application(qapp, "de")


def test_every_text_fits_its_widget(qtbot: QtBot, club: Club, language: str) -> None:
    """One club per language, every window in turn (a club per window took minutes)."""
    failures = []
    for name in sorted(WINDOWS):
        window = WINDOWS[name](club)
        qtbot.addWidget(window)
        window.resize(1280, 680)
        window.show()
        QApplication.processEvents()
        for screen in _screens(window):
            failures += [f"{name}, {screen}: {problem}" for problem in cut_texts(window)]
        window.close()
    assert not failures, "\n".join(dict.fromkeys(failures))


def test_the_check_sees_a_cut_label_a_cut_button_and_a_window_too_large(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    label = QLabel("Aufenthaltsstatus und Arbeitserlaubnis:", window)
    label.setFixedWidth(60)
    wrapped = QLabel("Ein langer Hinweis, der umbricht und drei Zeilen braucht. " * 3, window)
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(200, 20)
    button = QPushButton("Wiedervorlage anlegen", window)
    button.setFixedWidth(50)
    fitting = QPushButton("OK", window)
    for widget in (label, wrapped, button, fitting):
        layout.addWidget(widget)
    window.show()
    QApplication.processEvents()
    found = cut_texts(window)
    assert len(found) == 3, found
    assert found[0].startswith("label cut: 'Aufenthaltsstatus")
    assert found[1].startswith("wrapped label cut: 'Ein langer Hinweis")
    assert found[2].startswith("button cut: 'Wiedervorlage anlegen'")
    window.setMinimumSize(1400, 500)
    assert cut_texts(window)[0] == "QWidget needs 1400×500, the screen has 1280×720"
