"""The year chooser of the Events and Allowances tabs."""

from datetime import date

from PySide6.QtWidgets import QSpinBox, QWidget


def year_spin(parent: QWidget, prefix: str) -> QSpinBox:
    """A spin box from 2000 to 2100 showing this year, with ``prefix`` ("Year ")."""
    spin = QSpinBox(parent)
    spin.setRange(2000, 2100)
    spin.setValue(date.today().year)
    spin.setPrefix(prefix)
    return spin
