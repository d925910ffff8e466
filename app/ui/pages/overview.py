"""Übersicht: what is due today for the person logged in, and this month's figures."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.appointments import AppointmentRow, get_appointment, my_coming_appointments
from app.services.backups import backup_age
from app.services.database import Database
from app.services.errors import ServiceError
from app.services.mentorships import QuietTandem, quiet_tandems
from app.services.overview import overview_figures
from app.services.privacy import count_due
from app.services.start_page import LIST_LIMIT, DueItem, start_page
from app.services.volunteers import PaperworkDue, PaperworkKind, paperwork_due
from app.ui.dialogs.appointment import AppointmentDialog
from app.ui.formatting import show_date, show_number
from app.ui.labels import label
from app.ui.problems import show_problem
from app.ui.tasks import BackgroundRead


class FigureCard(QFrame):
    def __init__(self, value: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.value_label = QLabel(value, self)
        self.value_label.setObjectName("figureValue")
        self.caption_label = QLabel(caption, self)
        self.caption_label.setObjectName("figureCaption")
        self.caption_label.setWordWrap(True)
        # Figure and caption side by side: the cards stay low, so the lists below keep
        # their rows on a 720-pixel-high screen.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label, 1)


MIN_VISIBLE_ROWS = 5


class _RowsList(QListWidget):
    """A list that asks for five rows, not Qt's default 192 pixels: the page divides
    what is left among the lists instead of scrolling at the first opportunity."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(super().sizeHint().width(), self.minimumHeight())


def _clickable_list(box: QGroupBox, on_open: Callable[[QListWidgetItem], None]) -> QListWidget:
    """The list inside a start-page box: one line per item, a click or Enter opens it."""
    widget = _RowsList(box)
    widget.setObjectName("dueList")
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setTextElideMode(Qt.TextElideMode.ElideRight)
    widget.itemClicked.connect(on_open)
    widget.itemActivated.connect(on_open)
    widget.setAccessibleName(box.title())
    # Never fewer than five rows: what is due must be seen without scrolling the list.
    row = widget.fontMetrics().height() + 4
    widget.setMinimumHeight(MIN_VISIBLE_ROWS * row + 2 * widget.frameWidth())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 4, 6, 6)
    layout.addWidget(widget)
    return widget


@dataclass(frozen=True)
class Entry:
    """One line of a start-page list and the id a click on it opens."""

    text: str
    opens: int
    tooltip: str | None = None
    urgent: bool = False  # overdue: shown in dark red


class StartList(QGroupBox):
    """A titled list on the start page: one line per item, a click or Enter opens it
    (``opened``); the title counts the items, an empty list says so."""

    opened = Signal(int)

    def __init__(
        self, title: str, empty_text: str, parent: QWidget | None = None, limit: int = 0
    ) -> None:
        super().__init__(title, parent)
        self.base_title = title
        self.empty_text = empty_text
        self.limit = limit  # the service reads at most this many: the count shows "n+"
        self.list = _clickable_list(self, self._open)

    def fill(self, entries: list[Entry]) -> None:
        self.list.clear()
        for entry in entries:
            item = QListWidgetItem(entry.text, self.list)
            item.setToolTip(entry.tooltip or entry.text)
            item.setData(Qt.ItemDataRole.UserRole, entry.opens)
            if entry.urgent:
                item.setForeground(Qt.GlobalColor.darkRed)
        if not entries:
            placeholder = QListWidgetItem(self.empty_text, self.list)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
        count = len(entries)
        shown = f"{count}+" if self.limit and count >= self.limit else str(count)
        self.setTitle(f"{self.base_title} ({shown})")

    def _open(self, item: QListWidgetItem) -> None:
        opens = item.data(Qt.ItemDataRole.UserRole)
        if opens is not None:
            self.opened.emit(int(opens))


class DueList(StartList):
    """Case files with something due; a click opens the case."""

    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, empty_text, parent, limit=LIST_LIMIT)

    def show_items(self, items: list[DueItem], today: date, with_due: bool = True) -> None:
        entries = []
        for item in items:
            parts = [show_date(item.due)] if with_due else []
            parts += [item.case_number, item.name]
            if item.detail:
                parts.append(item.detail)
            text = " · ".join(parts)
            overdue = with_due and item.overdue(today)
            tooltip = self.tr("overdue") + ": " + text if overdue else text
            entries.append(Entry(text, item.participant_id, tooltip, overdue))
        self.fill(entries)


