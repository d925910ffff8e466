"""Windows remember their place, stay on the screen, and work on a 1280×720 laptop."""

from datetime import date

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.enums import Gender
from app.services.actor import Actor
from app.services.cases import CaseInput, create_case
from app.storage.database import Database
from app.ui.case_window import CaseFileWindow
from app.ui.main_window import MainWindow
from app.ui.pages.cases import CasesPage
from app.ui.pages.overview import MIN_VISIBLE_ROWS, OverviewPage

LAPTOP = QRect(0, 0, 1280, 720)  # tests/offscreen_laptop.json


@pytest.fixture
def laptop_screen() -> QRect:
    """The offscreen screen the tests run on (see tests/conftest.py)."""
    screen = QGuiApplication.primaryScreen()
    assert screen is not None and screen.availableGeometry() == LAPTOP
    return LAPTOP


def test_the_main_window_opens_as_it_was_closed(
    qtbot: QtBot, database: Database, admin: Actor, laptop_screen: QRect
) -> None:
    first = MainWindow(database, admin)
    qtbot.addWidget(first)
    first.show()
    first.resize(1000, 650)
    first.keeps_database = True  # the next window of this test uses the same database
    first.close()
    second = MainWindow(database, admin)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (1000, 650)


def test_a_place_on_a_screen_that_is_gone_is_brought_back(
    qtbot: QtBot, database: Database, admin: Actor, laptop_screen: QRect
) -> None:
    area = laptop_screen
    first = MainWindow(database, admin)
    qtbot.addWidget(first)
    first.show()
    # Last used on a large monitor to the right that is no longer connected.
    first.setGeometry(area.right() + 900, area.top() + 200, area.width() + 600, area.height() + 300)
    first.keeps_database = True
    first.close()
    second = MainWindow(database, admin)
    qtbot.addWidget(second)
    frame = second.frameGeometry()
    assert area.contains(frame.topLeft()) and frame.width() <= area.width()
    assert frame.height() <= area.height()


def test_case_windows_remember_their_size_too(
    qtbot: QtBot, database: Database, admin: Actor, laptop_screen: QRect
) -> None:
    person = create_case(database, admin, CaseInput("Tetiana", "Lysenko", Gender.FEMALE))
    assert person.id is not None
    window = CaseFileWindow(database, admin, person.id)
    qtbot.addWidget(window)
    window.show()
    window.resize(900, 600)
    window.close()
    again = CaseFileWindow(database, admin, person.id)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (900, 600)


def test_at_1280_by_720_the_start_page_lists_keep_five_rows(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    for index in range(12):
        create_case(database, admin, CaseInput(f"Person{index}", "Haddad", Gender.FEMALE))
    window = MainWindow(database, admin)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    QApplication.processEvents()
    page = window.pages["overview"]
    assert isinstance(page, OverviewPage)
    page.backup_warning.show()  # the longest the page gets: with the backup reminder
    QApplication.processEvents()
    for due_list in (*page.lists, page.paperwork):
        assert due_list is not None
        rows = due_list.list.viewport().height() / due_list.list.sizeHintForRow(0)
        assert rows >= MIN_VISIBLE_ROWS, (due_list.title(), rows)
        assert due_list.visibleRegion().boundingRect().height() == due_list.height(), (
            due_list.title()  # not cut off by the bottom of the page
        )


def test_at_1280_by_720_the_case_list_needs_no_horizontal_scrolling(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    create_case(
        database,
        admin,
        CaseInput("Oleksandra-Margaryta", "Shevchenko-Bondarenko", Gender.FEMALE, date(1990, 1, 1)),
    )
    window = MainWindow(database, admin)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.show_section("cases")
    QApplication.processEvents()
    page = window.pages["cases"]
    assert isinstance(page, CasesPage)
    qtbot.waitUntil(lambda: page.view.model().rowCount() == 1)
    assert not page.view.horizontalScrollBar().isVisible()
