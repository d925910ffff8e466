"""Volunteer hours (rules, self-entry, approval), allowances against the caps, timesheets."""

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.domain.enums import (
    Activity,
    AllowanceKind,
    EventKind,
    HoursStatus,
    Role,
    VolunteerStatus,
)
from app.reports.periods import month
from app.services.actor import Actor
from app.services.allowances import (
    DeclarationInput,
    PaymentInput,
    add_payment,
    list_payments,
    preview_payment,
    record_declaration,
    volunteer_standings,
)
from app.services.errors import PermissionDenied, ValidationError, environment_message
from app.services.events import EventInput, list_events, save_event
from app.services.reports import build_volunteer_report
from app.services.timesheets import month_period, write_timesheets
from app.services.users import add_user
from app.services.volunteer_hours import HoursInput, add_hours, decide_hours, submitted_hours
from app.services.volunteers import PaperworkKind, VolunteerInput, paperwork_due, save_volunteer
from app.storage.database import Database

TODAY = date(2026, 3, 20)


@pytest.fixture
def volunteers(database: Database, admin: Actor) -> tuple[Actor, Actor]:
    """A coordinator, and a volunteer whose login is linked to volunteer E-0001."""
    people = []
    for name, role in (("jana", Role.COORDINATOR), ("karl", Role.VOLUNTEER)):
        user = add_user(database, admin, name, role.value, "passwort-123-lang", name.title())
        assert user.id is not None
        people.append(Actor(user.id, user.username, user.display_name, role))
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE project SET hourly_rate_cents = 1500"))
        connection.execute(
            text(
                "INSERT INTO volunteer (id, number, first_name, last_name, status, search_text, created_at, user_id) "
                "VALUES (1, 'E-0001', 'Karl', 'Meier', 'active', '', '2026-01-01', :karl), "
                "(2, 'E-0002', 'Samira', 'حداد', 'active', '', '2026-01-01', NULL)"
            ),
            {"karl": people[1].user_id},
        )
    return people[0], people[1]


def test_hour_rules_give_clear_messages_and_save_nothing(
    database: Database, volunteers: tuple[Actor, Actor]
) -> None:
    coordinator, _ = volunteers
    add_hours(database, coordinator, HoursInput(1, date(2026, 3, 2), "6"), TODAY)
    for hours, day, message in (
        ("0,1", date(2026, 3, 3), "quarter hours"),
        ("11", date(2026, 3, 3), "quarter hours"),
        ("5", date(2026, 3, 2), "at most 10 hours a day"),
        ("1", date(2026, 3, 21), "must not lie in the future"),
    ):
        with pytest.raises(ValidationError, match=message):
            add_hours(database, coordinator, HoursInput(1, day, hours), TODAY)
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM volunteer_hours")).scalar_one() == 1


def test_the_databases_daily_hours_guard_has_a_plain_message(
    database: Database, volunteers: tuple[Actor, Actor]
) -> None:
    """Hours saved past the service's check (on a server: at the same moment by someone
    else) stop at the database's trigger, which the user reads as one sentence."""
    coordinator, _ = volunteers
    add_hours(database, coordinator, HoursInput(1, date(2026, 3, 2), "8"), TODAY)
    with pytest.raises(IntegrityError) as raised, database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO volunteer_hours (volunteer_id, date, minutes, activity, status, "
                "created_at) VALUES (1, '2026-03-02', 180, 'other', 'submitted', '2026-03-02')"
            )
        )
    assert environment_message(raised.value) == (
        "A volunteer's hours on one day may add up to at most 10 hours; hours saved "
        "meanwhile already fill this day. Nothing was changed."
    )


def test_volunteers_submit_their_own_hours_and_coordinators_approve(
    database: Database, volunteers: tuple[Actor, Actor]
) -> None:
    coordinator, karl = volunteers
    own = add_hours(
        database, karl, HoursInput(1, date(2026, 3, 5), "1,5", Activity.MENTORING), TODAY
    )
    assert own.status == HoursStatus.SUBMITTED and own.minutes == 90
    with pytest.raises(PermissionDenied, match="only for yourself"):
        add_hours(database, karl, HoursInput(2, date(2026, 3, 5), "1"), TODAY)
    by_coordinator = add_hours(database, coordinator, HoursInput(2, date(2026, 3, 5), "2"), TODAY)
    assert by_coordinator.status == HoursStatus.APPROVED
    with pytest.raises(PermissionDenied):
        decide_hours(database, karl, [own.id or 0], approve=True)
    assert [h.id for h in submitted_hours(database, coordinator)] == [own.id]
    assert decide_hours(database, coordinator, [own.id or 0], approve=True) == 1
    assert submitted_hours(database, coordinator) == []


def allowance(day: date, amount: str, covers: tuple[date, date] | None = None) -> PaymentInput:
    first, last = covers or (day.replace(day=1), day)
    return PaymentInput(1, AllowanceKind.VOLUNTEER_ALLOWANCE, day, amount, None, None, first, last)