class PaperworkList(StartList):
    """Volunteers whose police clearance or training needs attention; a click opens
    the volunteer in the registry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Police clearances and trainings"),
            self.tr("All clearances and trainings in order."),
            parent,
        )

    def _describe(self, item: PaperworkDue) -> str:
        if item.kind == PaperworkKind.CLEARANCE_MISSING:
            return self.tr("police clearance missing")
        if item.kind == PaperworkKind.TRAINING_MISSING:
            return self.tr("training missing")
        return self.tr("police clearance to renew by {date}").format(date=show_date(item.due))

    def show_items(self, items: list[PaperworkDue], today: date) -> None:
        self.fill(
            [
                Entry(
                    " · ".join((item.number, item.name, self._describe(item))),
                    item.volunteer_id,
                    urgent=item.due is None or item.due <= today,
                )
                for item in items
            ]
        )


class QuietTandemList(StartList):
    """Active tandems whose agreed rhythm says a meeting should have been logged; a click
    opens the mentor in the registry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Tandems without meetings"), self.tr("Every tandem meets as agreed."), parent
        )

    def show_items(self, items: list[QuietTandem]) -> None:
        entries = []
        for item in items:
            if item.last_meeting is None:
                since = self.tr("no meeting logged yet")
            else:
                since = self.tr("last meeting {date}").format(date=show_date(item.last_meeting))
            text = " · ".join((f"{item.mentor} – {item.mentee}", label(item.rhythm), since))
            due = self.tr("A meeting was due by {date}.").format(date=show_date(item.due))
            entries.append(Entry(text, item.volunteer_id, f"{text}\n{due}"))
        self.fill(entries)


