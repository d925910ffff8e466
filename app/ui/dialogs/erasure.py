""" "Löschen" in the case window: erasure on request (Art. 17 GDPR), with its ground.

While an ESF project must keep the person's data, the dialog says so before anything
is done (the legal obligation and until when) and offers what is allowed instead:
removing what the project does not need. The work (and rebuilding the database file
so nothing of the old text lingers) runs off the GUI thread.
"""

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ErasureGround
from app.services.actor import Actor
from app.services.database import Database
from app.services.errors import ServiceError
from app.services.privacy import (
    check_ground,
    erase_case,
    erasure_obstacles,
    refusal_message,
    restrict_case,
)
from app.ui.forms import FieldErrors
from app.ui.labels import question_combo
from app.ui.tasks import Task


class ErasureDialog(QDialog):
    """Erase a case entirely, or (under ESF retention) remove what is not needed.

    ``erased`` is the erased case number afterwards; ``restricted`` is True when only
    what the project does not need was removed."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        participant_id: int,
        case_number: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.participant_id = participant_id
        self.erased: str | None = None
        self.restricted = False
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Delete case {case}").format(case=case_number))
        self.obstacles = erasure_obstacles(database, actor, participant_id)

        intro = QLabel(
            self.tr(
                "The person asked for their data to be erased (Art. 17 GDPR). Choose the "
                "ground of the request."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.ground = question_combo(self, ErasureGround)
        self.ground.setMinimumContentsLength(40)
        ground_label = QLabel(self.tr("&Ground:"), self)
        ground_label.setBuddy(self.ground)
        form = QFormLayout()
        form.addRow(ground_label, self.ground)

        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setObjectName("warningBanner" if self.obstacles else "")
        self.confirm_box = QCheckBox(self)
        self.error_label = QLabel(self)
        self.errors = FieldErrors(self.error_label, {"ground": self.ground})
        buttons = QDialogButtonBox(self)
        if self.obstacles:
            self.explanation.setText(refusal_message(self.obstacles, refused=False))
            self.confirm_box.setText(
                self.tr("I have told the person why their data must be &kept.")
            )
            self.action_button = QPushButton(self.tr("&Remove what is not needed"), self)
        elif self.database.location.server is not None:
            # On a server the backups are its administrator's, not the data folder's.
            self.explanation.setText(
                self.tr(
                    "Everything about the person is erased for good: the case file, "
                    "consultations and notes, projects, follow-ups, consents, tandems and "
                    "drafts; hours volunteers gave with them stay without the link. The "
                    "server's own backups still hold the data until they are replaced: tell "
                    "whoever runs the server. The audit trail keeps only that the case "
                    "number was erased, by whom, when and on which ground."
                )
            )
        else:
            self.explanation.setText(
                self.tr(
                    "Everything about the person is erased for good: the case file, "
                    "consultations and notes, projects, follow-ups, consents, tandems and "
                    "drafts; hours volunteers gave with them stay without the link. The "
                    "backups in the data folder are replaced by a new one; copies elsewhere "
                    "(USB sticks) still hold the data until they are replaced. The audit "
                    "trail keeps only that the case number was erased, by whom, when and on "
                    "which ground."
                )
            )
        if not self.obstacles:
            self.confirm_box.setText(self.tr("I understand that this cannot be &undone."))
            self.action_button = QPushButton(self.tr("&Erase for good"), self)
        self.action_button.setEnabled(False)
        self.confirm_box.toggled.connect(self.action_button.setEnabled)
        buttons.addButton(self.action_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self.action_button.clicked.connect(self.carry_out)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.explanation)
        layout.addWidget(self.confirm_box)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)

    def carry_out(self) -> None:
        self.errors.clear()
        try:
            ground = check_ground(self.ground.currentData())
        except ServiceError as error:
            self.errors.show(error)
            return
        database, actor, participant_id = self.database, self.actor, self.participant_id
        restrict = bool(self.obstacles)

        def work(_progress: Callable[[int, int], bool]) -> str | None:
            if restrict:
                restrict_case(database, actor, participant_id, ground)
                return None
            return erase_case(database, actor, participant_id, ground)

        self.action_button.setEnabled(False)
        label = self.tr("Removing …") if restrict else self.tr("Erasing …")
        self.task = Task(label, work, self)
        self.task.finished.connect(self.work_done)
        self.task.problem.connect(self.failed)
        self.task.start()

    def work_done(self, result: object) -> None:
        if result is None:
            self.restricted = True
        else:
            self.erased = str(result)
        self.accept()

    def failed(self, message: str) -> None:
        self.action_button.setEnabled(self.confirm_box.isChecked())
        QMessageBox.warning(self, self.windowTitle(), message)
