"""Case files, enrollments, consultations and the start page, through the services."""

from datetime import date, time

import pytest

from app.domain.enums import (
    Answer,
    CaseStatus,
    ConsentKind,
    ConsultationFormat,
    ConsultationKind,
    EducationLevel,
    EmploymentStatus,
    ExitStatus,
    Gender,
    ResidenceStatus,
    Role,
    SensitiveAnswer,
)
from app.services.actor import Actor
from app.services.case_file import read_case_file
from app.services.case_list import CaseQuery, CaseSort, count_cases, fetch_cases
from app.services.cases import CaseInput, create_case, find_duplicates, update_case
from app.services.consultations import (
    ConsultationInput,
    ConsultationQuery,
    add_consultation,
    count_consultations,
    fetch_consultations,
    list_topics,
)
from app.services.enrollments import (
    EntryAnswers,
    ExitAnswers,
    close_case,
    enroll,
    record_consent,
    reopen_case,
    update_entry_answers,
)
from app.services.errors import PermissionDenied, ValidationError
from app.services.followups import complete_follow_up
from app.services.projects import list_projects
from app.services.settings import RESTRICT_ADVISORS_TO_OWN_CASES, set_setting
from app.services.start_page import start_page
from app.services.users import add_user
from app.storage.database import Database

TODAY = date(2026, 3, 20)


def make_actor(database: Database, admin: Actor, name: str, role: Role) -> Actor:
    user = add_user(database, admin, name, role.value, "passwort-123-lang", name.title())
    assert user.id is not None
    return Actor(user.id, user.username, user.display_name, role)


@pytest.fixture
def advisor(database: Database, admin: Actor) -> Actor:
    return make_actor(database, admin, "leyla", Role.ADVISOR)


def new_case(database: Database, actor: Actor, first: str, last: str, **extra: object) -> int:
    values: dict[str, object] = {"gender": Gender.FEMALE, "birth_date": date(1990, 5, 17)}
    values.update(extra)
    participant = create_case(
        database, actor, CaseInput(first_name=first, last_name=last, **values), today=TODAY
    )  # type: ignore[arg-type]
    assert participant.id is not None
    return participant.id


def test_create_case_numbers_search_key_and_advisor(database: Database, advisor: Actor) -> None:
    case_id = new_case(
        database,
        advisor,
        "Ayşe",
        "Yılmaz",
        nationalities=("TR", "Deutschland"),
        languages=("tr", "Deutsch"),
        phone="0511 123456",
    )
    case = read_case_file(database, advisor, case_id)
    assert case.participant.case_number == "2026-0001"
    assert case.participant.advisor_id == advisor.user_id
    assert case.nationalities == ["TR", "DE"] and case.languages == ["de", "tr"]
    assert case.art13_notice_missing


@pytest.mark.parametrize(
    ("typed", "stored_first", "stored_last"),
    [
        ("muller", "Hans", "Müller"),
        ("yilmaz", "Ayşe", "Yılmaz"),
        ("sokolova", "Olena", "Sokolová"),
        ("SOKOLOVA", "Iryna", "Соколова"),
        ("ayse yil", "Ayşe", "Yılmaz"),
        ("2026-0001", "Hans", "Müller"),
    ],
)
def test_search_is_case_accent_and_script_insensitive(
    database: Database, advisor: Actor, typed: str, stored_first: str, stored_last: str
) -> None:
    for first, last in (
        ("Hans", "Müller"),
        ("Ayşe", "Yılmaz"),
        ("Olena", "Sokolová"),
        ("Iryna", "Соколова"),
        ("Omar", "Haddad"),
    ):
        new_case(database, advisor, first, last)
    rows = fetch_cases(database, advisor, CaseQuery(text=typed), 0, 50)
    assert (stored_first, stored_last) in {(r.first_name, r.last_name) for r in rows}
    assert ("Omar", "Haddad") not in {(r.first_name, r.last_name) for r in rows}
    assert count_cases(database, advisor, CaseQuery(text=typed)) == len(rows)


