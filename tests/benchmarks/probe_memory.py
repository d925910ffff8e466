"""Child process: the GUI as a person uses it, then its peak resident memory.

``browse``: log in, open every section of the main window, scroll the case list to its
end, search, open three long case files.
``report KIND FORMAT``: the reports page builds the preview of KIND for the benchmark
year and saves it as FORMAT (xlsx or pdf) the way its save button does.

Prints ``bench.peak_mb``. Run as ``python -m tests.benchmarks.probe_memory DATA_DIR MODE…``.
"""

import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox

from tests.benchmarks.dataset import ESF_PROJECT, YEAR
from tests.benchmarks.lotse_process import ADMIN, PASSWORD, peak_mb

WRITE_TIMEOUT = 300  # seconds: a report not written by then is a failed measurement
# Warnings closed: the error a failed write shows.
warnings: list[str] = []


def close_message_boxes() -> None:
    """Closes a message box from inside its own modal loop (``box.exec()`` runs one
    within the write's finished signal; a loop outside it would wait for ever)."""
    modal = QApplication.activeModalWidget()
    if isinstance(modal, QMessageBox):  # "Report saved": read and closed
        if modal.icon() == QMessageBox.Icon.Warning:
            warnings.append(modal.text())
        modal.done(0)


def settle(application: QApplication, seconds: float = 0.2) -> None:
    ended = time.monotonic() + seconds
    while time.monotonic() < ended:
        application.processEvents()
        time.sleep(0.01)


def browse(application: QApplication, window: object) -> None:
    from sqlalchemy import text

    from app.ui.pages.cases import CasesPage

    for key in [section.key for section in window.sections]:  # type: ignore[attr-defined]
        window.show_section(key)  # type: ignore[attr-defined]
        settle(application)
    window.show_section("cases")  # type: ignore[attr-defined]
    page = window.findChild(CasesPage)  # type: ignore[attr-defined]
    view: QAbstractItemView = page.view
    while view.model().canFetchMore(view.rootIndex()):  # scrolled to the end, page by page
        view.scrollToBottom()
        application.processEvents()
    for word in ("müller", "2026-0"):
        page.search.setText(word)
        page.refresh()
        settle(application)
    # A read connection, closed before the case windows open: they audit each opening,
    # a write that must not wait for this probe's own transaction.
    with window.database.read_connection() as connection:  # type: ignore[attr-defined]
        longest = list(
            connection.execute(
                text(
                    "SELECT participant_id FROM consultation WHERE participant_id IS NOT NULL "
                    "GROUP BY participant_id ORDER BY count(*) DESC, participant_id LIMIT 3"
                )
            ).scalars()
        )
    for participant_id in longest:
        window.open_case(int(participant_id))  # type: ignore[attr-defined]
        settle(application)


def forget_peak() -> None:
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")
    except OSError:
        pass  # elsewhere the peak includes the login


def write_report(application: QApplication, window: object, kind: str, output: str) -> None:
    from app.ui.pages.reports import ReportsPage

    window.show_section("reports")  # type: ignore[attr-defined]
    settle(application)
    page = window.findChild(ReportsPage)  # type: ignore[attr-defined]
    page.kind.setCurrentIndex(page.kind.findData(kind))
    page.project.setCurrentIndex(max(0, page.project.findData(ESF_PROJECT)))
    page.preset.setCurrentIndex(page.preset.findData("year"))
    page.year.setValue(YEAR)
    page.show_preview()
    settle(application)
    target = Path(window.database.location.data_dir) / f"bericht.{output}"  # type: ignore[attr-defined]
    page.write(output, target)
    deadline = time.monotonic() + WRITE_TIMEOUT
    while getattr(page, "last_written", None) != target:
        if warnings:
            raise RuntimeError(f"writing the report failed: {warnings[-1]}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"the report was not written within {WRITE_TIMEOUT} s")
        settle(application, 0.05)


def main() -> int:
    from app.services.auth import log_in
    from app.services.data_folder import resolve
    from app.ui.launch import prepare_application
    from app.ui.main_window import MainWindow

    folder, mode, *rest = sys.argv[1:]
    application = QApplication([])
    prepare_application(application, "de")
    closer = QTimer()
    closer.timeout.connect(close_message_boxes)
    closer.start(50)
    login = log_in(resolve(folder), ADMIN, PASSWORD)
    # The figure is browsing and writing reports, not the login: unlocking the key slot
    # takes argon2id's 128 MiB for a moment (a security parameter), which would set the
    # peak for every probe alike. Linux resets the high-water mark on "5".
    forget_peak()
    window = MainWindow(login.database, login.actor)
    window.show()
    settle(application)
    if mode == "browse":
        browse(application, window)
    else:
        write_report(application, window, *rest)
    print(f"bench.peak_mb={peak_mb():.1f}")
    window.close()
    login.database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
