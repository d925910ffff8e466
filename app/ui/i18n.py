"""Loading translations: Qt's own strings and Lotse's compiled .qm (package data), the
locale that formats dates and numbers, and the layout direction (right to left for
Arabic and Farsi)."""

import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel

from app import resources
from app.domain.interface_languages import (
    DEFAULT_LANGUAGE,
    INTERFACE_LANGUAGES,
    interface_language,
    is_right_to_left,
)
from app.services.data_folder import Location, remembered_language
from app.services.i18n import interface_language as interface_language_shown
from app.ui import formatting

LANGUAGE_ENV = "LOTSE_LANG"
# Pseudo-localisation for developers: LOTSE_TRANSLATION_SCALE=1.4 lengthens every text by
# 40 % (after the translation), to see where a longer language would not fit.
SCALE_ENV = "LOTSE_TRANSLATION_SCALE"
SUPPORTED = INTERFACE_LANGUAGES
# The locale Qt's own widgets (spin boxes, calendars) format with: the club is in Germany,
# so English is CLDR's en_DE; Arabic is Modern Standard Arabic (ar_001), which like
# Babel writes Western digits (Qt's bare "ar" is Egypt's, with Eastern ones). Farsi
# spin boxes show Persian digits, as CLDR's fa does; they accept both kinds.
_QT_LOCALES = {"de": "de_DE", "en": "en_DE", "ar": "ar_001"}


def chosen_language(location: Location | None = None) -> str:
    """LOTSE_LANG, else the language chosen on this computer, else the system's.

    A system language Lotse does not speak (yet) gives German.
    """
    wanted = interface_language(os.environ.get(LANGUAGE_ENV))
    if wanted is not None:
        return wanted
    config_file = location.config_file if location is not None else None
    remembered = remembered_language(config_file)
    if remembered is not None and remembered in SUPPORTED:
        return remembered
    return system_language(QLocale.system().uiLanguages())


def current_language(location: Location | None = None) -> str:
    """The language the application shows now (set by ``launch.prepare_application``)."""
    return interface_language_shown(default="") or chosen_language(location)


def system_language(ui_languages: list[str]) -> str:
    """The supported language of the system's first UI language (``de-AT`` → ``de``)."""
    return interface_language(ui_languages[0] if ui_languages else None) or DEFAULT_LANGUAGE


def install_translators(application: QApplication, language: str) -> list[QTranslator]:
    """Install translators for ``language``; returns them so they stay alive.

    Also sets the locale Qt formats with, the one the tables format with (Babel), and
    the direction of every layout.
    """
    installed: list[QTranslator] = []
    QLocale.setDefault(QLocale(_QT_LOCALES.get(language, language)))
    formatting.set_interface_language(language)
    right_to_left = is_right_to_left(language)
    application.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
    )
    LabelsStartRight.apply(application, right_to_left)
    qt_directory = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # English: Qt's strings are English already; Lotse's file holds the plural forms.
    candidates = [(f"lotse_{language}", str(translations_dir()))]
    if language != "en":
        candidates.insert(0, (f"qtbase_{language}", qt_directory))
    for name, directory in candidates:
        translator = QTranslator(application)
        if translator.load(name, directory):
            application.installTranslator(translator)
            installed.append(translator)
    scale = os.environ.get(SCALE_ENV, "")
    if scale.replace(".", "", 1).isdigit() and float(scale) > 1:
        installed.append(install_pseudo_translator(application, float(scale)))
    return installed


class LabelsStartRight(QObject):
    """Right to left, every label starts at the right, whatever its text.

    Qt mirrors layouts, but a label aligns its text by the text's own direction: a name
    in Latin letters, a date or an empty "—" would sit at the far left of an Arabic
    form, away from its caption. Each label, as it is first shown, gets the absolute
    right alignment instead of the leading one (centred labels stay centred)."""

    _installed: "LabelsStartRight | None" = None

    @classmethod
    def apply(cls, application: QApplication, right_to_left: bool) -> None:
        if right_to_left and cls._installed is None:
            cls._installed = cls(application)
            application.installEventFilter(cls._installed)
        elif not right_to_left and cls._installed is not None:
            application.removeEventFilter(cls._installed)
            cls._installed.deleteLater()
            cls._installed = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Polish and isinstance(watched, QLabel):
            alignment = watched.alignment()
            horizontal = alignment & Qt.AlignmentFlag.AlignHorizontal_Mask
            if horizontal == Qt.AlignmentFlag.AlignLeft and not (
                alignment & Qt.AlignmentFlag.AlignAbsolute
            ):
                watched.setAlignment(
                    (alignment & ~Qt.AlignmentFlag.AlignHorizontal_Mask)
                    | Qt.AlignmentFlag.AlignRight
                    | Qt.AlignmentFlag.AlignAbsolute
                )
        return False


class PseudoTranslator(QTranslator):
    """Every text as the installed translation gives it (or the English source),
    lengthened to ``scale`` times its visible length; placeholders, markup, accelerators
    and line breaks stay as they are. Installed last, so it is asked first."""

    PADDING = "ö"  # a letter of average width, so that a text wraps like words do

    def __init__(self, scale: float, parent: QApplication) -> None:
        super().__init__(parent)
        self.scale = scale
        self.busy = False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if self.busy:
            # Asked again by the translate below: a null string lets the others answer
            # (an empty one would be taken as the translation).
            return None
        self.busy = True
        try:
            translated = QCoreApplication.translate(context, source, disambiguation, n)
        finally:
            self.busy = False
        return self.lengthen(translated)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt name)
        return False

    def lengthen(self, text: str) -> str:
        lines = text.split("\n")
        return "\n".join(line + self._padding(line) for line in lines)

    def _padding(self, line: str) -> str:
        visible = re.sub(r"<[^>]*>|\{\w*\}|%L?\d|%n|&", "", line).strip()
        extra = round(len(visible) * (self.scale - 1))
        return self.PADDING * extra if visible else ""


def install_pseudo_translator(application: QApplication, scale: float) -> PseudoTranslator:
    translator = PseudoTranslator(scale, application)
    application.installTranslator(translator)
    return translator


def translations_dir() -> Path:
    """Where the build put Lotse's compiled translations (``app/resources/translations``)."""
    return resources.path("translations")
