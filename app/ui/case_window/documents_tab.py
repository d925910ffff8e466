"""The Dokumente tab of the case window: files kept with the case."""

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain.enums import CaseStatus
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.case_file import CaseFile
from app.services.database import Database
from app.services.documents import Owner, OwnerKind
from app.ui.case_window.case_tab import CaseTab
from app.ui.documents import DocumentsPanel


class DocumentsTab(CaseTab):
    def __init__(
        self, database: Database, actor: Actor, participant_id: int, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.panel = DocumentsPanel(
            database,
            actor,
            Owner(OwnerKind.CASE, participant_id),
            actor.can(Permission.CASES_WRITE),
            self,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)

    def show_case(self, case: CaseFile) -> None:
        # An anonymised case keeps no documents and takes none.
        self.panel.add_button.setEnabled(
            self.panel.add_button.isEnabled() and case.participant.status != CaseStatus.ANONYMISED
        )
        self.panel.refresh()
