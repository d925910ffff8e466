"""Loading translations: Qt's own German strings and Lotse's compiled .qm (package data)."""

import os
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app import resources

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
    candidates = (
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (f"lotse_{language}", str(translations_dir())),
    )
    for name, directory in candidates:
        translator = QTranslator(application)
        if translator.load(name, directory):
            application.installTranslator(translator)
            installed.append(translator)
    return installed


def translations_dir() -> Path:
    """Where the build put Lotse's compiled translations (``app/resources/translations``)."""
    return resources.path("translations")
