"""The case list: search as you type, filters, sorting and paging, all in SQL.

The list never loads all cases: the UI asks for the count and then for pages
of rows as the user scrolls.
"""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.domain.enums import CaseStatus, EducationLevel, EmploymentStatus
from app.domain.models import (
    Enrollment,
    Participant,
    ParticipantNationality,
    Project,
    User,
)
from app.domain.models.tables import table
from app.services.actor import Actor
from app.services.scope import case_conditions
from app.services.search import count_matches, participant_matches
from app.storage.database import Database


class CaseSort(StrEnum):
    CASE_NUMBER = "case_number"
    NAME = "name"
    AGE = "age"
    ADVISOR = "advisor"
    STATUS = "status"
    LAST_CONTACT = "last_contact"
    NEXT_FOLLOW_UP = "next_follow_up"


@dataclass(frozen=True)
class CaseQuery:
    text: str = ""
    status: CaseStatus | None = None
    project_id: int | None = None
    advisor_id: int | None = None
    esf_incomplete: bool = False
    sort: CaseSort = CaseSort.CASE_NUMBER
    descending: bool = True


@dataclass(frozen=True)
class CaseRow:
    id: int
    case_number: str
    first_name: str
    last_name: str
    birth_date: date | None
    nationalities: str
    projects: str
    advisor: str | None
    status: CaseStatus
    last_contact: date | None
    next_follow_up: date | None


def esf_incomplete_condition() -> sa.ColumnElement[bool]:
    """An ESF enrollment whose entry questionnaire or exit answers are missing."""
    e, r, p = table(Enrollment).c, table(Project).c, table(Participant).c
    return sa.exists(
        sa.select(1)
        .select_from(table(Enrollment))
        .join(table(Project), r.id == e.project_id)
        .where(
            e.participant_id == p.id,
            r.esf == True,  # noqa: E712
            sa.or_(
                e.entry_recorded_on == None,  # noqa: E711
                e.employment_status == EmploymentStatus.UNKNOWN,
                e.education_level == EducationLevel.UNKNOWN,
                sa.and_(e.exit_date != None, e.exit_status == None),  # noqa: E711
            ),
        )
    )


def _conditions(session: Session, actor: Actor, query: CaseQuery) -> list[sa.ColumnElement[bool]]:
    e, p = table(Enrollment).c, table(Participant).c
    conditions: list[sa.ColumnElement[bool]] = []
    dialect = session.get_bind().dialect.name
    conditions += participant_matches(dialect, table(Participant), query.text)
    if query.status is not None:
        conditions.append(p.status == query.status)
    if query.advisor_id is not None:
        conditions.append(p.advisor_id == query.advisor_id)
    if query.project_id is not None:
        conditions.append(
            sa.exists(
                sa.select(1).where(
                    e.participant_id == p.id,
                    e.project_id == query.project_id,
                )
            )
        )
    if query.esf_incomplete:
        conditions.append(esf_incomplete_condition())
    return conditions + case_conditions(session, actor)


def count_cases(database: Database, actor: Actor, query: CaseQuery) -> int:
    with database.session() as session:
        filtered = (
            query.status is not None
            or query.advisor_id is not None
            or query.project_id is not None
            or query.esf_incomplete
        )
        if query.text.strip() and not filtered and not case_conditions(session, actor):
            # Only the search limits the list: the index counts its matches without
            # reading thousands of case rows (45-90 ms -> 1 ms at 50,000 cases).
            counted = count_matches(session, query.text)
            if counted is not None:
                return counted
        statement = sa.select(sa.func.count()).select_from(table(Participant))
        statement = statement.where(*_conditions(session, actor, query))
        return int(session.execute(statement).scalar_one())


