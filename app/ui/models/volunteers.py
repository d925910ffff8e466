"""Table models of the volunteering tabs: the registry, hours, tandems, events, allowances.

Each holds the service's own rows and formats a cell only when the view asks for it.
"""

from datetime import date
from typing import Any

from app.domain.enums import HoursStatus
from app.domain.formatting import format_euro, format_number
from app.domain.models import VolunteerHours
from app.services.allowances import PaymentRow
from app.services.events import EventRow
from app.services.mentorships import MentorshipRow
from app.services.volunteers import VolunteerRow
from app.ui.formatting import show_date, show_hours, show_language
from app.ui.labels import label
from app.ui.models.base import ListTableModel


class RegistryModel(ListTableModel[VolunteerRow]):
    (
        COL_NUMBER,
        COL_NAME,
        COL_STATUS,
        COL_REGION,
        COL_LANGUAGES,
        COL_CLEARANCE,
        COL_TRAINING,
        COL_HOURS,
    ) = range(8)
    NUMBERS = frozenset({COL_HOURS})

    def __init__(self, clearances: bool, parent: Any = None) -> None:
        headers = (
            self.tr("Number"),
            self.tr("Name"),
            self.tr("Status"),
            self.tr("Region"),
            self.tr("Languages"),
            self.tr("Police clearance"),
            self.tr("Training"),
            self.tr("Hours this year"),
        )
        super().__init__([], headers, parent)
        # The clearance column only for roles that look after volunteers' paperwork.
        self.clearances = clearances
        self.today = date.today()

    def set_rows(self, rows: list[VolunteerRow], today: date | None = None) -> None:
        # "Renewal due" is judged against the day the rows were read.
        self.today = today or date.today()
        super().set_rows(rows)

    def clearance(self, row: VolunteerRow) -> str:
        if not self.clearances:
            return ""
        if row.clearance_due is None:
            return self.tr("missing")
        if row.clearance_due <= self.today:
            return self.tr("renewal due since {date}").format(date=show_date(row.clearance_due))
        return self.tr("valid until {date}").format(date=show_date(row.clearance_due))

    def display(self, row: VolunteerRow, column: int) -> str:
        if column == self.COL_NUMBER:
            return row.number
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_STATUS:
            return label(row.status)
        if column == self.COL_REGION:
            return row.region
        if column == self.COL_LANGUAGES:
            return ", ".join(show_language(code) for code in row.languages.split(", ") if code)
        if column == self.COL_CLEARANCE:
            return self.clearance(row)
        if column == self.COL_TRAINING:
            return show_date(row.training_on) or self.tr("missing")
        return format_number(row.hours_this_year, 2)


class ApprovalsModel(ListTableModel[VolunteerHours]):
    """Submitted hours; the volunteers' names come from a separate lookup."""

    COL_VOLUNTEER, COL_DATE, COL_HOURS, COL_ACTIVITY, COL_NOTE = range(5)
    NUMBERS = frozenset({COL_HOURS})

    def __init__(self, parent: Any = None) -> None:
        headers = (
            self.tr("Volunteer"),
            self.tr("Date"),
            self.tr("Hours"),
            self.tr("Activity"),
            self.tr("Note"),
        )
        super().__init__([], headers, parent)
        self.names: dict[int, str] = {}

    def set_rows(self, rows: list[VolunteerHours], names: dict[int, str] | None = None) -> None:
        self.names = names or {}
        super().set_rows(rows)

    def display(self, row: VolunteerHours, column: int) -> str:
        if column == self.COL_VOLUNTEER:
            return self.names.get(row.volunteer_id, "")
        if column == self.COL_DATE:
            return show_date(row.date)
        if column == self.COL_HOURS:
            return show_hours(row.minutes)
        if column == self.COL_ACTIVITY:
            return label(row.activity)
        return row.note or ""


class OwnHoursModel(ListTableModel[VolunteerHours]):
    """A volunteer's own hours with the state of their approval."""

    COL_DATE, COL_HOURS, COL_ACTIVITY, COL_STATUS, COL_NOTE = range(5)
    NUMBERS = frozenset({COL_HOURS})

    def __init__(self, parent: Any = None) -> None:
        headers = (
            self.tr("Date"),
            self.tr("Hours"),
            self.tr("Activity"),
            self.tr("Status"),
            self.tr("Note"),
        )
        super().__init__([], headers, parent)

    def approved_minutes(self) -> int:
        return sum(h.minutes for h in self._rows if h.status == HoursStatus.APPROVED)

    def display(self, row: VolunteerHours, column: int) -> str:
        if column == self.COL_DATE:
            return show_date(row.date)
        if column == self.COL_HOURS:
            return show_hours(row.minutes)
        if column == self.COL_ACTIVITY:
            return label(row.activity)
        if column == self.COL_STATUS:
            return label(row.status)
        return row.note or ""


