"""A tab that reads its data only when someone looks at it.

A page with six tabs used to run every tab's queries whenever anything changed; most of
those tabs were never opened. A lazy tab is *stale* until it has read its data, and
again after ``mark_stale``; it reads when it is shown, or at once if it is on screen.
"""

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class LazyTab(QWidget):
    # The tab saved something: its page marks the tabs that show the same data stale.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stale = True

    def refresh(self) -> None:
        """Runs the tab's queries and shows the result (subclasses)."""
        raise NotImplementedError

    def ensure_loaded(self) -> None:
        """Reads the data if it is stale, whether on screen or not (e.g. to select a row)."""
        if self.stale:
            self.stale = False
            self.refresh()

    def mark_stale(self) -> None:
        """The data may have changed: read again now if on screen, else when next shown."""
        self.stale = True
        if self.isVisible():
            self.ensure_loaded()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        # Before the first paint, so the tab never shows old rows.
        self.ensure_loaded()
        super().showEvent(event)
