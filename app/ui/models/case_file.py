"""Table models of the case window's lists: enrollments, follow-ups, consents, tandems,
recognition procedures and placements."""

from datetime import date
from typing import Any

from app.domain.models import Consent, Placement, RecognitionProcedure
from app.services.case_file import EnrollmentView, FollowUpView, MentorshipView
from app.ui.formatting import show_country, show_date, show_hours
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


class ProcedureModel(ListTableModel[RecognitionProcedure]):
    """Recognition procedures of a case (newest application first)."""

    (COL_OCCUPATION, COL_REGULATED, COL_COUNTRY, COL_APPLIED, COL_DECIDED, COL_RESULT,
     COL_ADAPTATION) = range(7)  # fmt: skip

    def __init__(self, rows: list[RecognitionProcedure], parent: Any = None) -> None:
        headers = (
            self.tr("Reference occupation"),
            self.tr("Regulated"),
            self.tr("Qualification from"),
            self.tr("Applied"),
            self.tr("Decided"),
            self.tr("Result"),
            self.tr("Adaptation qualification"),
        )
        super().__init__(rows, headers, parent)

    def display(self, row: RecognitionProcedure, column: int) -> str:
        if column == self.COL_OCCUPATION:
            occupation = row.occupation or "—"
            return f"{occupation} ({row.kldb_code})" if row.kldb_code else occupation
        if column == self.COL_REGULATED:
            return label(row.regulated) if row.regulated else ""
        if column == self.COL_COUNTRY:
            country = show_country(row.qualification_country) if row.qualification_country else ""
            year = str(row.qualification_year) if row.qualification_year else ""
            return ", ".join(x for x in (country, year) if x)
        if column == self.COL_APPLIED:
            return show_date(row.applied_on)
        if column == self.COL_DECIDED:
            return show_date(row.decided_on)
        if column == self.COL_RESULT:
            return label(row.result) if row.result else self.tr("open")
        if column != self.COL_ADAPTATION or row.adaptation_kind is None:
            return ""
        text = label(row.adaptation_kind)
        if row.adaptation_from or row.adaptation_to:
            text += f", {show_date(row.adaptation_from)} – {show_date(row.adaptation_to)}"
        if row.adaptation_completed:
            text += ", " + self.tr("completed")
        return text


class PlacementModel(ListTableModel[Placement]):
    """Placements (work or training taken up) of a case, the latest first."""

    (COL_START, COL_EMPLOYER, COL_SECTOR, COL_CONTRACT, COL_HOURS, COL_OCCUPATION,
     COL_EXIT) = range(7)  # fmt: skip
    NUMBERS = frozenset({COL_HOURS})

    def __init__(self, rows: list[Placement], parent: Any = None) -> None:
        headers = (
            self.tr("Start"),
            self.tr("Employer"),
            self.tr("Sector"),
            self.tr("Contract"),
            self.tr("Hours per week"),
            self.tr("Occupation field"),
            self.tr("Exit from project"),
        )
        super().__init__(rows, headers, parent)
        self.projects: dict[int, str] = {}

    def set_projects(self, projects: dict[int, str]) -> None:
        """The project code of each enrollment a placement may be linked to."""
        self.projects = projects

    def display(self, row: Placement, column: int) -> str:
        if column == self.COL_START:
            return show_date(row.start_date)
        if column == self.COL_EMPLOYER:
            return f"{row.employer}, {row.employer_town}" if row.employer_town else row.employer
        if column == self.COL_SECTOR:
            return label(row.sector) if row.sector else ""
        if column == self.COL_CONTRACT:
            return label(row.contract_type)
        if column == self.COL_HOURS:
            return show_hours(row.weekly_minutes) if row.weekly_minutes else ""
        if column == self.COL_OCCUPATION:
            return row.occupation or ""
        return self.projects.get(row.enrollment_id, "") if row.enrollment_id else ""
