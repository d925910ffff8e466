"""Translation of service messages.

Messages are written in English and translated with Qt's translator when one
is installed (the GUI installs German); the CLI prints the English source.
``translate`` keeps its name so that ``pyside6-lupdate`` extracts the texts.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate

__all__ = ["QT_TRANSLATE_NOOP", "translate"]
