"""Table models of the case window's lists: enrollments, follow-ups, consents, tandems."""

from datetime import date
from typing import Any

from app.domain.models import Consent
from app.services.case_file import EnrollmentView, FollowUpView, MentorshipView
from app.ui.formatting import show_date, show_hours
from app.ui.labels import label
from app.ui.models.base import ListTableModel


class EnrollmentModel(ListTableModel[EnrollmentView]):
    (COL_PROJECT, COL_ENTRY, COL_ESF, COL_EXIT, COL_REASON, COL_STATUS, COL_SIX_MONTHS) = range(7)

    def __init__(self, rows: list[EnrollmentView], today: date, parent: Any = None) -> None:
        self.today = today
        headers = (
            self.tr("Project"),
            self.tr("Entry"),
            self.tr("ESF entry data"),
            self.tr("Exit"),
            self.tr("Exit reason"),
            self.tr("Status after exit"),
            self.tr("6-month follow-up"),
        )
        super().__init__(rows, headers, parent)

    def set_rows(self, rows: list[EnrollmentView], today: date | None = None) -> None:
        # Overdue is judged against the day the case file was read.
        self.today = today or date.today()
        super().set_rows(rows)

    def entry_state(self, view: EnrollmentView) -> str:
        open_questions = len(view.missing_answers)
        if not view.esf:
            return self.tr("not an ESF project")
        if view.entry_overdue(self.today):
            return self.tr(
                "%n question(s) not asked, overdue since {date}", "", open_questions
            ).format(date=show_date(view.entry_due))
        if view.entry_missing():
            return self.tr("%n question(s) not asked, due by {date}", "", open_questions).format(
                date=show_date(view.entry_due)
            )
        return self.tr("recorded on {date}").format(
            date=show_date(view.enrollment.entry_recorded_on)
        )

    def display(self, view: EnrollmentView, column: int) -> str:
        e = view.enrollment
        if column == self.COL_PROJECT:
            return view.project_code
        if column == self.COL_ENTRY:
            return show_date(e.entry_date)
        if column == self.COL_ESF:
            return self.entry_state(view)
        if column == self.COL_EXIT:
            text = show_date(e.exit_date)
            if view.exit_overdue(self.today):
                text += " " + self.tr("(exit data overdue)")
            return text
        if column == self.COL_REASON:
            return view.exit_reason or ""
        if column == self.COL_STATUS:
            return label(e.exit_status) if e.exit_status else ""
        return show_date(view.six_month_due) if e.exit_date else ""


class FollowUpModel(ListTableModel[FollowUpView]):
    COL_DUE, COL_SUBJECT, COL_ASSIGNEE, COL_STATE = range(4)

    def __init__(self, rows: list[FollowUpView], parent: Any = None) -> None:
        headers = (self.tr("Due"), self.tr("Subject"), self.tr("Assigned to"), self.tr("Status"))
        super().__init__(rows, headers, parent)

    def display(self, row: FollowUpView, column: int) -> str:
        if column == self.COL_DUE:
            return show_date(row.due_date)
        if column == self.COL_SUBJECT:
            return row.subject
        if column == self.COL_ASSIGNEE:
            return row.assignee or ""
        return self.tr("done") if row.done else self.tr("open")


class ConsentModel(ListTableModel[Consent]):
    COL_KIND, COL_GIVEN, COL_HOW, COL_VERSION, COL_WITHDRAWN = range(5)

    def __init__(self, rows: list[Consent], parent: Any = None) -> None:
        self.partners: dict[int, str] = {}
        headers = (
            self.tr("Kind"),
            self.tr("Given on"),
            self.tr("How"),
            self.tr("Version"),
            self.tr("Withdrawn on"),
        )
        super().__init__(rows, headers, parent)

    def set_consents(self, rows: list[Consent], partners: dict[int, str]) -> None:
        self.partners = partners
        self.set_rows(rows)

    def display(self, row: Consent, column: int) -> str:
        if column == self.COL_KIND:
            if row.partner_id is not None:
                return self.tr("pass contact data to {partner}").format(
                    partner=self.partners.get(row.partner_id, "?")
                )
            return label(row.kind)
        if column == self.COL_GIVEN:
            return show_date(row.given_on)
        if column == self.COL_HOW:
            return label(row.given_as) if row.given_as else ""
        if column == self.COL_VERSION:
            return row.version or ""
        return show_date(row.withdrawn_on)


class MentorshipModel(ListTableModel[MentorshipView]):
    COL_VOLUNTEER, COL_START, COL_END, COL_STATUS, COL_HOURS = range(5)
    NUMBERS = frozenset({COL_HOURS})

    def __init__(self, rows: list[MentorshipView], parent: Any = None) -> None:
        headers = (
            self.tr("Volunteer"),
            self.tr("Start"),
            self.tr("End"),
            self.tr("Status"),
            self.tr("Hours given"),
        )
        super().__init__(rows, headers, parent)

    def display(self, row: MentorshipView, column: int) -> str:
        if column == self.COL_VOLUNTEER:
            return row.volunteer
        if column == self.COL_START:
            return show_date(row.start_date)
        if column == self.COL_END:
            return show_date(row.end_date)
        if column == self.COL_STATUS:
            return label(row.status)
        return show_hours(row.minutes_given)
