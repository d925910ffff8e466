"""The events report: a hand-made set of events, every figure of every table checked.

Three events in March 2026 (one outside the period, one of another project), helpers'
hours approved, still submitted or rejected, partners, languages and topics."""

from datetime import date

import pytest
from sqlalchemy import text

from app.domain.enums import EventKind, Role
from app.services.actor import Actor
from app.services.errors import ValidationError
from app.services.events import EventInput, event_topic_choices, save_event
from app.services.projects import ProjectInput, add_project, list_projects
from app.services.report_kinds import ReportRequest, build_report
from app.services.reports import Period
from app.services.users import add_user
from app.storage.database import Database

TODAY = date(2026, 4, 2)
MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))


@pytest.fixture
def coordinator(database: Database, admin: Actor) -> Actor:
    user = add_user(database, admin, "jana", Role.COORDINATOR.value, "passwort-1234-lang", "Jana")
    assert user.id is not None
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO volunteer (id, number, first_name, last_name, status, search_text, "
                "created_at) VALUES (1, 'E-0001', 'Reem', 'Mansour', 'active', '', '2026-01-01'), "
                "(2, 'E-0002', 'Bohdan', 'Melnyk', 'active', '', '2026-01-01')"
            )
        )
    return Actor(user.id, user.username, user.display_name, Role.COORDINATOR)


def test_every_figure_of_the_events_report(
    database: Database, admin: Actor, coordinator: Actor
) -> None:
    topics = dict((name, topic_id) for topic_id, name in event_topic_choices(database, admin))
    first, second = list(topics)[:2]
    esf = list_projects(database, admin)[0].id
    other = add_project(
        database, admin, ProjectInput("KULTUR", "Kulturbrücken", "Stadt", "01.01.2026")
    ).id
    kultur = "Arabischer Kulturverein Hannover e.V."
    save_event(
        database,
        coordinator,
        EventInput(
            EventKind.INFO_EVENT,
            "Infoabend Anerkennung",
            date(2026, 3, 5),
            30,
            18,
            10,
            1,
            project_id=esf,
            helpers=((1, "3"), (2, "2,5")),
            partner_organisation=f" {kultur} ",
            people_reached=120,
            languages=("Arabisch", "de"),
            topic_ids=(topics[first],),
        ),
        TODAY,
    )
    save_event(
        database,
        coordinator,
        EventInput(
            EventKind.WORKSHOP,
            "Bewerbungswerkstatt",
            date(2026, 3, 20),
            12,
            project_id=other,
            helpers=((1, "2"),),
            languages=("uk",),
            topic_ids=(topics[first], topics[second]),
        ),
        TODAY,
    )
    save_event(
        database,
        coordinator,
        EventInput(
            EventKind.INFO_EVENT,
            "Infoabend Ausbildung",
            date(2026, 3, 31),
            8,
            4,
            4,
            0,
            partner_organisation=kultur,
            languages=("ar",),
        ),
        TODAY,
    )
    save_event(
        database,
        coordinator,
        EventInput(EventKind.OFFICE_HOURS, "Sprechstunde", date(2026, 4, 1), 5),
        TODAY,
    )
    with database.engine.begin() as connection:  # hours not approved do not count
        connection.execute(
            text(
                "INSERT INTO volunteer_hours (volunteer_id, date, minutes, activity, event_id, "
                "status, created_at) VALUES (2, '2026-03-20', 60, 'event', 2, 'rejected', "
                "'2026-03-21'), (2, '2026-03-31', 120, 'event', 3, 'submitted', '2026-03-31')"
            )
        )

    report = build_report(database, coordinator, "events", ReportRequest(MARCH))
    listing = report.table("Veranstaltungen")
    assert listing.rows == [
        [date(2026, 3, 5), "Informationsveranstaltung", "Infoabend Anerkennung", "WIR-2026",
         kultur, "Arabisch, Deutsch", first, 30, 120, 2, 5.5],
        [date(2026, 3, 20), "Workshop", "Bewerbungswerkstatt", "KULTUR", "", "Ukrainisch",
         f"{first}, {second}", 12, 0, 1, 2.0],
        [date(2026, 3, 31), "Informationsveranstaltung", "Infoabend Ausbildung", "", kultur,
         "Arabisch", "", 8, 0, 0, 0.0],
        ["Summe", "", "3 Veranstaltungen", "", "", "", "", 50, 120, "", 7.5],
    ]  # fmt: skip
    assert report.table("Nach Art").rows == [
        ["Informationsveranstaltung", 2, 38, 120, 5.5],
        ["Workshop", 1, 12, 0, 2.0],
        ["Summe", 3, 50, 120, 7.5],
    ]
    assert report.table("Nach Partnerorganisation").rows == [
        [kultur, 2, 38, 120, 5.5],
        ["ohne Partnerorganisation", 1, 12, 0, 2.0],
    ]
    assert report.table("Nach Sprache").rows == [
        ["Arabisch", 2, 38, 120, 5.5],
        ["Deutsch", 1, 30, 120, 5.5],
        ["Ukrainisch", 1, 12, 0, 2.0],
    ]
    assert report.table("Nach Thema").rows == [
        [first, 2, 42, 120, 7.5],
        [second, 1, 12, 0, 2.0],
        ["ohne Angabe", 1, 8, 0, 0.0],  # what was not recorded comes last
    ]
    # 12 workshop attendees were not counted by gender; the first event's count left 1.
    assert report.table("Teilnehmende nach Geschlecht").rows == [
        ["Frauen", 22],
        ["Männer", 14],
        ["divers", 1],
        ["ohne Angabe", 13],
        ["Summe", 50],
    ]
    assert report.parameters == [
        ("Zeitraum", "01.03.2026 – 31.03.2026"),
        ("Projekte", "alle Veranstaltungen"),
    ]

    only = build_report(database, coordinator, "events", ReportRequest(MARCH, projects=("KULTUR",)))
    assert [row[2] for row in only.table("Veranstaltungen").rows] == [
        "Bewerbungswerkstatt",
        "1 Veranstaltungen",
    ]


def test_an_event_names_every_problem_at_once(database: Database, coordinator: Actor) -> None:
    with pytest.raises(ValidationError) as refused:
        save_event(
            database,
            coordinator,
            EventInput(
                None,
                " ",
                date(2026, 3, 5),
                10,
                people_reached=-3,
                languages=("Klingonisch",),
            ),
            TODAY,
        )
    fields = {field for field, _ in refused.value.problems}
    assert fields == {"kind", "title", "people_reached", "languages"}
    with pytest.raises(ValidationError, match="Topics: choose topics from the club's list"):
        save_event(
            database,
            coordinator,
            EventInput(EventKind.WORKSHOP, "Kurs", date(2026, 3, 5), 10, topic_ids=(999,)),
            TODAY,
        )
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM event")).scalar_one() == 0
