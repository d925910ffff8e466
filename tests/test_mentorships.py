"""Tandems: who is suggested as mentor, what a tandem needs, the written agreement."""

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from app.domain.enums import (
    Activity,
    Gender,
    HoursStatus,
    MeetingRhythm,
    MentorshipGoal,
    MentorshipStatus,
)
from app.services.actor import Actor
from app.services.cases import CaseInput, create_case
from app.services.errors import ValidationError
from app.services.mentorships import (
    MentorshipInput,
    change_status,
    create_mentorship,
    list_mentorships,
    quiet_tandems,
    suggest_mentors,
    write_agreement,
)
from app.services.settings import TANDEM_TRAINING_REQUIRED, set_setting
from app.services.volunteer_hours import HoursInput, add_hours
from app.services.volunteers import VolunteerInput, save_volunteer
from app.storage.database import Database

TODAY = date(2026, 3, 20)


def volunteer(database: Database, admin: Actor, first: str, **extra: object) -> int:
    values: dict[str, object] = {
        "clearance_seen_on": date(2025, 6, 1),
        "training_on": date(2025, 6, 15),
    }
    values.update(extra)
    saved = save_volunteer(database, admin, VolunteerInput(first, "Muster", **values))  # type: ignore[arg-type]
    assert saved.id is not None
    return saved.id


@pytest.fixture
def mentee(database: Database, admin: Actor) -> int:
    participant = create_case(
        database,
        admin,
        CaseInput("Olena", "Kovalenko", Gender.FEMALE, city="Hannover", languages=("uk", "ru")),
        today=TODAY,
    )
    assert participant.id is not None
    return participant.id


def test_suggestions_need_a_valid_clearance_and_rank_languages_then_place(
    database: Database, admin: Actor, mentee: int
) -> None:
    volunteer(database, admin, "Anna", city="Hannover")
    volunteer(database, admin, "Bohdan", languages=("uk",))
    volunteer(database, admin, "Chiara", languages=("uk",), city="hannover")
    volunteer(database, admin, "Dmytro", languages=("uk", "ru"), clearance_seen_on=None)
    volunteer(database, admin, "Emil", languages=("ru",), clearance_seen_on=date(2020, 1, 1))
    names = [s.name for s in suggest_mentors(database, admin, mentee, TODAY)]
    assert names == ["Chiara Muster", "Bohdan Muster", "Anna Muster"]
    best = suggest_mentors(database, admin, mentee, TODAY)[0]
    assert best.shared_languages == ("uk",) and best.same_place


def test_a_tandem_needs_goals_and_a_clearance_and_saves_nothing_otherwise(
    database: Database, admin: Actor, mentee: int
) -> None:
    cleared = volunteer(database, admin, "Anna")
    uncleared = volunteer(database, admin, "Bernd", clearance_seen_on=None)
    with pytest.raises(ValidationError, match="at least one goal"):
        create_mentorship(
            database,
            admin,
            MentorshipInput(cleared, mentee, TODAY, rhythm=MeetingRhythm.WEEKLY),
            TODAY,
        )
    with pytest.raises(ValidationError, match=r"no valid police clearance on 20\.03\.2026"):
        create_mentorship(
            database,
            admin,
            MentorshipInput(
                uncleared,
                mentee,
                TODAY,
                goals=(MentorshipGoal.APPLICATIONS,),
                rhythm=MeetingRhythm.WEEKLY,
            ),
            TODAY,
        )
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM mentorship")).scalar_one() == 0


def test_the_agreement_names_both_people_goals_and_rhythm(
    database: Database, admin: Actor, mentee: int, tmp_path: Path
) -> None:
    mentor = volunteer(database, admin, "Anna")
    tandem = create_mentorship(
        database,
        admin,
        MentorshipInput(
            mentor,
            mentee,
            date(2026, 3, 1),
            MeetingRhythm.BIWEEKLY,
            goals=(MentorshipGoal.GERMAN_LANGUAGE, MentorshipGoal.GERMAN_LANGUAGE),
            goals_text="Führerschein vorbereiten",
        ),
        TODAY,
    )
    assert tandem.id is not None
    with database.engine.connect() as connection:
        goals = connection.execute(text("SELECT goal FROM mentorship_goal")).scalars().all()
        audit = connection.execute(
            text("SELECT count(*) FROM audit_event WHERE entity = 'mentorship'")
        ).scalar_one()
    assert goals == ["german_language"] and audit == 1
    pdf = write_agreement(database, admin, tandem.id, tmp_path / "tandem.pdf")
    page = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    for expected in (
        "Tandemvereinbarung",
        "Anna Muster (Mentor*in) und Olena Kovalenko (Mentee)",
        "Beginn: 01.03.2026",
        "alle zwei Wochen",
        "Deutsch lernen und üben",
        "Führerschein vorbereiten",
        "Unterschrift Mentee",
    ):
        assert expected in page


