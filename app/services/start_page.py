"""The start page (Übersicht): what is due for the actor today, and this month's counts."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa

from app.domain.deadlines import DATA_DEADLINE
from app.domain.enums import Role
from app.domain.esf import ENTRY_QUESTIONS, UNEMPLOYED_MONTHS, missing_entry_answers
from app.domain.models import Consultation, Enrollment, FollowUp, Participant, Project
from app.domain.models.tables import table
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.case_list import _as_date
from app.services.i18n import translate
from app.services.scope import case_conditions, consultation_conditions
from app.storage.database import Database

LIST_LIMIT = 50
SIX_MONTHS = timedelta(days=183)


@dataclass(frozen=True)
class DueItem:
    """One line of a start-page list; ``participant_id`` is where a click leads."""

    participant_id: int
    case_number: str
    name: str
    due: date
    detail: str
    follow_up_id: int | None = None

    def overdue(self, today: date) -> bool:
        return self.due < today


@dataclass(frozen=True)
class MonthFigures:
    consultations: int
    new_cases: int
    people_counselled: int


@dataclass(frozen=True)
class StartPage:
    follow_ups: list[DueItem]
    esf_entry_missing: list[DueItem]
    esf_exit_overdue: list[DueItem]
    six_month_due: list[DueItem]
    recent_cases: list[DueItem]
    month: MonthFigures | None


def _item(
    row: sa.Row[tuple[object, ...]], due: object, detail: str, follow_up_id: int | None = None
) -> DueItem:
    if isinstance(due, datetime):
        due = due.astimezone().date()
    return DueItem(
        int(row.participant_id),
        str(row.case_number),
        f"{row.first_name} {row.last_name}",
        _as_date(due) or date.min,
        detail,
        follow_up_id,
    )


def _open_questions(row: sa.Row[tuple[object, ...]]) -> str:
    missing = len(missing_entry_answers(dict(row._mapping)))
    return translate("StartPage", "{project}: %n question(s) not asked", "", missing).format(
        project=row.code
    )


def start_page(database: Database, actor: Actor, today: date | None = None) -> StartPage:
    """Lists are empty for roles that do not work with cases."""
    today = today or date.today()
    if not actor.can(Permission.CASES_READ):
        return StartPage([], [], [], [], [], None)
    p, f, e, r, c = (
        table(Participant).c,
        table(FollowUp).c,
        table(Enrollment).c,
        table(Project).c,
        table(Consultation).c,
    )
    people = (p.id.label("participant_id"), p.case_number, p.first_name, p.last_name)
    with database.session() as session:
        scope = case_conditions(session, actor)
        follow_ups = [
            _item(row, row.due_date, row.subject, row.id)
            for row in session.execute(
                sa.select(*people, f.id, f.due_date, f.subject)
                .join(table(Participant), p.id == f.participant_id)
                .where(
                    f.assignee_id == actor.user_id,
                    f.done_at == None,  # noqa: E711
                    f.due_date <= today,
                    *scope,
                )
                .order_by(f.due_date)
                .limit(LIST_LIMIT)
            )
        ]
        answers = [e[name] for name in (*ENTRY_QUESTIONS, UNEMPLOYED_MONTHS)]
        esf = (
            sa.select(*people, e.entry_date, e.exit_date, r.code, *answers)
            .join(table(Participant), p.id == e.participant_id)
            .join(table(Project), r.id == e.project_id)
            .where(r.esf == True, *scope)  # noqa: E712
        )
        recent_cases = sa.select(*people, p.created_at).where(*scope)
        if actor.current_role() == Role.ADVISOR:
            # Advisors see the questionnaires of their own cases; admins see all.
            esf = esf.where(p.advisor_id == actor.user_id)
        entry_missing = [
            _item(row, row.entry_date + DATA_DEADLINE, _open_questions(row))
            for row in session.execute(
                esf.where(e.entry_recorded_on == None)  # noqa: E711
                .order_by(e.entry_date)
                .limit(LIST_LIMIT)
            )
        ]
        exit_overdue = [
            _item(row, row.exit_date + DATA_DEADLINE, row.code)
            for row in session.execute(
                esf.where(
                    e.exit_date != None,  # noqa: E711
                    e.exit_recorded_on == None,  # noqa: E711
                    e.exit_date < today - DATA_DEADLINE,
                )
                .order_by(e.exit_date)
                .limit(LIST_LIMIT)
            )
        ]
        six_month = [
            _item(row, row.exit_date + SIX_MONTHS, row.code)
            for row in session.execute(
                esf.where(
                    e.exit_date != None,  # noqa: E711
                    e.six_month_recorded_on == None,  # noqa: E711
                    e.exit_date <= today - SIX_MONTHS,
                    e.exit_date > today - SIX_MONTHS - timedelta(days=60),
                )
                .order_by(e.exit_date)
                .limit(LIST_LIMIT)
            )
        ]
        recent = [
            _item(row, row.created_at, "")
            for row in session.execute(
                recent_cases.order_by(p.created_at.desc(), p.id.desc()).limit(10)
            )
        ]
        month = None
        if actor.can(Permission.CONSULTATIONS_READ):
            start = today.replace(day=1)
            in_month = (c.date >= start, c.date <= today)
            consultations, people_counselled = session.execute(
                sa.select(sa.func.count(), sa.func.count(sa.distinct(c.participant_id))).where(
                    *in_month, *consultation_conditions(session, actor)
                )
            ).one()
            new_cases = session.execute(
                sa.select(sa.func.count())
                .select_from(table(Participant))
                .where(p.created_at >= datetime.combine(start, time()).astimezone(), *scope)
            ).scalar_one()
            month = MonthFigures(int(consultations), int(new_cases), int(people_counselled))
    return StartPage(follow_ups, entry_missing, exit_overdue, six_month, recent, month)