def fetch_cases(
    database: Database, actor: Actor, query: CaseQuery, offset: int, limit: int
) -> list[CaseRow]:
    p = table(Participant).c
    n, e, r, u = (
        table(ParticipantNationality).c,
        table(Enrollment).c,
        table(Project).c,
        table(User).c,
    )
    nationalities = (
        sa.select(sa.func.aggregate_strings(n.country_code, ", "))
        .where(n.participant_id == p.id)
        .scalar_subquery()
    )
    projects = (
        sa.select(sa.func.aggregate_strings(r.code, ", "))
        .select_from(table(Enrollment))
        .join(table(Project), r.id == e.project_id)
        .where(e.participant_id == p.id)
        .scalar_subquery()
    )
    advisor = sa.select(u.display_name).where(u.id == p.advisor_id).scalar_subquery()
    # Stored by triggers and indexed (storage/case_dates.py): sorting reads an index.
    last_contact, next_follow_up = p.last_contact_on, p.next_follow_up_on
    order_columns: dict[CaseSort, list[Any]] = {
        # Case numbers are handed out in creation order, so the primary key sorts them
        # correctly also past 9999 in a year (where text order would put 10000 first).
        CaseSort.CASE_NUMBER: [p.id],
        CaseSort.NAME: [p.last_name, p.first_name],
        CaseSort.AGE: [p.birth_date],
        CaseSort.ADVISOR: [_advisor_rank(database)],
        CaseSort.STATUS: [p.status],
        CaseSort.LAST_CONTACT: [last_contact],
        CaseSort.NEXT_FOLLOW_UP: [next_follow_up],
    }
    # Older people have earlier birth dates: ascending age is descending birth date.
    descending = query.descending != (query.sort == CaseSort.AGE)
    order = [_in_order(column, descending) for column in order_columns[query.sort]]
    with database.session() as session:
        # First the page's ids, read along an index that holds the sort key (and the
        # rowid): skipping thousands of rows for a deep page, or sorting all cases by
        # advisor, then touches only narrow index entries, never the wide case rows.
        # The tie-breaker runs the same way, so an index can serve the whole order.
        page = (
            sa.select(p.id)
            .where(*_conditions(session, actor, query))
            .order_by(*order, sa.desc(p.id) if descending else p.id)
            .offset(offset)
            .limit(limit)
        )
        ids = list(session.execute(page).scalars())
        if not ids:
            return []
        statement = sa.select(
            p.id,
            p.case_number,
            p.first_name,
            p.last_name,
            p.birth_date,
            nationalities,
            projects,
            advisor,
            p.status,
            last_contact,
            next_follow_up,
        ).where(p.id.in_(ids))
        rows = {
            row[0]: CaseRow(
                id=row[0],
                case_number=row[1],
                first_name=row[2],
                last_name=row[3],
                birth_date=row[4],
                nationalities=row[5] or "",
                projects=row[6] or "",
                advisor=row[7],
                status=CaseStatus(row[8]),
                last_contact=_as_date(row[9]),
                next_follow_up=_as_date(row[10]),
            )
            for row in session.execute(statement)
        }
    return [rows[case_id] for case_id in ids]


def _in_order(column: sa.ColumnElement[Any], descending: bool) -> sa.UnaryExpression[Any]:
    """One sort key with empty values where SQLite puts them (first ascending, last
    descending), said explicitly since PostgreSQL puts them the other way round."""
    key: sa.UnaryExpression[Any] = (
        sa.desc(column).nulls_last() if descending else sa.asc(column).nulls_first()
    )
    return key


def _advisor_rank(database: Database) -> sa.ColumnElement[Any]:
    """Each advisor's place in the order of their names, as a CASE on the case's advisor.

    There are a handful of accounts: ranking them here lets the sort compare small
    numbers instead of looking up an advisor's name for each of 50,000 cases.
    """
    with database.read_connection() as connection:
        accounts = connection.execute(sa.select(table(User).c.id, table(User).c.display_name))
        names = sorted(accounts, key=lambda account: (account[1], account[0]))
    if not names:
        return sa.null()
    ranks = {account_id: rank for rank, (account_id, _name) in enumerate(names)}
    return sa.case(ranks, value=table(Participant).c.advisor_id, else_=sa.null())


def _as_date(value: object) -> date | None:
    """Aggregates over DATE columns come back from SQLite as ISO text."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))
