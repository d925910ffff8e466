"""Translation of service messages.

Messages are written in English and translated with Qt's translator when one
is installed (the GUI installs German); the CLI prints the English source.
``translate`` and ``QT_TRANSLATE_NOOP`` keep Qt's names so that ``pyside6-lupdate``
extracts the texts; here they are typed (PySide6 declares the macro as returning
``object``), so mypy checks every caller.
"""


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the interface language (the English source if none is installed)."""
    # Imported here: the command line's start (``lotse --help``) loads no Qt.
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, source, disambiguation, n)


# The application property that holds the interface language (set by ``ui.launch``).
LANGUAGE_PROPERTY = "lotse_language"


def interface_language(default: str = "de") -> str:
    """The language the GUI speaks now (``ui.i18n`` sets it), for names a service puts in
    a list or a message (countries, languages); ``default`` without a GUI."""
    from PySide6.QtCore import QCoreApplication

    application = QCoreApplication.instance()
    shown = application.property(LANGUAGE_PROPERTY) if application is not None else None
    return shown if isinstance(shown, str) else default


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (lupdate's name)
    """Marks ``source`` for translation in ``context`` and returns it unchanged; the text
    is translated where it is shown, with ``translate(context, source)``."""
    return source


__all__ = ["LANGUAGE_PROPERTY", "QT_TRANSLATE_NOOP", "interface_language", "translate"]
