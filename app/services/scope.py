"""Which case files an actor may see and change: one rule, used by every path.

The permission matrix (``domain/permissions.py``) decides *what* a role may do;
this module decides *which* case files it may do it to. Every read and write of
case data asks here: the case list and its search, the start page and its
figures, the case file and everything in it (enrollments, consents, follow-ups,
consultations), the duplicate check, the case-number lookup, the consultation
list, the imports, the per-person sheets of reports.

- Roles with ``CASES_READ`` (administrators, advisors) see every case file,
  unless the club set "advisors see only their own cases": then an advisor's
  scope is the cases they are responsible for and the cases nobody is
  responsible for yet (so a newly registered person can be taken over).
- Roles without ``CASES_READ`` see no case file. Coordinators work with
  participants only as mentees: the participants of tandems, and open cases
  they find by name to agree a new tandem (``mentee_conditions``), with name,
  case number and year of birth only.
- Consultations follow their case; an anonymous contact is seen by everyone who
  may read consultations, or, with the restriction, by the advisor who wrote it.

The scope is a SQL condition, built once per request, so lists stay a single
query (the condition costs nothing measurable next to the search itself).
"""

from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session

from app.domain.enums import CaseStatus, Role
from app.domain.models import Consultation, Mentorship, Participant
from app.domain.models.tables import table
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.errors import PermissionDenied
from app.services.i18n import translate
from app.services.settings import RESTRICT_ADVISORS_TO_OWN_CASES, read_setting


@dataclass(frozen=True)
class CaseScope:
    """The case files one actor may read and change.

    ``advisor_id`` None: every case file; otherwise the files of that advisor and
    those without a responsible advisor.
    """

    advisor_id: int | None = None

    @property
    def everything(self) -> bool:
        return self.advisor_id is None

    def conditions(self, participant: sa.FromClause | None = None) -> list[sa.ColumnElement[bool]]:
        """Conditions over the participant table (or an alias of it); none: every case."""
        if self.advisor_id is None:
            return []
        p = (participant if participant is not None else table(Participant)).c
        return [sa.or_(p.advisor_id == self.advisor_id, p.advisor_id.is_(None))]

    def sql(self, alias: str) -> tuple[str, dict[str, object]]:
        """The same condition as SQL text over a participant table named ``alias``, with
        its parameters, for reports written in SQL."""
        if self.advisor_id is None:
            # A comparison, not "1": PostgreSQL's AND takes booleans only.
            return "1 = 1", {}
        return (
            f"({alias}.advisor_id = :scope_advisor OR {alias}.advisor_id IS NULL)",
            {"scope_advisor": self.advisor_id},
        )

    def allows(self, advisor_id: int | None) -> bool:
        """Whether a case with this responsible advisor lies in the scope."""
        return self.advisor_id is None or advisor_id in (None, self.advisor_id)

    def require(self, participant: Participant) -> None:
        if not self.allows(participant.advisor_id):
            raise PermissionDenied(
                translate(
                    "Errors", "Case {case}: only the responsible advisor may open it."
                ).format(case=participant.case_number)
            )


def case_scope(session: Session, actor: Actor) -> CaseScope:
    """The actor's case scope; refuses roles that may not read case files at all."""
    actor.require(Permission.CASES_READ)
    if actor.current_role() == Role.ADVISOR and read_setting(
        session, RESTRICT_ADVISORS_TO_OWN_CASES
    ):
        return CaseScope(actor.user_id)
    return CaseScope()


def case_conditions(session: Session, actor: Actor) -> list[sa.ColumnElement[bool]]:
    """``case_scope(...).conditions()``: for queries over the participant table."""
    return case_scope(session, actor).conditions()


def consultation_conditions(session: Session, actor: Actor) -> list[sa.ColumnElement[bool]]:
    """Conditions over ``table(Consultation).c``: consultations of cases in the scope,
    and anonymous contacts (all of them, or with the restriction the actor's own)."""
    actor.require(Permission.CONSULTATIONS_READ)
    scope = case_scope(session, actor)
    if scope.everything:
        return []
    # An alias of its own: the listing itself joins the participant table.
    c, case = table(Consultation).c, table(Participant).alias("scoped_case")
    return [
        sa.or_(
            sa.and_(c.participant_id.is_(None), c.advisor_id == actor.user_id),
            sa.exists(sa.select(1).where(case.c.id == c.participant_id, *scope.conditions(case))),
        )
    ]


def mentee_conditions(actor: Actor) -> list[sa.ColumnElement[bool]]:
    """Participants a tandem may be agreed with or is agreed with: open cases and the
    participants of tandems (conditions over ``table(Participant).c``)."""
    actor.require(Permission.MENTORSHIPS_MANAGE)
    p, m = table(Participant).c, table(Mentorship).c
    return [
        sa.or_(
            p.status == CaseStatus.OPEN,
            sa.exists(sa.select(1).where(m.participant_id == p.id)),
        )
    ]


def is_mentee_of(session: Session, volunteer_id: int, participant_id: int) -> bool:
    """Whether the volunteer has (or had) a tandem with the participant."""
    m = table(Mentorship).c
    return (
        session.execute(
            sa.select(1).where(m.volunteer_id == volunteer_id, m.participant_id == participant_id)
        ).first()
        is not None
    )


def may_book_for(
    session: Session, actor: Actor, volunteer_id: int, participant: Participant
) -> bool:
    """Whether hours of the volunteer may name the participant: mentoring hours belong to
    a tandem of the two (administrators may name any case, e.g. moving data)."""
    if actor.current_role() == Role.ADMIN:
        return True
    assert participant.id is not None
    return is_mentee_of(session, volunteer_id, participant.id)