def test_ending_a_tandem_needs_a_sensible_end_date(
    database: Database, admin: Actor, mentee: int
) -> None:
    mentor = volunteer(database, admin, "Anna")
    goals = (MentorshipGoal.AUTHORITIES,)
    tandem = create_mentorship(
        database,
        admin,
        MentorshipInput(mentor, mentee, date(2026, 3, 1), goals=goals, rhythm=MeetingRhythm.WEEKLY),
        TODAY,
    )
    assert tandem.id is not None
    with pytest.raises(ValidationError, match="needs the day it ended"):
        change_status(database, admin, tandem.id, MentorshipStatus.ENDED, None)
    with pytest.raises(ValidationError, match=r"before the start \(01\.03\.2026\)"):
        change_status(database, admin, tandem.id, MentorshipStatus.ENDED, date(2026, 2, 1))
    assert list_mentorships(database, admin)[0].status == MentorshipStatus.ACTIVE
    change_status(database, admin, tandem.id, MentorshipStatus.ENDED, date(2026, 9, 30))
    row = list_mentorships(database, admin)[0]
    assert (row.status, row.end_date) == (MentorshipStatus.ENDED, date(2026, 9, 30))
    change_status(database, admin, tandem.id, MentorshipStatus.ACTIVE, date(2026, 9, 30))
    assert list_mentorships(database, admin)[0].end_date is None  # resumed: no end any more


def log_hours(
    database: Database,
    admin: Actor,
    volunteer_id: int,
    participant_id: int,
    day: date,
    status: HoursStatus,
) -> None:
    """A mentoring hour the mentor logged for the mentee, in the given state."""
    entry = add_hours(
        database,
        admin,
        HoursInput(volunteer_id, day, "1", Activity.MENTORING, participant_id=participant_id),
        TODAY,
    )
    with database.engine.begin() as connection:
        connection.execute(
            text("UPDATE volunteer_hours SET status = :status WHERE id = :id"),
            {"status": status.value, "id": entry.id},
        )


def test_the_club_can_require_the_training_before_a_tandem(
    database: Database, admin: Actor, mentee: int
) -> None:
    trained = volunteer(database, admin, "Anna")
    untrained = volunteer(database, admin, "Bohdan", languages=("uk",), training_on=None)
    later = volunteer(database, admin, "Chiara", training_on=date(2026, 4, 1))
    goals = (MentorshipGoal.APPLICATIONS,)
    # Required by default: neither the untrained nor the later-trained mentor is offered.
    assert [s.volunteer_id for s in suggest_mentors(database, admin, mentee, TODAY)] == [trained]
    for mentor in (untrained, later):
        with pytest.raises(ValidationError, match=r"training by 20\.03\.2026"):
            create_mentorship(
                database,
                admin,
                MentorshipInput(mentor, mentee, TODAY, MeetingRhythm.WEEKLY, goals),
                TODAY,
            )
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM mentorship")).scalar_one() == 0
    set_setting(database, admin, TANDEM_TRAINING_REQUIRED, False)
    offered = {s.volunteer_id for s in suggest_mentors(database, admin, mentee, TODAY)}
    assert offered == {trained, untrained, later}
    create_mentorship(
        database,
        admin,
        MentorshipInput(untrained, mentee, TODAY, MeetingRhythm.WEEKLY, goals),
        TODAY,
    )


def test_a_tandem_needs_its_rhythm_and_goals_named_together(
    database: Database, admin: Actor, mentee: int
) -> None:
    mentor = volunteer(database, admin, "Anna")
    with pytest.raises(ValidationError) as refused:
        create_mentorship(database, admin, MentorshipInput(mentor, mentee, TODAY), TODAY)
    assert {field for field, _ in refused.value.problems} == {"goals", "rhythm"}
    assert "Meetings: choose how often the tandem meets." in str(refused.value)


