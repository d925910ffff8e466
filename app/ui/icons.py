"""Icons from the SVG resources, so they stay sharp on HiDPI screens."""

from PySide6.QtGui import QIcon

import app.ui.resources_rc  # noqa: F401


def icon(name: str) -> QIcon:
    return QIcon(f":/icons/{name}.svg")
