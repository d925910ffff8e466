"""The user manual: German HTML shipped in ``app/resources/manual``, shown in a Qt window.

F1 opens it where the user is: in the main window at the chapter of the section on
screen (``MainWindow.help_topic``), in a dialog or the case window at the chapter about
it (``WINDOW_TOPICS``), anywhere else at the contents. The main window's Help menu
holds the F1 action; every other window gets its F1 shortcut from ``HelpKey`` the
first time it takes the focus, so no dialog needs code of its own.

Links between pages of the manual stay in the window (back, forward, contents); links
to web sites open in the system browser. Screenshots wider than the text column are
scaled down smoothly, at the screen's full resolution.
"""

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QImage,
    QKeySequence,
    QShortcut,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QStyle,
    QTextBrowser,
    QToolBar,
    QWidget,
)

from app import resources
from app.ui.icons import icon

INDEX = "index.html"
# The chapter of each sidebar section (MainWindow.help_topic).
SECTION_TOPICS = {
    "overview": "erster-start.html#hauptfenster",
    "cases": "beratung.html#fall-finden",
    "consultations": "beratung.html#beratungsliste",
    "appointments": "beratung.html#termine",
    "courses": "beratung.html#kurse",
    "volunteers": "ehrenamt.html",
    "reports": "berichte.html",
    "settings": "verwaltung.html",
    "own-hours": "ehrenamt.html#meine-stunden",  # a volunteer's start page and hours
}
# The chapter about a window or dialog, by its class name; other windows use the
# topic of the window they belong to, and at last the contents.
WINDOW_TOPICS = {
    "FirstRunWizard": "erster-start.html#assistent",
    "LoginDialog": "erster-start.html#anmelden",
    "ChangePasswordDialog": "erster-start.html#passwort",
    "CaseFileWindow": "beratung.html#fallakte",
    "CaseFormDialog": "beratung.html#neuer-fall",
    "ConsultationDialog": "beratung.html#beratung-erfassen",
    "AppointmentDialog": "beratung.html#termine",
    "FollowUpDialog": "beratung.html#wiedervorlagen",
    "EnrollmentDialog": "beratung.html#projekt",
    "CourseDialog": "beratung.html#kurse",
    "SessionDialog": "beratung.html#kurse",
    "EnrolDialog": "beratung.html#kurse",
    "ExitDialog": "beratung.html#austritt",
    "CloseCaseDialog": "beratung.html#austritt",
    "SixMonthDialog": "beratung.html#austritt",
    "MergeDialog": "beratung.html#korrekturen",
    "VolunteerDialog": "ehrenamt.html#ehrenamtliche",
    "HoursDialog": "ehrenamt.html#stunden",
    "WeekDialog": "ehrenamt.html#stunden",
    "TandemDialog": "ehrenamt.html#tandems",
    "TandemStatusDialog": "ehrenamt.html#tandems",
    "EventDialog": "ehrenamt.html#veranstaltungen",
    "PaymentDialog": "ehrenamt.html#pauschalen",
    "DeclarationDialog": "ehrenamt.html#pauschalen",
    "TimesheetDialog": "ehrenamt.html#stundennachweise",
    "UserDialog": "verwaltung.html#benutzer",
    "ResetPasswordDialog": "verwaltung.html#benutzer",
    "ProjectDialog": "verwaltung.html#projekte",
    "ExitReasonDialog": "verwaltung.html#projekte",
    "SupportedOrganisationDialog": "verwaltung.html#projekte",
    "ImportAssistant": "verwaltung.html#tabellen",
    "EntryDialog": "verwaltung.html#listen",
    "AboutDialog": INDEX,
    "UnlockDialog": "erster-start.html#sperre",
    "RecoverPasswordDialog": "datensicherung.html#notfallschluessel",
    "RecoveryKeyDialog": "datensicherung.html#notfallschluessel",
    "AuditViewer": "datenschutz.html#protokoll",
    "FirstContactDialog": "datenschutz.html#erstkontakt",
    "WithdrawDialog": "datenschutz.html#widerruf",
    "PartnerDialog": "datenschutz.html#partner",
    "RecordsOfProcessingDialog": "datenschutz.html#verzeichnis",
}
# Screenshots are shown at most this wide (logical pixels), so the text beside them
# stays readable without scrolling sideways.
IMAGE_WIDTH = 880


def manual_dir() -> Path:
    """The folder of the manual's pages and images (package data)."""
    return resources.path("manual")


