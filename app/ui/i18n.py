"""Loading translations: Qt's own German strings and Lotse's compiled .qm (package data)."""

import os
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app import resources
from app.services.data_folder import Location, remembered_language

LANGUAGE_ENV = "LOTSE_LANG"
DEFAULT_LANGUAGE = "de"
# English is the source language; German is the translation. Names in their own language.
SUPPORTED = ("de", "en")
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}


def chosen_language(location: Location | None = None) -> str:
    """LOTSE_LANG, else the language chosen on this computer, else the system's.

    A system language Lotse does not speak (yet) gives German.
    """
    wanted = os.environ.get(LANGUAGE_ENV, "").strip().lower()[:2]
    if wanted in SUPPORTED:
        return wanted
    config_file = location.config_file if location is not None else None
    remembered = remembered_language(config_file)
    if remembered is not None and remembered in SUPPORTED:
        return remembered
    return system_language(QLocale.system().uiLanguages())


def current_language(location: Location | None = None) -> str:
    """The language the application shows now (set by ``launch.prepare_application``)."""
    application = QApplication.instance()
    shown = application.property("lotse_language") if application is not None else None
    return shown if isinstance(shown, str) else chosen_language(location)


def system_language(ui_languages: list[str]) -> str:
    """The supported language of the system's first UI language (``de-AT`` → ``de``)."""
    first = ui_languages[0] if ui_languages else ""
    code = first.replace("_", "-").split("-")[0].lower()
    return code if code in SUPPORTED else DEFAULT_LANGUAGE


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
