"""Loading translations: Qt's own German strings and Lotse's, from the resource file."""

import os

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

import app.ui.resources_rc  # noqa: F401  (registers the :/ resources)

LANGUAGE_ENV = "LOTSE_LANG"
DEFAULT_LANGUAGE = "de"
SUPPORTED = ("de", "en")


def chosen_language() -> str:
    """German unless LOTSE_LANG asks for English (the source language)."""
    wanted = os.environ.get(LANGUAGE_ENV, DEFAULT_LANGUAGE).strip().lower()[:2]
    return wanted if wanted in SUPPORTED else DEFAULT_LANGUAGE


def install_translators(application: QApplication, language: str) -> list[QTranslator]:
    """Install translators for ``language``; returns them so they stay alive."""
    installed: list[QTranslator] = []
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Germany))
        return installed
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = (
        (f"qtbase_{language}", qt_dir),
        (f":/i18n/lotse_{language}", ""),
    )
    for name, directory in candidates:
        translator = QTranslator(application)
        if translator.load(name, directory) if directory else translator.load(name):
            application.installTranslator(translator)
            installed.append(translator)
    return installed
