"""Running long work off the GUI thread, with a progress dialog that can cancel it.

The work is a plain function that receives a ``progress(done, total) -> bool``
callback; returning False from it asks the work to stop. Results come back to the GUI
thread through Qt signals; so do failures, which take the one error path of
``ui/problems.py``: a known problem arrives as ``problem(message)`` for the caller to
show where it fits, anything else goes to the crash handler with its traceback.
"""

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.ui.problems import problem_message, report_bug

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, int], bool]], Any]


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Work, signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.cancelled = False

    def report(self, done: int, total: int) -> bool:
        self.signals.progress.emit(done, total)
        return not self.cancelled

    def run(self) -> None:
        try:
            result = self.work(self.report)
        except Exception as error:  # handed to the GUI thread, which decides how to show it
            self._emit(self.signals.failed, error)
            return
        self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the window that asked was closed meanwhile: nobody waits
            log.debug("background result dropped: its window is gone")


class Task(QObject):
    """One run of ``work`` with a modal, cancellable progress dialog."""

    finished = Signal(object)
    # A known problem (``problem_message``), for the caller to show.
    problem = Signal(str)

    def __init__(self, label: str, work: Work, parent: QWidget) -> None:
        super().__init__(parent)
        self.signals = _Signals()
        self.job = _Job(work, self.signals)
        self.job.setAutoDelete(False)
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.canceled.connect(self.cancel)
        self.signals.progress.connect(self._progress)
        self.signals.finished.connect(self._finished)
        self.signals.failed.connect(self._failed)

    def start(self) -> None:
        QThreadPool.globalInstance().start(self.job)

    def cancel(self) -> None:
        self.job.cancelled = True

    def _progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    def _finished(self, result: object) -> None:
        self.dialog.reset()
        self.finished.emit(result)

    def _failed(self, error: object) -> None:
        self.dialog.reset()
        assert isinstance(error, BaseException)
        message = problem_message(error)
        if message is None:
            report_bug(error)
        else:
            log.info("background task refused: %s", type(error).__name__)
            self.problem.emit(message)


class BackgroundRead(QObject):
    """A short reading for something the window shows besides its main content (a
    notice): it runs off the GUI thread without a progress dialog, so the window paints
    and answers meanwhile. A known problem only leaves the notice out (it is logged);
    anything else goes to the crash handler."""

    finished = Signal(object)

    def __init__(self, work: Callable[[], Any], parent: QObject) -> None:
        super().__init__(parent)
        self.signals = _Signals()
        self.job = _Job(lambda _progress: work(), self.signals)
        self.job.setAutoDelete(False)
        self.signals.finished.connect(self.finished)
        self.signals.failed.connect(self._failed)
        QThreadPool.globalInstance().start(self.job)

    def _failed(self, error: object) -> None:
        assert isinstance(error, BaseException)
        if problem_message(error) is None:
            report_bug(error)
        else:
            log.info("background reading refused: %s", type(error).__name__)