class AppointmentList(StartList):
    """The advisor's planned appointments today and tomorrow; a click opens one (to
    record it as a consultation, print its letter or correct it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("My appointments today and tomorrow"), self.tr("No appointments."), parent
        )

    def show_items(self, items: list[AppointmentRow], today: date) -> None:
        entries = []
        for item in items:
            day = self.tr("today") if item.date == today else self.tr("tomorrow")
            parts = [f"{day} {item.time_range}", item.label]
            parts += [text for text in (item.subject, item.place) if text]
            entries.append(Entry(" · ".join(parts), item.id))
        self.fill(entries)


class OverviewPage(QWidget):
    open_case = Signal(int)
    open_volunteer = Signal(int)
    # The link "Fällige Anonymisierungen": Einstellungen → Datenschutz.
    open_privacy = Signal()
    # An appointment opened from the start page was changed or recorded.
    appointment_changed = Signal()

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.heading = QLabel(self)
        self.heading.setObjectName("pageTitle")
        self.organisation_label = QLabel(self)
        self.organisation_label.setObjectName("pageSubtitle")
        # Administrators are reminded when no backup left the data folder for too long.
        self.backup_warning = QLabel(self)
        self.backup_warning.setObjectName("errorLabel")
        self.backup_warning.setWordWrap(True)
        self.backup_warning.hide()
        # Administrators see how many anonymisations are due (retention ended).
        self.privacy_notice = QLabel(self)
        self.privacy_notice.setWordWrap(True)
        self.privacy_notice.linkActivated.connect(self._privacy_link)
        self.privacy_notice.hide()
        self.privacy_count: BackgroundRead | None = None
        self.cards = QGridLayout()
        self.cards.setSpacing(12)
        self.follow_ups = DueList(self.tr("My follow-ups due"), self.tr("Nothing due."), self)
        self.entry_missing = DueList(
            self.tr("ESF entry data missing"), self.tr("All entry questionnaires recorded."), self
        )
        self.exit_overdue = DueList(
            self.tr("ESF exit data overdue"), self.tr("Nothing overdue."), self
        )
        self.six_month = DueList(self.tr("6-month follow-ups due"), self.tr("Nothing due."), self)
        self.recent = DueList(self.tr("Recently opened cases"), self.tr("No cases yet."), self)
        self.lists = (
            self.follow_ups,
            self.entry_missing,
            self.exit_overdue,
            self.six_month,
            self.recent,
        )
        for due_list in self.lists:
            due_list.opened.connect(self.open_case)
        self.appointments: AppointmentList | None = None
        if actor.can(Permission.CASES_READ):
            self.appointments = AppointmentList(self)
            self.appointments.opened.connect(self.open_appointment)
        self.paperwork: PaperworkList | None = None
        if actor.can(Permission.VOLUNTEERS_WRITE):
            self.paperwork = PaperworkList(self)
            self.paperwork.opened.connect(self.open_volunteer)
        self.tandems: QuietTandemList | None = None
        if actor.can(Permission.MENTORSHIPS_MANAGE):
            self.tandems = QuietTandemList(self)
            self.tandems.opened.connect(self.open_volunteer)
        # Two columns, three rows: on a 1280×720 screen every list keeps five rows.
        grid = QGridLayout()
        grid.setSpacing(12)
        grid.setContentsMargins(0, 0, 0, 0)  # line up with the cards above
        grid.addWidget(self.follow_ups, 0, 0)
        grid.addWidget(self.recent, 0, 1)
        grid.addWidget(self.entry_missing, 1, 0)
        grid.addWidget(self.exit_overdue, 1, 1)
        # What is left shares the last rows two by two; the last one alone spans both.
        rest = [w for w in (self.paperwork, self.appointments, self.tandems) if w is not None]
        for number, widget in enumerate(rest, start=1):
            grid_row, grid_column = divmod(number, 2)
            last = number == len(rest) and grid_column == 0
            grid.addWidget(widget, 2 + grid_row, grid_column, 1, 2 if last else 1)
        grid.addWidget(self.six_month, 2, 0, 1, 1 if rest else 2)
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.cards)
        column.addSpacing(4)
        column.addLayout(grid, 1)
        # On a smaller window the page scrolls rather than squeezing the lists.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.organisation_label)
        layout.addWidget(self.backup_warning)
        layout.addWidget(self.privacy_notice)
        layout.addSpacing(4)
        layout.addWidget(scroll, 1)
        self.refresh()

    def show_backup_warning(self) -> None:
        if not self.actor.can(Permission.BACKUP_MANAGE):
            return
        age = backup_age(self.database)
        if not age.is_overdue():
            self.backup_warning.hide()
            return
        if age.last_external is None:
            text = self.tr(
                "No backup has been copied outside the data folder yet. Use File → Create "
                "backup … and save it on a USB stick or a network drive."
            )
        else:
            text = self.tr(
                "The last backup outside the data folder is from {date}, more than {days} days "
                "ago. Use File → Create backup … and save it on a USB stick or a network drive."
            ).format(date=show_date(age.last_external), days=age.warn_after_days)
        self.backup_warning.setText(text)
        self.backup_warning.show()

    def _privacy_link(self, _link: str) -> None:
        self.open_privacy.emit()

    def show_privacy_notice(self, due: object) -> None:
        """How many anonymisations are due (counted by ``refresh`` in the background)."""
        assert isinstance(due, int)
        if not due:
            self.privacy_notice.hide()
            return
        self.privacy_notice.setText(
            self.tr(
                "<b>Anonymisations due:</b> the retention of %n record(s) has ended. "
                '<a href="privacy">Review and confirm</a>',
                "",
                due,
            )
        )
        self.privacy_notice.show()

    def refresh(self) -> None:
        today = date.today()
        figures = overview_figures(self.database, self.actor, today)
        page = start_page(self.database, self.actor, today)
        self.heading.setText(self.tr("Hello, {name}").format(name=self.actor.display_name))
        self.organisation_label.setText(figures.organisation)
        self.show_backup_warning()
        # Off the GUI thread: counting what is due reads the closed cases (0.1 s at
        # 50,000), and the page paints meanwhile.
        if self.actor.can(Permission.PRIVACY_MANAGE):
            self.privacy_count = BackgroundRead(
                lambda: count_due(self.database, self.actor, today), self
            )
            self.privacy_count.finished.connect(self.show_privacy_notice)
        while self.cards.count():
            item = self.cards.takeAt(0)
            card = item.widget() if item is not None else None
            if card is not None:
                card.deleteLater()
        entries: list[tuple[str, str]] = []
        if page.month is not None:
            entries += [
                (show_number(page.month.consultations), self.tr("consultations this month")),
                (
                    show_number(page.month.people_counselled),
                    self.tr("people counselled this month"),
                ),
                (show_number(page.month.new_cases), self.tr("new cases this month")),
            ]
        if figures.open_cases is not None and figures.cases_total is not None:
            entries.append(
                (
                    show_number(figures.open_cases),
                    self.tr("open cases of {total} in total").format(
                        total=show_number(figures.cases_total)
                    ),
                )
            )
        if figures.active_volunteers is not None:
            entries.append((show_number(figures.active_volunteers), self.tr("active volunteers")))
        if figures.approved_minutes_this_month is not None:
            hours = show_number(figures.approved_minutes_this_month / 60, 1)
            entries.append((hours, self.tr("volunteer hours approved this month")))
        for column, (value, caption) in enumerate(entries[:5]):
            self.cards.addWidget(FigureCard(value, caption, self), 0, column)
        for due_list in self.lists:  # roles without case files have no case lists
            due_list.setVisible(page.month is not None)
        if self.paperwork is not None:
            self.paperwork.show_items(paperwork_due(self.database, self.actor, today), today)
        if self.tandems is not None:
            self.tandems.show_items(quiet_tandems(self.database, self.actor, today))
        self.follow_ups.show_items(page.follow_ups, today)
        self.entry_missing.show_items(page.esf_entry_missing, today)
        self.exit_overdue.show_items(page.esf_exit_overdue, today)
        self.six_month.show_items(page.six_month_due, today)
        self.recent.show_items(page.recent_cases, today, with_due=False)
        if self.appointments is not None:
            self.appointments.show_items(
                my_coming_appointments(self.database, self.actor, today), today
            )

    def open_appointment(self, appointment_id: int) -> None:
        try:
            row = get_appointment(self.database, self.actor, appointment_id)
        except ServiceError as error:
            show_problem(self, self.tr("Appointments"), error)
            return
        dialog = AppointmentDialog(self.database, self.actor, existing=row, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.appointment_changed.emit()
