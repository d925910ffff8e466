"""A tab of the case window: shows its part of the case file when it is on screen.

The window reads the case file once per reload (one audited reading, which the header
needs anyway) and hands it to every tab; a tab builds its table or text from it only
when it is shown, so a reload after an edit does not rebuild tabs nobody is looking at.
"""

from PySide6.QtWidgets import QWidget

from app.services.case_file import CaseFile
from app.ui.lazy_tab import LazyTab


class CaseTab(LazyTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case: CaseFile | None = None

    def set_case(self, case: CaseFile) -> None:
        """The case file as just read: shown now if the tab is on screen, else when it is."""
        self.case = case
        self.mark_stale()

    def refresh(self) -> None:
        if self.case is not None:
            self.show_case(self.case)

    def show_case(self, case: CaseFile) -> None:
        """Fills the tab from ``case`` (subclasses)."""
        raise NotImplementedError
