"""Small widget variants that make keyboard entry faster."""

from PySide6.QtWidgets import QDateEdit, QTimeEdit, QWidget


class DateEdit(QDateEdit):
    """Tab leaves the field instead of walking through day, month and year.

    Digits and the arrow keys still change the sections; a fast typist
    should need one Tab per field, as in every other input.
    """

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt names)
        return QWidget.focusNextPrevChild(self, next)


class TimeEdit(QTimeEdit):
    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802
        return QWidget.focusNextPrevChild(self, next)