def test_a_payment_over_the_cap_is_saved_with_its_taxable_part(
    database: Database, admin: Actor, volunteers: tuple[Actor, Actor]
) -> None:
    coordinator, _ = volunteers
    add_payment(database, admin, allowance(date(2026, 3, 1), "500"))
    # The volunteer declares 200 € from another club this year: they count against the cap.
    record_declaration(
        database,
        coordinator,
        DeclarationInput(1, 2026, AllowanceKind.VOLUNTEER_ALLOWANCE, "200", date(2026, 4, 1)),
    )
    preview = preview_payment(database, admin, allowance(date(2026, 9, 1), "310"))
    assert (preview.received_cents, preview.cap_cents, preview.taxable_cents) == (
        101_000,
        96_000,
        5_000,
    )
    add_payment(database, admin, allowance(date(2026, 9, 1), "310"))  # not refused
    rows = list_payments(database, admin, 2026)
    assert [(r.amount_cents, r.year_total_cents, r.taxable_cents) for r in rows] == [
        (31_000, 101_000, 5_000),  # newest first: 50 € above the cap are taxable
        (50_000, 70_000, 0),
    ]
    standing = next(
        s
        for s in volunteer_standings(database, admin, 1, 2026)
        if s.kind == AllowanceKind.VOLUNTEER_ALLOWANCE
    )
    assert (standing.taxable_cents, standing.room_cents) == (5_000, 0)
    report = build_volunteer_report(database, admin, 2026)
    [line] = report.table("Aufwandsentschädigungen").rows
    assert line[4:] == [810.0, 200.0, 960.0, 50.0]
    overview = dict((r[0], r[1]) for r in report.table("Überblick").rows)
    assert overview["davon steuerpflichtig (EUR)"] == 50.0
    add_payment(database, admin, PaymentInput(1, AllowanceKind.EXPENSE_REFUND, date(2026, 9, 1),
                                              "2000"))  # fmt: skip
    with pytest.raises(ValidationError, match="Amount"):
        add_payment(
            database, admin, PaymentInput(1, AllowanceKind.EXPENSE_REFUND, date(2026, 9, 1), "zehn")
        )
    with pytest.raises(ValidationError, match="first and last day of the work"):
        add_payment(
            database,
            admin,
            PaymentInput(1, AllowanceKind.VOLUNTEER_ALLOWANCE, date(2026, 9, 1), "10"),
        )
    with pytest.raises(PermissionDenied):
        add_payment(
            database,
            coordinator,
            PaymentInput(1, AllowanceKind.EXPENSE_REFUND, date(2026, 9, 1), "5"),
        )
    with database.engine.connect() as connection:
        assert (
            connection.execute(text("SELECT sum(amount_cents) FROM allowance_payment")).scalar_one()
            == 281_000
        )


def test_hours_are_valued_by_their_year_and_paid_hours_are_no_in_kind_contribution(
    database: Database, admin: Actor, volunteers: tuple[Actor, Actor], tmp_path: Path
) -> None:
    coordinator, _ = volunteers
    with database.engine.begin() as connection:  # the statutory minimum wage applies
        connection.execute(text("UPDATE project SET hourly_rate_cents = NULL"))
    for volunteer, day, hours in (
        (1, date(2025, 11, 3), "2"),  # 2 h × 12,82 €
        (1, date(2026, 2, 2), "3"),  # 3 h × 13,90 €
        (2, date(2026, 2, 2), "1"),  # compensated by Samira's allowance
        (2, date(2026, 2, 20), "4"),  # after the compensated days: unpaid
    ):
        add_hours(database, coordinator,
                  HoursInput(volunteer, day, hours, Activity.MENTORING, 1), TODAY)  # fmt: skip
    add_payment(
        database,
        admin,
        PaymentInput(
            2,
            AllowanceKind.VOLUNTEER_ALLOWANCE,
            date(2026, 2, 28),
            "40",
            None,
            None,
            date(2026, 2, 1),
            date(2026, 2, 15),
        ),
    )
    report = build_volunteer_report(database, admin, start=date(2025, 7, 1), end=date(2026, 6, 30))
    by_volunteer = {r[0]: r[2:] for r in report.table("Stunden nach Ehrenamtlichen").rows}
    assert by_volunteer["E-0001"] == [5.0, 0.0, 67.34]  # 25,64 € + 41,70 €
    assert by_volunteer["E-0002"] == [5.0, 1.0, 55.6]  # only the 4 unpaid hours at 13,90 €
    [project] = report.table("Stunden nach Projekt").rows
    assert project[1:] == [10.0, 1.0, 9.0, "12,82 / 13,90", 122.94]
    overview = dict((r[0], r[1]) for r in report.table("Überblick").rows)
    assert overview["davon durch Aufwandsentschädigung vergütet"] == 1.0
    assert overview["Wert als Eigenleistung (EUR)"] == 122.94
    # The timesheet says which hours are paid and values only the others.
    written = write_timesheets(database, coordinator, month_period("2026-02"), tmp_path, "E-0002")
    content = " ".join(PdfReader(written[0]).pages[0].extract_text().split())
    assert "vergütet" in content and "55,60 €" in content
    assert "1,00 Stunden sind durch eine Aufwandsentschädigung abgegolten" in content
    assert "Die übrigen 4,00 Stunden wurden unentgeltlich geleistet" in content