def test_search_by_phone_and_percent_signs_are_literal(database: Database, advisor: Actor) -> None:
    new_case(database, advisor, "Omar", "Haddad", phone="0176 5550123")
    assert [
        r.last_name for r in fetch_cases(database, advisor, CaseQuery(text="5550123"), 0, 9)
    ] == ["Haddad"]
    assert fetch_cases(database, advisor, CaseQuery(text="%"), 0, 9) == []


def test_case_validation_names_the_field(database: Database, advisor: Actor) -> None:
    with pytest.raises(ValidationError, match="Postcode: '301' is not allowed") as error:
        create_case(database, advisor, CaseInput("A", "B", Gender.MALE, postcode="301"), TODAY)
    assert error.value.field == "postcode"
    with pytest.raises(ValidationError, match="Date of birth: must lie between 1900 and today"):
        create_case(
            database, advisor, CaseInput("A", "B", Gender.MALE, birth_date=date(2027, 1, 1)), TODAY
        )
    with pytest.raises(ValidationError, match="Nationalities: 'Atlantis' is not a country"):
        create_case(
            database, advisor, CaseInput("A", "B", Gender.MALE, nationalities=("Atlantis",)), TODAY
        )
    with pytest.raises(ValidationError, match="First name: this field is required"):
        create_case(database, advisor, CaseInput(" ", "B", Gender.MALE), TODAY)
    assert count_cases(database, advisor, CaseQuery()) == 0


def test_duplicates_match_name_and_birth_date_or_postcode(
    database: Database, advisor: Actor
) -> None:
    case_id = new_case(database, advisor, "Hans", "Müller", postcode="30159")
    hints = find_duplicates(database, advisor, "hans", "Muller", date(1990, 5, 17), None)
    assert [h.participant_id for h in hints] == [case_id]
    assert find_duplicates(database, advisor, "Hans", "Müller", None, "30159")
    assert not find_duplicates(database, advisor, "Hans", "Müller", date(1991, 1, 1), "30161")
    assert not find_duplicates(
        database, advisor, "Hans", "Müller", date(1990, 5, 17), None, case_id
    )


def esf_project_id(database: Database, actor: Actor) -> int:
    project = list_projects(database, actor)[0]
    assert project.esf and project.id is not None
    return project.id


def test_entry_answers_are_frozen_and_late_changes_need_a_reason(
    database: Database, advisor: Actor
) -> None:
    case_id = new_case(database, advisor, "Omar", "Haddad", nationalities=("SY",))
    partly = EntryAnswers(
        EmploymentStatus.UNEMPLOYED, 13, EducationLevel.ISCED_3_4, SensitiveAnswer.REFUSED
    )
    enrollment = enroll(
        database,
        advisor,
        case_id,
        esf_project_id(database, advisor),
        date(2026, 1, 10),
        partly,
        today=date(2026, 1, 12),
    )
    assert enrollment.third_country_national == Answer.YES
    # Questions not yet asked stay missing: the entry data are not recorded yet.
    assert enrollment.entry_recorded_on is None
    assert enrollment.minority is None and enrollment.rural_area is None
    assert partly.missing() == ["minority", "foreign_origin", "homeless", "rural_area"]
    answers = EntryAnswers(
        EmploymentStatus.UNEMPLOYED,
        13,
        EducationLevel.ISCED_3_4,
        SensitiveAnswer.REFUSED,
        SensitiveAnswer.UNKNOWN,
        Answer.YES,
        Answer.NO,
        Answer.UNKNOWN,
    )
    assert enrollment.id is not None
    update_entry_answers(database, advisor, enrollment.id, answers, today=date(2026, 1, 20))
    recorded = read_case_file(database, advisor, case_id).enrollments[0].enrollment
    assert recorded.entry_recorded_on == date(2026, 1, 20)
    assert recorded.minority == SensitiveAnswer.UNKNOWN  # "keine Angabe" is an answer
    # Nationality changes later do not change the frozen entry answer.
    update_case(
        database,
        advisor,
        case_id,
        CaseInput("Omar", "Haddad", Gender.MALE, nationalities=("DE",)),
        TODAY,
    )
    case = read_case_file(database, advisor, case_id)
    assert case.enrollments[0].enrollment.third_country_national == Answer.YES
    changed = EntryAnswers(**{**answers.__dict__, "unemployed_months": 14})
    with pytest.raises(ValidationError, match="needs a reason") as error:
        update_entry_answers(database, advisor, enrollment.id, changed, None, today=TODAY)
    assert error.value.field == "reason"
    update_entry_answers(database, advisor, enrollment.id, changed, "Tippfehler", today=TODAY)
    with pytest.raises(ValidationError, match="only allowed for unemployed"):
        update_entry_answers(
            database,
            advisor,
            enrollment.id,
            EntryAnswers(EmploymentStatus.EMPLOYED, 3),
            "x",
            today=TODAY,
        )
    with pytest.raises(ValidationError, match="already enrolled"):
        enroll(
            database,
            advisor,
            case_id,
            esf_project_id(database, advisor),
            date(2026, 2, 1),
            today=TODAY,
        )


