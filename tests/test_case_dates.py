"""A case's last contact and next open follow-up are stored in its row (so the case list
sorts by them through an index) and stay right through every write path: new, moved,
corrected and deleted consultations, follow-ups added and done, merged cases, imports
(tests/test_export_roundtrip.py) and the upgrade (tests/test_encryption.py)."""

from datetime import date

from sqlalchemy import select
from sqlmodel import col

from app.domain.enums import Gender, Role
from app.domain.models import Participant
from app.services.actor import Actor
from app.services.case_list import CaseQuery, CaseSort, fetch_cases
from app.services.case_merge import merge_cases
from app.services.cases import CaseInput, create_case, update_case
from app.services.consultations import (
    ConsultationInput,
    add_consultation,
    delete_consultation,
    update_consultation,
)
from app.services.followups import add_follow_up, complete_follow_up
from app.services.users import add_user
from app.storage.database import Database

TODAY = date(2026, 6, 30)


def stored(database: Database, case_id: int) -> tuple[date | None, date | None]:
    with database.engine.connect() as connection:
        last_contact, next_follow_up = connection.execute(
            select(Participant.last_contact_on, Participant.next_follow_up_on).where(
                col(Participant.id) == case_id
            )
        ).one()
    return last_contact, next_follow_up


def new_case(database: Database, actor: Actor, first: str, last: str, **extra: object) -> int:
    values: dict[str, object] = {"gender": Gender.FEMALE, "birth_date": date(1990, 5, 17)}
    values.update(extra)
    case = create_case(
        database, actor, CaseInput(first_name=first, last_name=last, **values), today=TODAY
    )  # type: ignore[arg-type]
    assert case.id is not None
    return case.id


def test_consultations_keep_the_last_contact(database: Database, admin: Actor) -> None:
    case_id = new_case(database, admin, "Omar", "Haddad")
    assert stored(database, case_id) == (None, None)
    march = add_consultation(
        database, admin, ConsultationInput(case_id, date(2026, 3, 10), 45), today=TODAY
    )
    add_consultation(database, admin, ConsultationInput(case_id, date(2026, 2, 1), 30), today=TODAY)
    assert stored(database, case_id)[0] == date(2026, 3, 10)
    assert march.id is not None
    update_consultation(
        database, admin, march.id, ConsultationInput(case_id, date(2026, 1, 15), 45), today=TODAY
    )
    assert stored(database, case_id)[0] == date(2026, 2, 1)
    later = add_consultation(
        database, admin, ConsultationInput(case_id, date(2026, 5, 5), 20), today=TODAY
    )
    assert later.id is not None
    delete_consultation(database, admin, later.id, "falsche Person")
    assert stored(database, case_id)[0] == date(2026, 2, 1)


def test_follow_ups_keep_the_next_open_one(database: Database, admin: Actor) -> None:
    case_id = new_case(database, admin, "Ayşe", "Yılmaz")
    soon = add_follow_up(database, admin, case_id, date(2026, 7, 3), "Bescheid prüfen")
    add_follow_up(database, admin, case_id, date(2026, 8, 1), "Kurs anmelden")
    assert stored(database, case_id)[1] == date(2026, 7, 3)
    assert soon.id is not None
    complete_follow_up(database, admin, soon.id)
    assert stored(database, case_id)[1] == date(2026, 8, 1)


def test_a_merge_moves_the_dates_to_the_case_kept(database: Database, admin: Actor) -> None:
    keep = new_case(database, admin, "Olena", "Kovalenko")
    other = new_case(database, admin, "Olena", "Kovalenko", phone="0511 123456")
    add_consultation(database, admin, ConsultationInput(keep, date(2026, 1, 5), 30), today=TODAY)
    add_consultation(database, admin, ConsultationInput(other, date(2026, 4, 9), 30), today=TODAY)
    add_follow_up(database, admin, other, date(2026, 7, 20), "Termin Jobcenter")
    merge_cases(database, admin, keep, other, "doppelt angelegt")
    assert stored(database, keep) == (date(2026, 4, 9), date(2026, 7, 20))


def test_editing_the_case_leaves_the_dates_alone(database: Database, admin: Actor) -> None:
    case_id = new_case(database, admin, "Reza", "Ahmadi")
    add_consultation(database, admin, ConsultationInput(case_id, date(2026, 3, 1), 30), today=TODAY)
    update_case(
        database,
        admin,
        case_id,
        CaseInput(
            first_name="Reza",
            last_name="Ahmadi-Nouri",
            gender=Gender.MALE,
            birth_date=date(1990, 5, 17),
        ),
        today=TODAY,
    )
    assert stored(database, case_id)[0] == date(2026, 3, 1)


def test_the_list_sorts_by_contact_follow_up_and_advisor(database: Database, admin: Actor) -> None:
    zora = add_user(database, admin, "zora", Role.ADVISOR, "passwort-1234-lang", "Zora Petrenko")
    anna = add_user(database, admin, "anna", Role.ADVISOR, "passwort-1234-lang", "Anna Becker")
    quiet = new_case(database, admin, "Karl", "Meier")
    early = new_case(database, admin, "Mina", "Rahimi", advisor_id=zora.id)
    late = new_case(database, admin, "Ali", "Demir", advisor_id=anna.id)
    add_consultation(database, admin, ConsultationInput(early, date(2026, 1, 9), 30), today=TODAY)
    add_consultation(database, admin, ConsultationInput(late, date(2026, 5, 9), 30), today=TODAY)
    add_follow_up(database, admin, early, date(2026, 9, 1), "Nachfragen")
    add_follow_up(database, admin, late, date(2026, 7, 1), "Nachfragen")

    def order(sort: CaseSort, descending: bool) -> list[int]:
        query = CaseQuery(sort=sort, descending=descending)
        return [row.id for row in fetch_cases(database, admin, query, 0, 10)]

    # Cases without a date (and without an advisor) come first going up, last going down.
    assert order(CaseSort.LAST_CONTACT, False) == [quiet, early, late]
    assert order(CaseSort.LAST_CONTACT, True) == [late, early, quiet]
    assert order(CaseSort.NEXT_FOLLOW_UP, False) == [quiet, late, early]
    assert order(CaseSort.ADVISOR, False) == [quiet, late, early]  # Anna before Zora
    assert order(CaseSort.ADVISOR, True) == [early, late, quiet]
    rows = fetch_cases(database, admin, CaseQuery(sort=CaseSort.ADVISOR), 0, 10)
    assert {row.id: row.advisor for row in rows}[early] == "Zora Petrenko"
    assert {row.id: row.last_contact for row in rows}[late] == date(2026, 5, 9)
