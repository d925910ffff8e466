"""Übersicht for a volunteer's own login: my hours, my tandems, my paperwork."""

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.actor import Actor
from app.services.database import Database
from app.services.setup import organisation_name
from app.services.volunteer_start import TandemMeeting, VolunteerStart, volunteer_start
from app.ui.formatting import show_date, show_hours
from app.ui.labels import label
from app.ui.pages.overview import FigureCard


class VolunteerStartPage(QWidget):
    """What a volunteer wants to see on arrival; the buttons lead to entering hours."""

    enter_hours = Signal()
    enter_week = Signal()

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.heading = QLabel(self)
        self.heading.setObjectName("pageTitle")
        self.subtitle = QLabel(organisation_name(database), self)
        self.subtitle.setObjectName("pageSubtitle")
        self.cards = QGridLayout()
        self.cards.setSpacing(12)
        self.hours_button = QPushButton(self.tr("&Enter my hours …"), self)
        self.hours_button.clicked.connect(self.enter_hours)
        self.week_button = QPushButton(self.tr("My &week …"), self)
        self.week_button.clicked.connect(self.enter_week)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hours_button)
        buttons.addWidget(self.week_button)
        buttons.addStretch()
        self.tandems = QGroupBox(self.tr("My tandems"), self)
        self.tandem_text = QLabel(self.tandems)
        self.tandem_text.setWordWrap(True)
        QVBoxLayout(self.tandems).addWidget(self.tandem_text)
        self.paperwork = QGroupBox(self.tr("Police clearance and training"), self)
        self.paperwork_text = QLabel(self.paperwork)
        self.paperwork_text.setWordWrap(True)
        QVBoxLayout(self.paperwork).addWidget(self.paperwork_text)
        self.unlinked = QLabel(
            self.tr(
                "Your login is not yet linked to your volunteer record, so Lotse cannot show "
                "your hours. Please ask your coordinator to link it (Settings → User accounts)."
            ),
            self,
        )
        self.unlinked.setObjectName("warningBanner")
        self.unlinked.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addSpacing(8)
        layout.addWidget(self.unlinked)
        layout.addLayout(self.cards)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(self.tandems)
        layout.addWidget(self.paperwork)
        layout.addStretch()
        self.refresh()

    def refresh(self) -> None:
        today = date.today()
        start = volunteer_start(self.database, self.actor, today)
        self.heading.setText(self.tr("Hello, {name}").format(name=self.actor.display_name))
        while self.cards.count():
            item = self.cards.takeAt(0)
            card = item.widget() if item is not None else None
            if card is not None:
                card.deleteLater()
        linked = start is not None
        for widget in (self.hours_button, self.week_button, self.tandems, self.paperwork):
            widget.setVisible(linked)
        self.unlinked.setVisible(not linked)
        if start is None:
            return
        cards = [
            (show_hours(start.month_minutes), self.tr("hours this month")),
            (show_hours(start.waiting_minutes), self.tr("hours waiting for approval")),
            (show_hours(start.year_minutes), self.tr("approved hours this year")),
        ]
        for column, (value, caption) in enumerate(cards):
            self.cards.addWidget(FigureCard(value, caption, self), 0, column)
        self.tandem_text.setText(self._tandems(start.tandems, today))
        self.paperwork_text.setText(self._paperwork(start, today))

    def _tandems(self, tandems: list[TandemMeeting], today: date) -> str:
        if not tandems:
            return self.tr("You have no active tandem at the moment.")
        lines = []
        for tandem in tandems:
            parts = [f"<b>{tandem.mentee}</b>", label(tandem.rhythm)]
            parts.append(
                self.tr("last met on {date}").format(date=show_date(tandem.last_met))
                if tandem.last_met
                else self.tr("no meeting recorded yet")
            )
            if tandem.next_due is not None:
                text = self.tr("next meeting due by {date}").format(date=show_date(tandem.next_due))
                if tandem.next_due < today:
                    text = f'<span style="color:#9b1c1c">{text}</span>'
                parts.append(text)
            lines.append(" · ".join(parts))
        return "<br/>".join(lines)

    def _paperwork(self, start: VolunteerStart, today: date) -> str:
        if start.clearance_seen_on is None:
            clearance = self.tr(
                "No police clearance has been seen yet. Please bring it to your coordinator."
            )
        elif start.clearance_due is not None and start.clearance_due < today:
            clearance = self.tr(
                "Police clearance seen on {seen}; a new one was due on {due}. Please bring "
                "a current one."
            ).format(seen=show_date(start.clearance_seen_on), due=show_date(start.clearance_due))
        else:
            clearance = self.tr("Police clearance seen on {seen}, valid until {due}.").format(
                seen=show_date(start.clearance_seen_on), due=show_date(start.clearance_due)
            )
        training = (
            self.tr("Training attended on {date}.").format(date=show_date(start.training_on))
            if start.training_on
            else self.tr("No training recorded yet; your coordinator will tell you the dates.")
        )
        return f"{clearance}<br/>{training}"