def test_close_and_reopen_a_case(database: Database, advisor: Actor) -> None:
    case_id = new_case(database, advisor, "Omar", "Haddad")
    enrollment = enroll(
        database,
        advisor,
        case_id,
        esf_project_id(database, advisor),
        date(2026, 1, 10),
        EntryAnswers(),
        today=TODAY,
    )
    assert enrollment.id is not None
    with pytest.raises(ValidationError, match="Exit date: must not be before the entry date"):
        close_case(
            database,
            advisor,
            case_id,
            date(2026, 1, 5),
            {enrollment.id: ExitAnswers(date(2026, 1, 5))},
            today=TODAY,
        )
    close_case(
        database,
        advisor,
        case_id,
        date(2026, 3, 1),
        {enrollment.id: ExitAnswers(date(2026, 3, 1), ExitStatus.EMPLOYED, True)},
        today=TODAY,
    )
    case = read_case_file(database, advisor, case_id)
    assert case.participant.status == CaseStatus.CLOSED
    assert case.enrollments[0].enrollment.exit_status == ExitStatus.EMPLOYED
    with pytest.raises(ValidationError, match="Reason for reopening"):
        reopen_case(database, advisor, case_id, "  ")
    reopen_case(database, advisor, case_id, "Neue Fragen zur Anerkennung")
    assert read_case_file(database, advisor, case_id).participant.status == CaseStatus.OPEN


def test_consultations_first_then_follow_ups_and_anonymous_contacts(
    database: Database, advisor: Actor
) -> None:
    case_id = new_case(database, advisor, "Omar", "Haddad")
    topics = [t.id for t in list_topics(database, advisor)][:2]
    later = add_consultation(
        database,
        advisor,
        ConsultationInput(
            case_id,
            date(2026, 3, 10),
            45,
            topic_ids=tuple(t for t in topics if t),
            language_code="Arabisch",
            interpreter=True,
            note="Zeugnisse gesichtet",
            follow_up_on=date(2026, 3, 18),
        ),
        today=TODAY,
    )
    assert later.kind == ConsultationKind.FIRST and later.language_code == "ar"
    earlier = add_consultation(
        database,
        advisor,
        ConsultationInput(case_id, date(2026, 3, 2), 30, start_time=time(9, 30)),
        today=TODAY,
    )
    assert earlier.kind == ConsultationKind.FIRST
    case = read_case_file(database, advisor, case_id)
    assert [c.kind for c in case.consultations] == [
        ConsultationKind.FOLLOW_UP,
        ConsultationKind.FIRST,
    ]
    assert case.consultations[0].note == "Zeugnisse gesichtet"
    assert len(case.follow_ups) == 1
    anonymous = add_consultation(
        database,
        advisor,
        ConsultationInput(None, date(2026, 3, 11), 10, format=ConsultationFormat.PHONE),
        today=TODAY,
    )
    assert anonymous.participant_id is None and anonymous.kind == ConsultationKind.FIRST
    rows = fetch_consultations(database, advisor, ConsultationQuery(), 0, 10)
    assert [r.case_number for r in rows] == [None, "2026-0001", "2026-0001"]
    assert count_consultations(database, advisor, ConsultationQuery(anonymous_only=True)) == 1
    assert (
        count_consultations(
            database,
            advisor,
            ConsultationQuery(date_from=date(2026, 3, 3), date_to=date(2026, 3, 10)),
        )
        == 1
    )
    with pytest.raises(ValidationError, match="Date: must not lie in the future"):
        add_consultation(
            database, advisor, ConsultationInput(case_id, date(2026, 3, 21), 30), today=TODAY
        )
    with pytest.raises(ValidationError, match="Duration: from 1 to 600 minutes"):
        add_consultation(database, advisor, ConsultationInput(case_id, TODAY, 0), today=TODAY)


