"""Asking what to do when a record changed while its form was open.

The service saved nothing and listed the fields where the stored record and the
form differ (``services/row_versions.EditConflict``). The user sees both values of
each field and chooses: save the form anyway, keep the stored version (the form
closes and the window shows what is stored), or go back to the form.
"""

from collections.abc import Callable
from datetime import date, time
from enum import Enum, StrEnum, auto

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.services.row_versions import EditConflict
from app.ui.formatting import show_date
from app.ui.labels import has_label, label


class ConflictChoice(Enum):
    SAVE_MINE = auto()
    KEEP_SAVED = auto()
    BACK = auto()


def shown(value: object) -> str:
    """A stored or typed value as the form would show it."""
    if value is None or value == "" or value == [] or value == ():
        return "—"
    if isinstance(value, bool):
        if value:
            return QApplication.translate("Conflict", "yes")
        return QApplication.translate("Conflict", "no")
    if isinstance(value, StrEnum):
        return label(value) if has_label(value) else value.value
    if isinstance(value, date):
        return show_date(value)
    if isinstance(value, time):
        return f"{value:%H:%M}"
    if isinstance(value, list | tuple):
        return ", ".join(shown(item) for item in value)
    text = str(value)
    return text if len(text) <= 200 else text[:200] + " …"


def details(conflict: EditConflict) -> str:
    lines = []
    for difference in conflict.differences:
        lines.append(
            QApplication.translate(
                "Conflict", "{field}\n    saved now: {saved}\n    yours: {yours}"
            ).format(
                field=difference.label,
                saved=shown(difference.saved),
                yours=shown(difference.yours),
            )
        )
    return "\n".join(lines)


def ask(parent: QWidget, conflict: EditConflict) -> ConflictChoice:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QApplication.translate("Conflict", "Changed in the meantime"),
        conflict.message,
        parent=parent,
    )
    if conflict.differences:
        box.setInformativeText(details(conflict))
    mine = box.addButton(
        QApplication.translate("Conflict", "&Save mine"), QMessageBox.ButtonRole.AcceptRole
    )
    saved = box.addButton(
        QApplication.translate("Conflict", "&Keep the saved version"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    back = box.addButton(
        QApplication.translate("Conflict", "&Back to the form"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(back)
    box.exec()
    clicked = box.clickedButton()
    if clicked is mine:
        return ConflictChoice.SAVE_MINE
    if clicked is saved:
        return ConflictChoice.KEEP_SAVED
    return ConflictChoice.BACK


def save_checked(
    parent: QWidget, save: Callable[[int | None], object], shown_version: int | None
) -> ConflictChoice | None:
    """Run ``save(expected_version)`` with the version the form showed; on a conflict ask,
    and save again over the new version if the user wants theirs. Returns None when
    saved, ``KEEP_SAVED`` when the user keeps the stored record (the form should close
    as if saved, so its window reloads), ``BACK`` to stay in the form."""
    expected = shown_version
    while True:
        try:
            save(expected)
            return None
        except EditConflict as conflict:
            choice = ask(parent, conflict)
            if choice is not ConflictChoice.SAVE_MINE:
                return choice
            expected = conflict.current_version
