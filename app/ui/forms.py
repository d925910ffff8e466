"""Helpers that make dialogs behave like a good desktop program.

``FieldErrors`` shows a service's ValidationError next to the form and marks
the named field; ``UnsavedChangesGuard`` asks before typed input is thrown
away; ``DateField`` takes dates as German users type them and may be empty.
"""

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from app.domain.parsing import parse_date
from app.services.errors import ServiceError, ValidationError


class DateField(QLineEdit):
    """A date typed as TT.MM.JJJJ; empty means no date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("Forms", "DD.MM.YYYY"))
        self.setMaximumWidth(140)

    def value(self, field: str, label: str) -> date | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_date(text)
        except ValueError:
            raise ValidationError(
                field,
                QCoreApplication.translate(
                    "Forms", "{label}: '{value}' is not a date. Use DD.MM.YYYY."
                ).format(label=label, value=text),
            ) from None

    def set_value(self, value: date | None) -> None:
        self.setText(value.strftime("%d.%m.%Y") if value else "")


class FieldErrors:
    """One error label under a form; the field in error gets a red frame and the focus."""

    def __init__(self, label: QLabel, fields: dict[str, QWidget]) -> None:
        self.label = label
        self.fields = fields
        self.label.setObjectName("errorLabel")
        self.label.setWordWrap(True)
        self.label.hide()
        self.marked: QWidget | None = None

    def show(self, error: ServiceError) -> None:
        self.clear()
        self.label.setText(error.message)
        self.label.show()
        widget = self.fields.get(error.field) if isinstance(error, ValidationError) else None
        if widget is not None:
            widget.setProperty("invalid", True)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            widget.setFocus()
            self.marked = widget

    def clear(self) -> None:
        self.label.hide()
        if self.marked is not None:
            self.marked.setProperty("invalid", False)
            self.marked.style().unpolish(self.marked)
            self.marked.style().polish(self.marked)
            self.marked = None


class UnsavedChangesGuard:
    """Remembers whether the user changed anything in a dialog's inputs."""

    def __init__(self, dialog: QDialog) -> None:
        self.dialog = dialog
        self.dirty = False

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(self.mark)
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(self.mark)
            elif isinstance(widget, QComboBox):
                widget.activated.connect(self.mark)
            else:
                for signal_name in (
                    "toggled",
                    "valueChanged",
                    "dateChanged",
                    "timeChanged",
                    "itemChanged",
                ):
                    signal = getattr(widget, signal_name, None)
                    if signal is not None:
                        signal.connect(self.mark)
                        break

    def mark(self, *_args: object) -> None:
        self.dirty = True

    def may_discard(self) -> bool:
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self.dialog,
            QCoreApplication.translate("Forms", "Discard changes?"),
            QCoreApplication.translate(
                "Forms", "You have entered something that is not saved yet. Discard it?"
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard


def save_cancel_buttons(dialog: QDialog, save_text: str | None = None) -> QDialogButtonBox:
    """Save (the default button, text overridable) and Cancel, wired to accept/reject."""
    buttons = QDialogButtonBox(dialog)
    text = save_text or QCoreApplication.translate("Dialogs", "&Save")
    save = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
    save.setDefault(True)
    cancel = QCoreApplication.translate("Dialogs", "Cancel")
    buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