def test_start_page_lists_what_is_due(database: Database, advisor: Actor) -> None:
    case_id = new_case(database, advisor, "Omar", "Haddad")
    add_consultation(
        database,
        advisor,
        ConsultationInput(
            case_id,
            date(2026, 3, 10),
            45,
            follow_up_on=date(2026, 3, 18),
            follow_up_subject="Bescheid prüfen",
        ),
        today=TODAY,
    )
    enroll(
        database, advisor, case_id, esf_project_id(database, advisor), date(2026, 2, 1), today=TODAY
    )
    page = start_page(database, advisor, today=TODAY)
    assert [(i.name, i.detail) for i in page.follow_ups] == [("Omar Haddad", "Bescheid prüfen")]
    assert page.follow_ups[0].overdue(TODAY)
    assert [i.participant_id for i in page.esf_entry_missing] == [case_id]
    assert page.esf_entry_missing[0].overdue(TODAY)  # due 01.03.2026
    assert page.recent_cases[0].participant_id == case_id
    assert page.month is not None and page.month.consultations == 1
    assert page.month.people_counselled == 1
    follow_up_id = page.follow_ups[0].follow_up_id
    assert follow_up_id is not None
    complete_follow_up(database, advisor, follow_up_id)
    assert start_page(database, advisor, today=TODAY).follow_ups == []


def test_filters_and_sorting(database: Database, advisor: Actor) -> None:
    first = new_case(database, advisor, "Omar", "Haddad")
    second = new_case(database, advisor, "Ayşe", "Yılmaz")
    enroll(
        database, advisor, second, esf_project_id(database, advisor), date(2026, 2, 1), today=TODAY
    )
    add_consultation(database, advisor, ConsultationInput(first, date(2026, 3, 1), 30), today=TODAY)
    assert [r.id for r in fetch_cases(database, advisor, CaseQuery(esf_incomplete=True), 0, 9)] == [
        second
    ]
    assert [
        r.id
        for r in fetch_cases(
            database, advisor, CaseQuery(project_id=esf_project_id(database, advisor)), 0, 9
        )
    ] == [second]
    by_contact = fetch_cases(database, advisor, CaseQuery(sort=CaseSort.LAST_CONTACT), 0, 9)
    assert by_contact[0].id == first and by_contact[0].last_contact == date(2026, 3, 1)
    by_name = fetch_cases(database, advisor, CaseQuery(sort=CaseSort.NAME, descending=False), 0, 9)
    assert [r.last_name for r in by_name] == ["Haddad", "Yılmaz"]
    assert (
        fetch_cases(database, advisor, CaseQuery(sort=CaseSort.NAME, descending=False), 1, 9)[0].id
        == second
    )