def test_tandems_without_meetings_for_longer_than_their_rhythm(
    database: Database, admin: Actor, mentee: int
) -> None:
    """Weekly: due 7 + 14 days after the start or the last meeting; a rejected entry is
    no meeting; paused tandems and 'nach Absprache' are not checked."""
    goals = (MentorshipGoal.APPLICATIONS,)
    start = date(2026, 1, 5)
    weekly, monthly, loose = (
        volunteer(database, admin, name) for name in ("Anna", "Bohdan", "Chiara")
    )

    def tandem(mentor: int, rhythm: MeetingRhythm) -> int:
        made = create_mentorship(
            database, admin, MentorshipInput(mentor, mentee, start, rhythm, goals), TODAY
        )
        assert made.id is not None
        return made.id

    weekly_id = tandem(weekly, MeetingRhythm.WEEKLY)
    tandem(monthly, MeetingRhythm.MONTHLY)
    tandem(loose, MeetingRhythm.IRREGULAR)
    log_hours(database, admin, weekly, mentee, date(2026, 3, 1), HoursStatus.APPROVED)
    log_hours(database, admin, weekly, mentee, date(2026, 3, 5), HoursStatus.REJECTED)
    log_hours(database, admin, monthly, mentee, date(2026, 3, 1), HoursStatus.SUBMITTED)

    def quiet(today: date) -> list[tuple[str, date | None, date]]:
        return [(t.mentor, t.last_meeting, t.due) for t in quiet_tandems(database, admin, today)]

    assert quiet(date(2026, 3, 22)) == []  # weekly due 22.03 (1 March + 21 days)
    assert quiet(date(2026, 3, 23)) == [("Anna Muster", date(2026, 3, 1), date(2026, 3, 22))]
    # Monthly: 1 March + 31 + 14 days = 15 April.
    assert [row[0] for row in quiet(date(2026, 4, 16))] == ["Anna Muster", "Bohdan Muster"]
    change_status(database, admin, weekly_id, MentorshipStatus.PAUSED, None)
    assert [row[0] for row in quiet(date(2026, 4, 16))] == ["Bohdan Muster"]


def test_a_minor_mentee_gets_the_agreement_in_her_language_with_a_guardian_line(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    """German first, then English (a template exists; Ukrainian has none yet); three
    signature lines, a fourth for the guardian of a 16-year-old; the data-protection
    clause in both."""
    mentor = volunteer(database, admin, "Anna")
    young = create_case(
        database,
        admin,
        CaseInput(
            "Daryna",
            "Melnyk",
            Gender.FEMALE,
            birth_date=date(2010, 1, 10),
            languages=("uk", "en"),
        ),
        today=TODAY,
    )
    assert young.id is not None
    tandem = create_mentorship(
        database,
        admin,
        MentorshipInput(
            mentor,
            young.id,
            date(2026, 3, 1),
            MeetingRhythm.WEEKLY,
            (MentorshipGoal.TRAINING,),
        ),
        TODAY,
    )
    assert tandem.id is not None
    pdf = PdfReader(write_agreement(database, admin, tandem.id, tmp_path / "tandem.pdf"))
    text = " ".join(" ".join(page.extract_text().split()) for page in pdf.pages)
    german, english = text.split("Tandem agreement", 1)
    for expected in (
        "Beginn: 01.03.2026",
        "wöchentlich",  # (the PDF text has "ff" as one ligature glyph)
        "Begleitung in Ausbildung und Schule",
        "Datenschutz",
        "Unterschrift Mentee",
        "Unterschrift Mentor*in",
        "Unterschrift Koordination",
        "Unterschrift der*des Erziehungsberechtigten",
    ):
        assert expected in german, expected
    for expected in (
        "between Anna Muster (mentor) and Daryna Melnyk (mentee)",
        "Meetings: weekly",
        "Support in training and school",
        "Data protection",
        "signature of the parent or guardian",
    ):
        assert expected in english, expected
    # An adult mentee signs alone: no guardian line.
    adult = create_mentorship(
        database,
        admin,
        MentorshipInput(
            volunteer(database, admin, "Bohdan"),
            young.id,
            date(2028, 2, 1),
            MeetingRhythm.MONTHLY,
            (MentorshipGoal.OTHER,),
        ),
        TODAY,
    )
    assert adult.id is not None
    grown = PdfReader(write_agreement(database, admin, adult.id, tmp_path / "adult.pdf"))
    assert "Erziehungsberechtigten" not in grown.pages[0].extract_text()