def topic_url(topic: str) -> QUrl:
    """``"beratung.html#fallakte"`` as a file URL into the shipped manual."""
    page, _, anchor = topic.partition("#")
    url = QUrl.fromLocalFile(str(manual_dir() / page))
    if anchor:
        url.setFragment(anchor)
    return url


def topic_for(widget: QWidget) -> str:
    """The chapter for F1 in ``widget``'s window: its own, else its owner's, else contents."""
    window: QWidget | None = widget.window()
    while window is not None:
        own = getattr(window, "help_topic", None)
        if callable(own):
            chosen = own()
            if isinstance(chosen, str):
                return chosen
        if type(window).__name__ in WINDOW_TOPICS:
            return WINDOW_TOPICS[type(window).__name__]
        parent = window.parentWidget()
        window = parent.window() if parent is not None else None
    return INDEX


class ManualBrowser(QTextBrowser):
    """A text browser that fits wide screenshots into the text column."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 (Qt name)
        name = QUrl(name) if isinstance(name, str) else name
        url = self.source().resolved(name) if name.isRelative() else name
        if kind == QTextDocument.ResourceType.ImageResource and url.isLocalFile():
            image = QImage(url.toLocalFile())
            if not image.isNull():
                return fitted(image, self.devicePixelRatioF())
        return super().loadResource(kind, name)


def fitted(image: QImage, ratio: float) -> QImage:
    """``image`` shown at most ``IMAGE_WIDTH`` wide, sharp on a screen of pixel ``ratio``."""
    if image.width() <= IMAGE_WIDTH:
        return image
    ratio = max(ratio, 1.0)
    if image.width() > IMAGE_WIDTH * ratio:
        image = image.scaledToWidth(
            round(IMAGE_WIDTH * ratio), Qt.TransformationMode.SmoothTransformation
        )
    image.setDevicePixelRatio(image.width() / IMAGE_WIDTH)
    return image


class HelpWindow(QMainWindow):
    """The manual with back, forward, contents and search in the page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowIcon(icon("lotse"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.browser = ManualBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("User manual"))
        self.browser.document().setDocumentMargin(18)
        self.browser.sourceChanged.connect(self._show_title)
        self.setCentralWidget(self.browser)

        style = self.style()
        self.back_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), self.tr("Back"), self
        )
        self.back_action.setShortcut(QKeySequence.StandardKey.Back)
        self.back_action.setToolTip(self.tr("Back (Alt+Left)"))
        self.back_action.setEnabled(False)
        self.back_action.triggered.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_action.setEnabled)
        self.forward_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward), self.tr("Forward"), self
        )
        self.forward_action.setShortcut(QKeySequence.StandardKey.Forward)
        self.forward_action.setToolTip(self.tr("Forward (Alt+Right)"))
        self.forward_action.setEnabled(False)
        self.forward_action.triggered.connect(self.browser.forward)
        self.browser.forwardAvailable.connect(self.forward_action.setEnabled)
        self.contents_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon), self.tr("Contents"), self
        )
        self.contents_action.setShortcut(QKeySequence("Alt+Home"))
        self.contents_action.setToolTip(self.tr("Table of contents (Alt+Home)"))
        self.contents_action.triggered.connect(self.show_contents)

        self.find_field = QLineEdit(self)
        self.find_field.setPlaceholderText(self.tr("Find in this page (Ctrl+F)"))
        self.find_field.setAccessibleName(self.tr("Find in this page"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.setMaximumWidth(260)
        self.find_field.returnPressed.connect(self.find_next)
        self.find_field.textEdited.connect(self._find_from_start)
        self.find_message = QLabel(self)
        self.find_message.setObjectName("hint")

        toolbar = QToolBar(self.tr("Navigation"), self)
        toolbar.setObjectName("helpToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.back_action)
        toolbar.addAction(self.forward_action)
        toolbar.addAction(self.contents_action)
        toolbar.addSeparator()
        toolbar.addWidget(self.find_field)
        toolbar.addWidget(self.find_message)
        self.addToolBar(toolbar)

        for sequence, slot in (
            (QKeySequence.StandardKey.Find, self.focus_find),
            (QKeySequence.StandardKey.FindNext, self.find_next),
            (QKeySequence.StandardKey.FindPrevious, self.find_previous),
            (QKeySequence.StandardKey.ZoomIn, self.browser.zoomIn),
            (QKeySequence("Ctrl+="), self.browser.zoomIn),
            (QKeySequence.StandardKey.ZoomOut, self.browser.zoomOut),
            (QKeySequence.StandardKey.Close, self.close),
            (QKeySequence("Esc"), self.close),
        ):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.activated.connect(slot)
        self.resize(self._fitting_size())

    def _fitting_size(self) -> QSize:
        wanted = QSize(IMAGE_WIDTH + 120, 780)
        screen = self.screen()
        if screen is None:
            return wanted
        room = screen.availableGeometry().size() * 0.9
        return wanted.boundedTo(room)

    # -- showing -------------------------------------------------------------------
    def show_topic(self, topic: str) -> None:
        """Open ``topic`` (``page.html`` or ``page.html#anchor``) and bring the window up."""
        self.browser.setSource(topic_url(topic))
        self.show()
        self.raise_()
        self.activateWindow()

    def show_contents(self) -> None:
        self.browser.setSource(topic_url(INDEX))

    def _show_title(self) -> None:
        title = self.browser.documentTitle()
        self.setWindowTitle(title or self.tr("Lotse user manual"))
        self.find_message.clear()

    # -- finding ---------------------------------------------------------------------
    def focus_find(self) -> None:
        self.find_field.setFocus()
        self.find_field.selectAll()

    def _find_from_start(self) -> None:
        cursor = self.browser.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self.browser.setTextCursor(cursor)
        self.find_next()

    def find_next(self) -> None:
        self._find(backward=False)

    def find_previous(self) -> None:
        self._find(backward=True)

    def _find(self, backward: bool) -> None:
        """Find the text of the search field; at the end of the page start again."""
        text = self.find_field.text()
        self.find_field.setProperty("invalid", False)
        self.find_message.clear()
        if not text:
            self._restyle()
            return
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if not self.browser.find(text, flags):
            cursor = self.browser.textCursor()
            cursor.movePosition(
                QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
            )
            self.browser.setTextCursor(cursor)
            if not self.browser.find(text, flags):
                self.find_field.setProperty("invalid", True)
                self.find_message.setText(self.tr("Not found"))
        self._restyle()

    def _restyle(self) -> None:
        self.find_field.style().unpolish(self.find_field)
        self.find_field.style().polish(self.find_field)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """The manual closes with the window it belongs to (see ``show_manual``)."""
        if watched is self.parent() and event.type() == QEvent.Type.Hide:
            self.close()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        self.find_field.clear()
        super().closeEvent(event)


def show_manual(topic: str = INDEX, over: QWidget | None = None) -> HelpWindow:
    """Show the manual at ``topic`` for the window of ``over``.

    The manual window belongs to that window (one per window, reused): it closes with
    it, and it stays usable while that window is a modal dialog.
    """
    owner = over.window() if over is not None else None
    window = (
        owner.findChild(HelpWindow, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if owner is not None
        else None
    )
    if window is None:
        window = HelpWindow(owner)
        if owner is not None:
            owner.installEventFilter(window)
    window.show_topic(topic)
    return window


def _help_key() -> QKeySequence:
    """F1 (on macOS Ctrl+?); the platform decides, so only once the application exists."""
    return QKeySequence(QKeySequence.StandardKey.HelpContents)


def _has_help_key(window: QWidget) -> bool:
    """Whether ``window`` already answers F1 itself (the main window's Help menu)."""
    help_key = _help_key()
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            if help_key.matches(key) == QKeySequence.SequenceMatch.ExactMatch:
                return True
    return any(
        help_key.matches(shortcut.key()) == QKeySequence.SequenceMatch.ExactMatch
        for shortcut in window.findChildren(QShortcut)
    )


class HelpKey(QObject):
    """Gives every window of the application an F1 key to the manual.

    A window gets its shortcut the first time one of its widgets takes the focus,
    unless it has F1 already (the main window) or is the manual itself.
    """

    def __init__(self, application: QApplication) -> None:
        super().__init__(application)
        self.setObjectName("lotseHelpKey")
        application.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        window = new.window()
        if (
            isinstance(window, HelpWindow)
            or window.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
            or window.property("lotse_help_key")
        ):
            return  # the manual itself, a drop-down list, or a window that has its key
        window.setProperty("lotse_help_key", True)
        if _has_help_key(window):
            return
        shortcut = QShortcut(_help_key(), window)
        shortcut.activated.connect(self._help_requested)

    def _help_requested(self) -> None:
        shortcut = self.sender()
        if isinstance(shortcut, QShortcut):
            window = shortcut.parent()
            if isinstance(window, QWidget):
                show_manual(topic_for(window), window)


def install_help_key(application: QApplication) -> None:
    """F1 in every window of ``application`` (once, however often it is called)."""
    if application.findChild(HelpKey, "lotseHelpKey") is None:
        HelpKey(application)