def test_volunteers_treasurers_and_coordinators_never_see_cases_or_notes(
    database: Database, admin: Actor, advisor: Actor
) -> None:
    case_id = new_case(
        database,
        advisor,
        "Omar",
        "Haddad",
        residence_status=ResidenceStatus.TOLERATION,
        remarks="psychisch belastet",
    )
    add_consultation(
        database, advisor, ConsultationInput(case_id, TODAY, 30, note="vertraulich"), today=TODAY
    )
    for role in (Role.TREASURER, Role.VOLUNTEER):
        outsider = make_actor(database, admin, f"x-{role.value}", role)
        with pytest.raises(PermissionDenied):
            fetch_cases(database, outsider, CaseQuery(text="haddad"), 0, 9)
        with pytest.raises(PermissionDenied):
            read_case_file(database, outsider, case_id)
        with pytest.raises(PermissionDenied):
            fetch_consultations(database, outsider, ConsultationQuery(), 0, 9)
        assert start_page(database, outsider).follow_ups == []
    # Coordinators match tandems: they find a mentee by name, but read no case file.
    coordinator = make_actor(database, admin, "jana", Role.COORDINATOR)
    with pytest.raises(PermissionDenied):
        read_case_file(database, coordinator, case_id)
    with pytest.raises(PermissionDenied):
        fetch_cases(database, coordinator, CaseQuery(), 0, 9)
    with pytest.raises(PermissionDenied):
        fetch_consultations(database, coordinator, ConsultationQuery(), 0, 9)


def test_advisors_can_be_limited_to_their_own_cases(
    database: Database, admin: Actor, advisor: Actor
) -> None:
    other = make_actor(database, admin, "samir", Role.ADVISOR)
    own = new_case(database, advisor, "Omar", "Haddad")
    foreign = new_case(database, other, "Ayşe", "Yılmaz")
    assert count_cases(database, advisor, CaseQuery()) == 2
    set_setting(database, admin, RESTRICT_ADVISORS_TO_OWN_CASES, True)
    assert [r.id for r in fetch_cases(database, advisor, CaseQuery(), 0, 9)] == [own]
    with pytest.raises(PermissionDenied, match="responsible advisor"):
        read_case_file(database, advisor, foreign)
    assert count_cases(database, admin, CaseQuery()) == 2


def test_consents_and_the_art13_notice(database: Database, advisor: Actor) -> None:
    case_id = new_case(database, advisor, "Omar", "Haddad")
    record_consent(
        database,
        advisor,
        case_id,
        ConsentKind.ART13_NOTICE,
        date(2026, 3, 1),
        "ESF-2024",
        today=TODAY,
    )
    case = read_case_file(database, advisor, case_id)
    assert not case.art13_notice_missing


def test_every_problem_of_a_case_is_reported_at_once() -> None:
    from app.services.cases import check_case
    from app.services.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        check_case(
            CaseInput(
                "",
                "Haddad",
                None,
                postcode="301",
                email="keine adresse",
                nationalities=("Atlantis",),
                arrival_year=1850,
            ),
            date(2026, 11, 22),
        )
    fields = [field for field, _ in caught.value.problems]
    assert sorted(fields) == sorted(
        ["first_name", "gender", "postcode", "email", "arrival_year", "nationalities"]
    )
    assert caught.value.message.count("\n") == len(fields) - 1


def test_a_country_belongs_only_to_a_qualification_that_was_obtained() -> None:
    from app.domain.enums import VocationalQualification
    from app.services.cases import check_case
    from app.services.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        check_case(
            CaseInput(
                "Emre",
                "Arslan",
                Gender.MALE,
                vocational_qualification=VocationalQualification.NONE,
                vocational_qualification_country="Türkei",
            )
        )
    assert [field for field, _ in caught.value.problems] == ["vocational_qualification_country"]
    check_case(
        CaseInput(
            "Emre",
            "Arslan",
            Gender.MALE,
            vocational_qualification=VocationalQualification.BACHELOR,
            vocational_qualification_country="Türkei",
        )
    )
