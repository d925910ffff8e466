"""First contact, right after a new case is saved: the Art. 13 information notice and
the consents the club asks, with the forms to print.

Nothing is chosen in advance: the notice stays unanswered until "handed over today" or
"later" is chosen, and each consent stays "not answered" until the person gave it in
one of the ways offered. Only answers are recorded; "later" and "not answered" record
nothing (the case window's banner keeps reminding of the notice).
"""

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ConsentForm, ConsentKind
from app.services.actor import Actor
from app.services.consents import (
    ConsentAnswer,
    consent_kinds_used,
    list_partners,
    record_first_contact,
)
from app.services.database import Database
from app.services.errors import ServiceError
from app.services.notices import first_contact_versions
from app.ui.labels import fill_combo, label
from app.ui.notice_printing import FormPrinter


class FirstContactDialog(QDialog):
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
        self.setWindowTitle(self.tr("Information and consent – {case}").format(case=case_number))
        self.printer = FormPrinter(database, actor, participant_id, case_number, self)
        self.resize(680, 0)

        intro = QLabel(
            self.tr(
                "Hand over the data protection information and ask for the consents the club "
                "uses. Record only what the person said: a consent that was not asked stays "
                "\u201cnot answered\u201d."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.notice_button = QPushButton(self.tr("Print &information notice …"), self)
        self.consent_button = QPushButton(self.tr("Print consent &form …"), self)
        self.notice_button.clicked.connect(self.printer.print_notice)
        self.consent_button.clicked.connect(self.printer.print_consent_form)
        printing = QHBoxLayout()
        printing.addWidget(self.notice_button)
        printing.addWidget(self.consent_button)
        printing.addStretch()

        notice = QGroupBox(self.tr("Information notice (Art. 13 GDPR)"), self)
        self.notice_today = QRadioButton(self.tr("Handed over &today"), notice)
        self.notice_later = QRadioButton(self.tr("&Later"), notice)
        self.notice_group = QButtonGroup(self)
        for button in (self.notice_today, self.notice_later):
            self.notice_group.addButton(button)
        notice_row = QHBoxLayout(notice)
        notice_row.addWidget(self.notice_today)
        notice_row.addWidget(self.notice_later)
        notice_row.addStretch()

        consents = QGroupBox(self.tr("Consents"), self)
        form = QFormLayout(consents)
        # (kind, partner id, combo) for each consent asked.
        self.answers: list[tuple[ConsentKind, int | None, QComboBox]] = []
        for kind in consent_kinds_used(database):
            self._add_consent_row(form, label(kind), kind, None)
        for partner in list_partners(database, active_only=True):
            text = self.tr("pass contact data to {partner}").format(partner=partner.name)
            self._add_consent_row(form, text, ConsentKind.PARTNER_TRANSFER, partner.id)
        if not self.answers:
            form.addRow(QLabel(self.tr("The club asks for no consents."), consents))

        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(self)
        save = buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setDefault(True)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(printing)
        layout.addWidget(notice)
        layout.addWidget(consents)
        layout.addWidget(self.error)
        layout.addStretch()
        layout.addWidget(buttons)

    def _add_consent_row(
        self, form: QFormLayout, text: str, kind: ConsentKind, partner_id: int | None
    ) -> None:
        combo = QComboBox(self)
        fill_combo(combo, ConsentForm, self.tr("— not answered —"))
        caption = QLabel(text + ":", self)
        caption.setBuddy(combo)
        combo.setAccessibleName(text)
        form.addRow(caption, combo)
        self.answers.append((kind, partner_id, combo))

    def chosen(self) -> list[ConsentAnswer]:
        return [
            ConsentAnswer(kind, combo.currentData(), partner_id)
            for kind, partner_id, combo in self.answers
            if combo.currentData() is not None
        ]

    def accept(self) -> None:
        answers = self.chosen()
        handed_over = self.notice_today.isChecked()
        if handed_over or answers:
            try:
                notice_version, consent_version = first_contact_versions(
                    self.database, self.actor, self.participant_id
                )
                record_first_contact(
                    self.database, self.actor, self.participant_id, handed_over, answers,
                    notice_version, consent_version,
                )  # fmt: skip
            except ServiceError as error:
                self.error.setText(error.message)
                self.error.show()
                return
        super().accept()