class TandemsModel(ListTableModel[MentorshipRow]):
    COL_MENTOR, COL_MENTEE, COL_START, COL_RHYTHM, COL_STATUS, COL_HOURS, COL_GOALS = range(7)
    NUMBERS = frozenset({COL_HOURS})

    def __init__(self, parent: Any = None) -> None:
        headers = (
            self.tr("Mentor"),
            self.tr("Mentee"),
            self.tr("Start"),
            self.tr("Meetings"),
            self.tr("Status"),
            self.tr("Hours given"),
            self.tr("Goals"),
        )
        super().__init__([], headers, parent)

    def display(self, row: MentorshipRow, column: int) -> str:
        if column == self.COL_MENTOR:
            return row.mentor
        if column == self.COL_MENTEE:
            return f"{row.mentee} ({row.case_number})"
        if column == self.COL_START:
            return show_date(row.start_date)
        if column == self.COL_RHYTHM:
            return label(row.rhythm)
        if column == self.COL_STATUS:
            if row.end_date is None:
                return label(row.status)
            ended = self.tr("{status} on {date}").format(
                status=label(row.status), date=show_date(row.end_date)
            )
            return f"{ended} – {row.end_reason}" if row.end_reason else ended
        if column == self.COL_HOURS:
            return show_hours(row.minutes_given)
        goals = [label(g) for g in row.goals]
        return ", ".join(goals + ([row.goals_text] if row.goals_text else []))


class EventsModel(ListTableModel[EventRow]):
    (
        COL_DATE,
        COL_KIND,
        COL_TITLE,
        COL_PROJECT,
        COL_PARTNER,
        COL_LANGUAGES,
        COL_ATTENDEES,
        COL_BY_GENDER,
        COL_HELPERS,
        COL_HELPER_HOURS,
    ) = range(10)
    NUMBERS = frozenset({COL_ATTENDEES, COL_HELPERS, COL_HELPER_HOURS})

    def __init__(self, parent: Any = None) -> None:
        headers = (
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Title"),
            self.tr("Project"),
            self.tr("Partner"),
            self.tr("Languages"),
            self.tr("Attendees"),
            self.tr("By gender"),
            self.tr("Helpers"),
            self.tr("Helper hours"),
        )
        super().__init__([], headers, parent)

    def display(self, row: EventRow, column: int) -> str:
        if column == self.COL_DATE:
            return show_date(row.date)
        if column == self.COL_KIND:
            return label(row.kind)
        if column == self.COL_TITLE:
            return row.title
        if column == self.COL_PROJECT:
            return row.project
        if column == self.COL_PARTNER:
            return row.partner_organisation
        if column == self.COL_LANGUAGES:
            return ", ".join(show_language(code) for code in row.languages)
        if column == self.COL_ATTENDEES:
            return str(row.attendees_total)
        if column == self.COL_BY_GENDER:
            if row.attendees_female is None:
                return ""
            return self.tr("{female} w / {male} m / {diverse} d").format(
                female=row.attendees_female,
                male=row.attendees_male or 0,
                diverse=row.attendees_diverse or 0,
            )
        if column == self.COL_HELPERS:
            return str(row.helpers)
        return show_hours(row.helper_minutes)


class AllowancesModel(ListTableModel[PaymentRow]):
    (
        COL_PAID_ON,
        COL_VOLUNTEER,
        COL_KIND,
        COL_AMOUNT,
        COL_YEAR_TOTAL,
        COL_CAP,
        COL_TAXABLE,
        COL_COVERS,
        COL_NOTE,
    ) = range(9)
    NUMBERS = frozenset({COL_AMOUNT, COL_YEAR_TOTAL, COL_CAP, COL_TAXABLE})

    def __init__(self, parent: Any = None) -> None:
        headers = (
            self.tr("Paid on"),
            self.tr("Volunteer"),
            self.tr("Kind"),
            self.tr("Amount"),
            self.tr("Received this year"),
            self.tr("Tax-free cap"),
            self.tr("Taxable"),
            self.tr("Work compensated"),
            self.tr("Note"),
        )
        super().__init__([], headers, parent)

    def display(self, row: PaymentRow, column: int) -> str:
        if column == self.COL_PAID_ON:
            return show_date(row.paid_on)
        if column == self.COL_VOLUNTEER:
            return row.volunteer
        if column == self.COL_KIND:
            return label(row.kind)
        if column == self.COL_AMOUNT:
            return format_euro(row.amount_cents)
        if column == self.COL_YEAR_TOTAL:
            return format_euro(row.year_total_cents)
        if column == self.COL_CAP:
            return format_euro(row.cap_cents) if row.cap_cents is not None else self.tr("no cap")
        if column == self.COL_TAXABLE:
            return format_euro(row.taxable_cents) if row.taxable_cents else ""
        if column == self.COL_COVERS:
            if not row.covers_from:
                return ""
            return f"{show_date(row.covers_from)} – {show_date(row.covers_to)}"
        return row.note
