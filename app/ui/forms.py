"""Helpers that make dialogs behave like a good desktop program.

``FieldErrors`` shows every problem of a ValidationError next to its field and
clears a field's mark as soon as the field is edited; ``UnsavedChangesGuard``
asks before typed input is thrown away; ``DateField`` takes dates as people
type them, with a calendar to pick from, and may be empty.
"""

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from app.domain.formatting import format_date
from app.domain.parsing import parse_typed_date
from app.services.errors import ServiceError, ValidationError
from app.ui.icons import icon


class DateField(QLineEdit):
    """A date typed as 31.12.2027, 31.12.27, 31.12. or 2027-12-31, or picked from a
    calendar (the button, Alt+Down or F4); empty means no date.

    When the field is left, a date it understood is shown in full (so "1.5.85"
    visibly becomes 01.05.1985); text it does not understand stays as typed and
    is reported when the form is saved, never replaced by another date. ``past``
    reads a two-digit year as lying in the past (birth dates).
    """

    date_changed = Signal()
    """The date read from the field changed (also to or from "no date")."""

    def __init__(
        self, parent: QWidget | None = None, value: date | None = None, past: bool = False
    ) -> None:
        super().__init__(parent)
        self.past = past
        self._last: date | None = None
        self.textChanged.connect(self._announce)
        self.setPlaceholderText(QCoreApplication.translate("Forms", "DD.MM.YYYY"))
        self.setMaximumWidth(150)
        self.calendar_action = self.addAction(
            icon("calendar"), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendar_action.setToolTip(QCoreApplication.translate("Forms", "Choose from calendar"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.editingFinished.connect(self.normalise)
        self.set_value(value)

    def parsed(self) -> date | None:
        """The date in the field, or None when it is empty or not a date."""
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_typed_date(text, date.today(), self.past)
        except ValueError:
            return None

    def value(self, field: str, label: str) -> date | None:
        """The date, None when empty; raises ValidationError naming ``label`` otherwise."""
        text = self.text().strip()
        if not text:
            return None
        parsed = self.parsed()
        if parsed is None:
            raise ValidationError(
                field,
                QCoreApplication.translate(
                    "Forms", "{label}: '{value}' is not a date. Use DD.MM.YYYY, e.g. 31.12.2027."
                ).format(label=label, value=text),
            )
        return parsed

    def required(self, field: str, label: str) -> date:
        """Like ``value`` but an empty field is an error too."""
        chosen = self.value(field, label)
        if chosen is None:
            raise ValidationError(
                field,
                QCoreApplication.translate("Forms", "{label}: please enter a date.").format(
                    label=label
                ),
            )
        return chosen

    def set_value(self, value: date | None) -> None:
        self.setText(format_date(value) if value else "")

    def canonical_text(self) -> str:
        """The date in full (31.12.2027) when the field holds one, else the text as typed,
        for services that read and check date text themselves."""
        parsed = self.parsed()
        return format_date(parsed) if parsed is not None else self.text()

    def _announce(self) -> None:
        parsed = self.parsed()
        if parsed != self._last:
            self._last = parsed
            self.date_changed.emit()

    def normalise(self) -> None:
        parsed = self.parsed()
        if parsed is not None and self.text() != format_date(parsed):
            self.setText(format_date(parsed))
            self.textEdited.emit(self.text())

    def open_calendar(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setGridVisible(True)
        current = self.parsed() or date.today()
        calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def chosen(day: QDate) -> None:
            self.set_value(date(day.year(), day.month(), day.day()))
            self.textEdited.emit(self.text())
            menu.close()

        calendar.activated.connect(chosen)
        calendar.clicked.connect(chosen)
        calendar.setFocus()
        menu.exec(self.mapToGlobal(self.rect().bottomLeft()))
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        alt_down = (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return
        super().keyPressEvent(event)


def _contains(item: QLayoutItem | None, widget: QWidget) -> bool:
    """Whether a layout item is ``widget`` or a layout holding it at any depth."""
    if item is None:
        return False
    if item.widget() is widget:
        return True
    layout = item.layout()
    if layout is None:
        return False
    return any(_contains(layout.itemAt(index), widget) for index in range(layout.count()))


def _form_row(widget: QWidget) -> tuple[QFormLayout, int] | None:
    """The QFormLayout row that holds ``widget`` (directly or inside a plain container)."""
    current: QWidget | None = widget
    while current is not None:
        parent = current.parentWidget()
        if parent is None:
            return None
        top = parent.layout()
        layouts: list[QLayout] = [top] if top is not None else []
        while layouts:
            layout = layouts.pop()
            if isinstance(layout, QFormLayout):
                for row in range(layout.rowCount()):
                    item = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
                    if _contains(item, current):
                        return layout, row
            for index in range(layout.count()):
                item = layout.itemAt(index)
                child = item.layout() if item is not None else None
                if child is not None:
                    layouts.append(child)
        # Climb out of plain containers only (a row of widgets), not group boxes or tabs.
        if type(parent) is not QWidget:
            return None
        current = parent
    return None


class FieldErrors:
    """Shows a form's problems: each message right under its field, the field framed in
    red, and a summary line above the buttons. A field's mark goes as soon as it is
    edited. ``anchors`` names, for fields sitting in a row of small widgets, the widget
    under which their message reads best (fields sharing an anchor share its line)."""

    def __init__(
        self,
        label: QLabel,
        fields: dict[str, QWidget],
        anchors: dict[str, QWidget] | None = None,
    ) -> None:
        self.label = label
        self.fields: dict[str, QWidget] = {}
        self.anchors: dict[str, QWidget] = dict(anchors or {})
        self.label.setObjectName("errorLabel")
        self.label.setWordWrap(True)
        self.label.hide()
        self.messages: dict[QWidget, QLabel] = {}  # anchor -> the line under it
        self.marked: dict[str, tuple[QWidget, str]] = {}  # field -> (widget, message)
        self.problems: list[str] = []
        self._watched: set[QWidget] = set()
        self.set_fields(fields)

    def set_fields(self, fields: dict[str, QWidget]) -> None:
        """The fields by the names services use (a grid whose cells change meaning can
        set them anew)."""
        self.clear()
        self.fields = dict(fields)
        for widget in self.fields.values():
            self._watch(widget)

    def add_field(self, name: str, widget: QWidget) -> None:
        """A field added to the form later (a new row in a list of inputs)."""
        self.fields[name] = widget
        self._watch(widget)

    def message_for(self, field: str) -> QLabel | None:
        """The line that shows ``field``'s problem, if it has been placed."""
        widget = self.fields.get(field)
        if widget is None:
            return None
        return self.messages.get(self.anchors.get(field, widget))

    def _watch(self, widget: QWidget) -> None:
        if widget in self._watched:
            return
        self._watched.add(widget)

        def fixed(*_args: object) -> None:
            self.clear_widget(widget)

        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(fixed)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(fixed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(fixed)
            if widget.isEditable():
                widget.editTextChanged.connect(fixed)
        elif isinstance(widget, QAbstractSpinBox):
            widget.editingFinished.connect(fixed)
            value_changed = getattr(widget, "valueChanged", None)
            if value_changed is not None:
                value_changed.connect(fixed)
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(fixed)
        elif isinstance(widget, QListWidget):
            widget.itemChanged.connect(fixed)

    def text(self) -> str:
        """Every message shown, one per line (for tests and screen readers)."""
        return "\n".join(self.problems)

    def show(self, error: ServiceError) -> None:
        self.clear()
        problems = error.problems if isinstance(error, ValidationError) else [("", error.message)]
        # In the order of the form, so focus goes to the topmost field in error.
        order = {name: index for index, name in enumerate(self.fields)}
        problems = sorted(problems, key=lambda problem: order.get(problem[0], len(order)))
        self.problems = [message for _, message in problems]
        unplaced: list[str] = []
        first: QWidget | None = None
        for field, message in problems:
            widget = self.fields.get(field)
            if widget is None or field in self.marked:
                unplaced.append(message)
                continue
            self._mark(field, widget, message)
            first = first or widget
        if self.marked:
            summary = QCoreApplication.translate(
                "Forms", "Please correct the %n marked field(s).", "", len(self.marked)
            )
            self.label.setText("\n".join([*unplaced, summary]))
        else:
            self.label.setText("\n".join(unplaced))
        self.label.show()
        if first is not None:
            first.setFocus()
            self._scroll_to(first)

    def _mark(self, field: str, widget: QWidget, message: str) -> None:
        _set_invalid(widget, True)
        widget.setAccessibleDescription(message)
        self.marked[field] = (widget, message)
        self._update_line(self.anchors.get(field, widget))

    def _update_line(self, anchor: QWidget) -> None:
        """Shows under ``anchor`` the messages of every marked field placed there."""
        messages = [
            message
            for field, (widget, message) in self.marked.items()
            if self.anchors.get(field, widget) is anchor
        ]
        label = self.messages.get(anchor)
        if label is None:
            if not messages:
                return
            label = self._place(anchor)
            self.messages[anchor] = label
        label.setText("\n".join(messages))
        self._set_visible(label, bool(messages))

    def _place(self, anchor: QWidget) -> QLabel:
        label = QLabel()
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        found = _form_row(anchor)
        if found is not None:
            form, row = found
            form.insertRow(row + 1, "", label)
            return label
        parent = anchor.parentWidget()
        layout = parent.layout() if parent is not None else None
        if parent is None or layout is None:
            return label  # never shown; the summary line still names the problem
        shown = anchor.isVisibleTo(parent)
        box = QWidget(parent)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        layout.replaceWidget(anchor, box)
        column.addWidget(anchor)
        column.addWidget(label)
        box.setVisible(shown)
        return label

    @staticmethod
    def _set_visible(label: QLabel, visible: bool) -> None:
        found = _form_row(label) if label.parentWidget() is not None else None
        if found is not None:
            form, _row = found
            form.setRowVisible(label, visible)
        label.setVisible(visible)

    @staticmethod
    def _scroll_to(widget: QWidget) -> None:
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(widget)
                return
            parent = parent.parentWidget()

    def clear_widget(self, widget: QWidget) -> None:
        for field, (marked, _message) in list(self.marked.items()):
            if marked is widget:
                self.clear_field(field)

    def clear_field(self, field: str) -> None:
        entry = self.marked.pop(field, None)
        if entry is None:
            return
        widget, message = entry
        if not any(other is widget for other, _ in self.marked.values()):
            _set_invalid(widget, False)
            widget.setAccessibleDescription("")
        if message in self.problems:
            self.problems.remove(message)
        self._update_line(self.anchors.get(field, widget))
        if not self.marked:
            self.label.hide()

    def clear(self) -> None:
        for field in list(self.marked):
            self.clear_field(field)
        self.problems = []
        self.label.hide()


def _set_invalid(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


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