def test_monthly_timesheets_show_approved_hours_totals_and_value(
    database: Database, volunteers: tuple[Actor, Actor], tmp_path: Path
) -> None:
    coordinator, karl = volunteers
    add_hours(
        database, coordinator, HoursInput(1, date(2026, 3, 2), "2,25", Activity.MENTORING, 1), TODAY
    )
    add_hours(
        database,
        coordinator,
        HoursInput(1, date(2026, 3, 9), "1,5", Activity.ACCOMPANIMENT, 1),
        TODAY,
    )
    add_hours(
        database, karl, HoursInput(1, date(2026, 3, 10), "4", Activity.MENTORING, 1), TODAY
    )  # not approved
    add_hours(
        database, coordinator, HoursInput(2, date(2026, 3, 3), "1", Activity.INTERPRETING, 1), TODAY
    )
    written = write_timesheets(database, coordinator, month_period("2026-03"), tmp_path)
    assert [p.name for p in written] == [
        "Stundennachweis-E-0001-2026-03.pdf",
        "Stundennachweis-E-0002-2026-03.pdf",
    ]
    content = PdfReader(written[0]).pages[0].extract_text()
    assert "Karl Meier (E-0001)" in content and "01.03.2026 – 31.03.2026" in content
    assert "3,75" in content and "56,25 €" in content  # 2,25 h + 1,5 h at 15 €/h
    assert "4,00" not in content  # submitted hours do not count
    assert "Unterschrift Ehrenamtliche/r" in content and "Unterschrift Koordination" in content
    assert write_timesheets(database, coordinator, month(2026, 3), tmp_path, "E-0002")[0].exists()
    with pytest.raises(ValidationError, match="YYYY-MM"):
        month_period("März 2026")


def test_paperwork_due_lists_missing_and_soon_due_clearances_and_missing_trainings(
    database: Database, admin: Actor
) -> None:
    today = date(2026, 11, 22)
    for first, seen, training, status in (
        ("Ok", date(2025, 1, 10), date(2025, 2, 1), VolunteerStatus.ACTIVE),
        ("Soon", date(2022, 1, 10), date(2022, 2, 1), VolunteerStatus.ACTIVE),  # due 10.01.2027
        ("Late", date(2021, 10, 1), date(2022, 2, 1), VolunteerStatus.ACTIVE),  # due 01.10.2026
        ("New", None, None, VolunteerStatus.ACTIVE),
        ("Gone", None, None, VolunteerStatus.LEFT),
    ):
        save_volunteer(
            database,
            admin,
            VolunteerInput(
                first,
                "Muster",
                clearance_seen_on=seen,
                training_on=training,
                status=status,
                left_on=date(2026, 6, 30) if status == VolunteerStatus.LEFT else None,
            ),
        )
    found = [(i.name, i.kind, i.due) for i in paperwork_due(database, admin, today)]
    assert found == [
        ("Late Muster", PaperworkKind.CLEARANCE_DUE, date(2026, 10, 1)),
        ("Soon Muster", PaperworkKind.CLEARANCE_DUE, date(2027, 1, 10)),
        ("New Muster", PaperworkKind.CLEARANCE_MISSING, None),
        ("New Muster", PaperworkKind.TRAINING_MISSING, None),
    ]


def test_an_event_with_helpers_is_saved_whole_or_not_at_all(
    database: Database, volunteers: tuple[Actor, Actor]
) -> None:
    coordinator, karl = volunteers
    base = EventInput(EventKind.WORKSHOP, "Bewerbungstraining", date(2026, 3, 12), 14, 9, 5)
    with pytest.raises(ValidationError, match="add up to 16, more than the 14"):
        save_event(database, coordinator, replace(base, attendees_diverse=2), TODAY)
    with pytest.raises(ValidationError, match=r"Samira حداد: .*quarter hours"):
        save_event(database, coordinator, replace(base, helpers=((1, "3"), (2, "0,1"))), TODAY)
    with pytest.raises(PermissionDenied):
        save_event(database, karl, base, TODAY)
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM event")).scalar_one() == 0
        assert connection.execute(text("SELECT count(*) FROM volunteer_hours")).scalar_one() == 0
    save_event(database, coordinator, replace(base, helpers=((1, "3"), (2, "2,5"))), TODAY)
    [row] = list_events(database, coordinator, 2026)
    assert (row.title, row.attendees_total, row.attendees_female) == ("Bewerbungstraining", 14, 9)
    assert (row.helpers, row.helper_minutes) == (2, 330)
