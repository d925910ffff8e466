"""Windows open where they were last closed, and always on a screen that exists.

A laptop that was used with a large external monitor would otherwise open Lotse
half off its own screen; the remembered place is moved and shrunk into the
available area of the screen it lands on.
"""

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def available_area(window: QWidget) -> QRect | None:
    """The part of the window's screen not taken by task bars and docks."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def clamp_to_screen(window: QWidget) -> None:
    """Shrink and move ``window`` so that it lies wholly on its screen's available area."""
    area = available_area(window)
    if area is None:
        return
    frame = window.frameGeometry()
    extra = QSize(frame.width() - window.width(), frame.height() - window.height())
    width = min(window.width(), area.width() - extra.width())
    height = min(window.height(), area.height() - extra.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
        frame = window.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - frame.height())
    window.move(max(x, area.left()), max(y, area.top()))


class WindowState:
    """Remembers the geometry of windows by name in an INI file."""

    def __init__(self, path: Path) -> None:
        self.settings = QSettings(str(path), QSettings.Format.IniFormat)

    def restore(self, window: QWidget, name: str, default: QSize) -> None:
        stored = self.settings.value(f"{name}/geometry")
        if not (isinstance(stored, QByteArray) and window.restoreGeometry(stored)):
            window.resize(default)
        clamp_to_screen(window)

    def save(self, window: QWidget, name: str) -> None:
        self.settings.setValue(f"{name}/geometry", window.saveGeometry())
        self.settings.sync()
