"""Figures measured on real, painted widgets in this process (offscreen platform): the case
search per keystroke and opening a long case file."""

import time
from pathlib import Path

from tests.benchmarks.figures import Figure
from tests.benchmarks.lotse_process import ADMIN, PASSWORD
from tests.benchmarks.timing import percentile

# What a counsellor types: names as they are spoken, a case number, a phone number.
TYPED = ("müller", "yilmaz", "ahmadi", "sokolova", "2026-01", "0176 4", "haddad khalil")


def _application() -> object:
    from PySide6.QtWidgets import QApplication

    from app.ui.launch import prepare_application

    application = QApplication.instance() or QApplication([])
    assert isinstance(application, QApplication)
    prepare_application(application, "de")
    return application


def _log_in(folder: Path) -> tuple[object, object]:
    from app.services.auth import log_in
    from app.services.data_folder import resolve

    login = log_in(resolve(str(folder)), ADMIN, PASSWORD)
    return login.database, login.actor


def search_figure(folder: Path) -> Figure:
    """Each keystroke typed into the Fälle search: the service's count and first page, the
    model and the repainted list. The page's typing delay comes on top and is named."""
    from PySide6.QtWidgets import QApplication

    from app.ui.pages import cases

    application = _application()
    assert isinstance(application, QApplication)
    database, actor = _log_in(folder)
    page = cases.CasesPage(database, actor)  # type: ignore[arg-type]
    page.resize(1200, 700)
    page.show()
    application.processEvents()
    timings: list[float] = []
    for word in TYPED:
        page.search.clear()
        page.refresh()
        for character in word:
            started = time.perf_counter()
            page.search.insert(character)  # as typed: the text changes, the delay starts
            page.refresh()  # what the typing delay's timer runs
            page.view.viewport().repaint()
            application.processEvents()
            timings.append(time.perf_counter() - started)
        page.search.backspace()  # a typo corrected
        started = time.perf_counter()
        page.refresh()
        page.view.viewport().repaint()
        application.processEvents()
        timings.append(time.perf_counter() - started)
    page.close()
    database.close()  # type: ignore[attr-defined]
    slowest = sorted(timings)[-3:]
    delay = getattr(cases, "SEARCH_DELAY_MS", 0)
    return Figure(
        "case search, keystroke → list repainted, p95",
        percentile(timings, 0.95) * 1000,
        30,
        "ms",
        f"{len(timings)} keystrokes; median {percentile(timings, 0.5) * 1000:.0f} ms, slowest "
        + ", ".join(f"{s * 1000:.0f}" for s in slowest)
        + f" ms; typing delay before the search starts: {delay} ms",
    )


def long_case_file(database: object) -> tuple[int, int]:
    """The case whose number of consultations is closest to 50 (and its number)."""
    from sqlalchemy import text

    with database.engine.connect() as connection:  # type: ignore[attr-defined]
        row = connection.execute(
            text(
                "SELECT participant_id, count(*) AS n FROM consultation "
                "WHERE participant_id IS NOT NULL GROUP BY participant_id "
                "ORDER BY abs(count(*) - 50), participant_id LIMIT 1"
            )
        ).one()
    return int(row[0]), int(row[1])


def case_file_figure(folder: Path) -> Figure:
    """Opening a case file with about 50 consultations: services, window built and painted."""
    from PySide6.QtWidgets import QApplication

    from app.ui.case_window import CaseFileWindow

    application = _application()
    assert isinstance(application, QApplication)
    database, actor = _log_in(folder)
    participant_id, consultations = long_case_file(database)
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        window = CaseFileWindow(database, actor, participant_id)  # type: ignore[arg-type]
        window.show()
        window.repaint()
        application.processEvents()
        timings.append(time.perf_counter() - started)
        window.close()
        window.deleteLater()
        application.processEvents()
    database.close()  # type: ignore[attr-defined]
    return Figure(
        f"open a case file with {consultations} consultations",
        min(timings) * 1000,
        80,
        "ms",
        "best of 5: " + ", ".join(f"{s * 1000:.0f}" for s in timings),
    )


def sort_and_scroll_figures(folder: Path) -> list[Figure]:
    """Fälle: a click on each sortable column header (both directions) until the list has
    repainted; then, sorted by last contact, scrolling from the first row to the last as
    the list loads page after page (the slowest page is what the user would see stall)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.ui import launch
    from app.ui.models.cases import CaseTableModel
    from app.ui.pages import cases

    application = _application()
    assert isinstance(application, QApplication)
    database, actor = _log_in(folder)
    page = cases.CasesPage(database, actor)  # type: ignore[arg-type]
    page.resize(1200, 700)
    page.show()
    application.processEvents()
    launch.keep_start_up_objects()  # as the application does once its window is up
    header = page.view.horizontalHeader()
    sorts: dict[str, float] = {}
    for column in CaseTableModel.SORT_KEYS:
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            started = time.perf_counter()
            header.setSortIndicator(column, order)  # what a click on the header does
            page.view.viewport().repaint()
            application.processEvents()
            name = f"{page.model.headerData(column, Qt.Orientation.Horizontal)} {order.name[:3]}"
            sorts[name] = time.perf_counter() - started
    header.setSortIndicator(CaseTableModel.COL_LAST_CONTACT, Qt.SortOrder.DescendingOrder)
    application.processEvents()
    pages: list[float] = []
    scrollbar = page.view.verticalScrollBar()
    while page.model.canFetchMore():
        started = time.perf_counter()
        scrollbar.setValue(scrollbar.maximum())  # the view asks for the next page
        page.view.viewport().repaint()
        application.processEvents()
        pages.append(time.perf_counter() - started)
    rows = page.model.rowCount()
    page.close()
    database.close()  # type: ignore[attr-defined]
    slowest = sorted(sorts.items(), key=lambda item: item[1])[-3:]
    return [
        Figure(
            "sort the case list by a column, click → repainted, slowest",
            max(sorts.values()) * 1000,
            30,
            "ms",
            f"{len(sorts)} sorts; slowest "
            + ", ".join(f"{name} {seconds * 1000:.0f}" for name, seconds in slowest)
            + " ms",
        ),
        Figure(
            "scroll the sorted list to its end, slowest page",
            max(pages) * 1000,
            100,
            "ms",
            f"{rows:,} rows in {len(pages)} pages; median "
            f"{percentile(pages, 0.5) * 1000:.0f} ms (100 ms: a stall the eye sees)",
        ),
    ]
