"""Ehrenamt: a coordinator registers a volunteer, the volunteer logs hours as themselves,
the coordinator approves them; rule violations explain themselves and save nothing."""

from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.domain.enums import EventKind, Role
from app.services.actor import Actor
from app.services.users import add_user
from app.services.volunteer_hours import submitted_hours
from app.storage.database import Database
from app.ui.dialogs.volunteer import HoursDialog, VolunteerDialog
from app.ui.labels import select_data
from app.ui.pages.volunteers import VolunteersPage


def actor(database: Database, admin: Actor, name: str, role: Role) -> Actor:
    user = add_user(database, admin, name, role.value, "passwort-123-lang", name.title())
    assert user.id is not None
    return Actor(user.id, user.username, user.display_name, role)


def shown_page(qtbot: QtBot, database: Database, who: Actor) -> VolunteersPage:
    """The page on screen: a tab reads its data when it is shown."""
    page = VolunteersPage(database, who)
    qtbot.addWidget(page)
    page.show()
    return page


Tab = TypeVar("Tab", bound=QWidget)


def open_tab(page: VolunteersPage, tab: Tab | None) -> Tab:
    """Switches to ``tab`` as a click on it would, so it reads its data."""
    assert tab is not None
    page.tabs.setCurrentWidget(tab)
    return tab


def test_register_log_hours_as_volunteer_and_approve(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    coordinator = actor(database, admin, "jana", Role.COORDINATOR)
    dialog = VolunteerDialog(database, coordinator)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.first_name, "Karl")
    qtbot.keyClicks(dialog.last_name, "Meier")
    dialog.languages.insert("Deutsch; Arabisch")
    qtbot.keyClicks(dialog.clearance, "15.02.2025")
    qtbot.keyClicks(dialog.training, "01.03.2025")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.errors.text()
    page = shown_page(qtbot, database, coordinator)
    assert page.registry is not None
    model = page.registry.view.model()
    assert model.index(0, 1).data() == "Karl Meier"
    assert model.index(0, 5).data() == "gültig bis 15.02.2030"

    karl = actor(database, admin, "karl", Role.VOLUNTEER)
    with database.engine.begin() as connection:
        from sqlalchemy import text

        connection.execute(text("UPDATE volunteer SET user_id = :u"), {"u": karl.user_id})
    own_page = shown_page(qtbot, database, karl)
    own = own_page.own
    assert own_page.registry is None and own is not None  # no registry for volunteers
    hours = HoursDialog(database, karl, [(1, "Karl Meier")])
    qtbot.addWidget(hours)
    hours.day.set_value(date(2026, 3, 2))
    for bad, message in (("0,1", "Viertelstunden"), ("11", "Viertelstunden")):
        hours.hours.setText(bad)
        hours.accept()
        assert not hours.saved and message in hours.errors.text()
    hours.day.set_value(date.today() + timedelta(days=1))
    hours.hours.setText("1,5")
    hours.accept()
    assert not hours.saved and "Zukunft" in hours.errors.text()
    assert hours.day.property("invalid") is True
    hours.day.set_value(date(2026, 3, 2))
    hours.hours.setText("1,5")
    hours.accept()
    assert hours.saved
    own_page.refresh()
    assert own.view.model().index(0, 3).data() == "eingereicht"

    page.refresh()
    assert page.tabs.tabText(page.tabs.indexOf(page.approvals)) == "Freizugebende Stunden (1)"
    approvals = open_tab(page, page.approvals)
    approvals.view.selectRow(0)
    approvals.approve_button.click()
    assert submitted_hours(database, coordinator) == []
    own_page.refresh()
    assert own.view.model().index(0, 3).data() == "freigegeben"
    assert "1,50" in own.total.text()


def test_start_page_lists_clearances_due_and_opens_the_volunteer(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    from app.services.volunteers import VolunteerInput, save_volunteer
    from app.ui.main_window import MainWindow

    coordinator = actor(database, admin, "jana", Role.COORDINATOR)
    for first, seen in (("Anna", QDate.currentDate().addYears(-1)), ("Bernd", None)):
        save_volunteer(
            database,
            coordinator,
            VolunteerInput(
                first,
                "Muster",
                clearance_seen_on=seen.toPython() if seen else None,
                training_on=QDate.currentDate().toPython(),
            ),
        )
    window = MainWindow(database, coordinator)
    qtbot.addWidget(window)
    overview = window.pages["overview"]
    paperwork = overview.paperwork
    assert paperwork is not None
    assert paperwork.title() == "Führungszeugnisse und Schulungen (1)"
    item = paperwork.list.item(0)
    assert item.text() == "E-0002 · Bernd Muster · Führungszeugnis fehlt"
    paperwork.list.itemClicked.emit(item)
    volunteers = window.pages["volunteers"]
    assert window.stack.currentWidget() is volunteers
    registry = volunteers.registry
    selected = registry.view.selectionModel().selectedRows()
    assert [registry.model.row_at(index.row()).name for index in selected] == ["Bernd Muster"]


def test_timesheets_for_a_month_from_the_registry(
    qtbot: QtBot, database: Database, admin: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services.volunteer_hours import HoursInput, add_hours
    from app.services.volunteers import VolunteerInput, save_volunteer
    from app.ui.dialogs.timesheets import TimesheetDialog

    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)
    coordinator = actor(database, admin, "jana", Role.COORDINATOR)
    for first in ("Karl", "Aylin"):
        save_volunteer(database, coordinator, VolunteerInput(first, "Muster"))
    for day, hours in ((2, "2,25"), (9, "1,5")):
        add_hours(database, coordinator, HoursInput(1, date(2026, 3, day), hours))
    add_hours(database, coordinator, HoursInput(2, date(2026, 4, 1), "3"))
    page = VolunteersPage(database, coordinator)
    qtbot.addWidget(page)
    dialog = TimesheetDialog(database, coordinator, [("E-0001", "Karl Muster (E-0001)")], page)
    dialog.folder.clear()
    dialog.accept()
    assert "Ordner:" in dialog.errors.text()
    dialog.folder.setText(str(tmp_path / "nachweise"))
    dialog.month.setDate(QDate(2026, 3, 1))
    dialog.accept()  # everyone with approved hours in March: Karl only
    qtbot.waitUntil(lambda: dialog.written is not None)
    assert [p.name for p in dialog.written or []] == ["Stundennachweis-E-0001-2026-03.pdf"]
    text = " ".join(
        PdfReader(tmp_path / "nachweise" / "Stundennachweis-E-0001-2026-03.pdf")
        .pages[0]
        .extract_text()
        .split()
    )
    assert "Karl Muster (E-0001)" in text and "3,75" in text


def test_treasurer_records_allowances_and_a_payment_over_the_cap_shows_the_taxable_part(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    from app.domain.enums import AllowanceKind
    from app.services.volunteers import (
        VolunteerInput,
        get_volunteer,
        list_volunteers,
        save_volunteer,
    )
    from app.ui.dialogs.allowance import PaymentDialog
    from app.ui.dialogs.volunteer import VolunteerDialog
    from app.ui.labels import select_data

    treasurer = actor(database, admin, "tom", Role.TREASURER)
    save_volunteer(database, admin, VolunteerInput("Reem", "Mansour"))
    page = shown_page(qtbot, database, treasurer)
    allowances = page.allowances
    assert page.tandems is None and allowances is not None
    year = QDate.currentDate().year()
    allowances.year.setValue(year)

    def pay(day: QDate, amount: str) -> PaymentDialog:
        dialog = PaymentDialog(database, treasurer, [(1, "Reem Mansour (E-0001)")], page)
        qtbot.addWidget(dialog)
        select_data(dialog.kind, AllowanceKind.VOLUNTEER_ALLOWANCE)
        dialog.paid_on.set_value(day.toPython())
        dialog.covers_from.set_value(date(day.year(), day.month(), 1))
        dialog.covers_to.set_value(day.toPython())
        dialog.amount.setText(amount)
        return dialog

    first = pay(QDate(year, 1, 31), "600")
    first.accept()
    assert first.saved, first.errors.text()
    over = pay(QDate(year, 2, 28), "400")
    # Before saving, the dialog says what will be taxable (cap 960 € from 2026 on).
    assert "1.000,00 €" in over.preview.text() and "40,00 €" in over.preview.text()
    assert "steuerpflichtig" in over.preview.text()
    over.accept()
    assert over.saved, over.errors.text()  # not refused
    page.refresh()
    model = open_tab(page, allowances).view.model()
    assert model.rowCount() == 2
    assert [model.index(0, column).data() for column in (3, 4, 5, 6)] == [
        "400,00 €",
        "1.000,00 €",
        "960,00 €",
        "40,00 €",
    ]
    # The volunteer's record (opened by the coordinator) shows the taxable part too.
    coordinator = actor(database, admin, "jana", Role.COORDINATOR)
    row = next(v for v in list_volunteers(database, admin) if v.number == "E-0001")
    volunteer, languages = get_volunteer(database, coordinator, row.id)
    record = VolunteerDialog(database, coordinator, volunteer, languages)
    qtbot.addWidget(record)
    assert record.allowances is not None
    assert "40,00 € über der Grenze" in record.allowances.lines.text()


def test_week_grid_saves_all_days_or_none(qtbot: QtBot, database: Database, admin: Actor) -> None:
    from datetime import timedelta

    from sqlalchemy import text

    from app.services.volunteer_hours import HoursInput, add_hours
    from app.services.volunteers import VolunteerInput, save_volunteer
    from app.ui.dialogs.week import WeekDialog

    coordinator = actor(database, admin, "jana", Role.COORDINATOR)
    save_volunteer(database, coordinator, VolunteerInput("Olena", "Koval"))
    today = date.today()
    monday = today - timedelta(days=today.weekday() + 14)
    add_hours(database, coordinator, HoursInput(1, monday + timedelta(days=2), "9"))
    page = VolunteersPage(database, coordinator)
    qtbot.addWidget(page)
    dialog = WeekDialog(database, coordinator, [(1, "Olena Koval (E-0001)")], page)
    future = [cell.isEnabled() for cell in dialog.cells[today.weekday() + 1 :]]
    assert future == [False] * len(future)  # no hours for days to come
    dialog.move_week(-14)
    assert dialog.days()[0] == monday
    assert dialog.recorded[2].text() == "9,00 h erfasst"
    for cell, hours in zip(dialog.cells, ("2", "1,5", "2"), strict=False):
        cell.setText(hours)
    dialog.accept()
    assert dialog.saved == 0
    message = dialog.errors.text()
    assert message.startswith((monday + timedelta(days=2)).strftime("%d.%m.%Y"))
    assert "höchstens 10 Stunden" in message
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM volunteer_hours")).scalar_one() == 1
    dialog.cells[2].setText("1")
    dialog.accept()
    assert dialog.saved == 3
    with database.engine.connect() as connection:
        total = connection.execute(text("SELECT sum(minutes) FROM volunteer_hours")).scalar_one()
    assert total == (9 + 2 + 1.5 + 1) * 60


def test_an_event_with_attendees_and_helpers(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    from app.services.volunteers import VolunteerInput, save_volunteer
    from app.ui.dialogs.event import EventDialog

    coordinator = actor(database, admin, "jana", Role.COORDINATOR)
    save_volunteer(database, coordinator, VolunteerInput("Reem", "Mansour"))
    page = shown_page(qtbot, database, coordinator)
    events = open_tab(page, page.events)
    dialog = EventDialog(database, coordinator, events.helper_choices(), page)
    dialog.day.set_value(date.today() - timedelta(days=1))
    assert dialog.kind.currentData() is None  # counted by kind: nothing assumed
    assert dialog.reached.text() == "nicht gezählt"
    dialog.languages.setText("Klingonisch")
    dialog.accept()
    assert "Titel" in dialog.errors.text()
    assert "Art: Wählen Sie, was für eine Veranstaltung es war." in dialog.errors.text()
    assert "Klingonisch" in dialog.errors.text()  # every problem named at once
    select_data(dialog.kind, EventKind.INFO_EVENT)
    dialog.languages.setText("Arabisch; Deutsch")
    dialog.partner.setText("Arabischer Kulturverein Hannover e.V.")
    dialog.reached.setValue(60)
    topic = dialog.topics.item(0)
    topic.setCheckState(Qt.CheckState.Checked)
    dialog.title.setText("Infoabend Ausbildung")
    dialog.total.setValue(20)
    dialog.by_gender.setChecked(True)
    dialog.female.setValue(12)
    dialog.male.setValue(9)
    dialog.accept()
    assert "ergeben zusammen 21" in dialog.errors.text()
    dialog.male.setValue(8)
    _, hours = dialog.add_helper_row()
    hours.setText("0,1")
    dialog.accept()
    assert dialog.errors.text().startswith("Reem Mansour: ")
    assert not dialog.saved
    hours.setText("3")
    dialog.accept()
    assert dialog.saved, dialog.errors.text()
    page.refresh()
    model = events.view.model()
    assert model.rowCount() == 1  # the refused attempts left nothing behind
    assert [model.index(0, c).data() for c in range(2, 10)] == [
        "Infoabend Ausbildung",
        "",
        "Arabischer Kulturverein Hannover e.V.",
        "Arabisch, Deutsch",
        "20",
        "12 w / 8 m / 0 d",
        "1",
        "3,00",
    ]

    # The events report of the year shows it by partner, language and topic.
    from app.ui.pages.reports import ReportsPage

    reports = ReportsPage(database, coordinator)
    qtbot.addWidget(reports)
    reports.show()
    select_data(reports.kind, "events")
    select_data(reports.preset, "year")
    reports.year.setValue((date.today() - timedelta(days=1)).year)  # the event's year
    reports.preview_button.click()
    titles = [reports.tabs.tabText(i) for i in range(reports.tabs.count())]
    assert titles[:3] == ["Veranstaltungen", "Nach Art", "Nach Partnerorganisation"]

    def shown(tab: str) -> list[list[str]]:
        view = reports.preview_views[titles.index(tab)]
        table = view.model()
        return [
            [table.index(r, c).data() for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]

    assert shown("Nach Partnerorganisation") == [
        ["Arabischer Kulturverein Hannover e.V.", "1", "20", "60", "3,00"]
    ]
    assert [row[:3] for row in shown("Nach Sprache")] == [
        ["Arabisch", "1", "20"],
        ["Deutsch", "1", "20"],
    ]
    assert shown("Nach Thema")[0][:2] == [topic.text(), "1"]
    assert shown("Teilnehmende nach Geschlecht")[-1] == ["Summe", "20"]


def test_the_clearance_renewal_period_is_a_setting(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    from app.services.volunteers import VolunteerInput, list_volunteers, save_volunteer
    from app.ui.pages.settings import SettingsPage

    save_volunteer(
        database, admin, VolunteerInput("Reem", "Mansour", clearance_seen_on=date(2024, 5, 1))
    )
    assert list_volunteers(database, admin)[0].clearance_due == date(2029, 5, 1)
    settings = SettingsPage(database, admin)
    qtbot.addWidget(settings)
    assert settings.general.clearance_years.value() == 5
    settings.general.clearance_years.setValue(3)
    assert list_volunteers(database, admin)[0].clearance_due == date(2027, 5, 1)
    coordinator = actor(database, admin, "jana", Role.COORDINATOR)
    coordinator_settings = SettingsPage(database, coordinator)
    qtbot.addWidget(coordinator_settings)
    assert not coordinator_settings.general.clearance_years.isEnabled()
    assert coordinator_settings.general.clearance_years.value() == 3


def test_the_treasurer_records_what_a_volunteer_got_from_other_clubs(
    qtbot: QtBot, database: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.domain.enums import AllowanceKind
    from app.services.allowances import volunteer_standings
    from app.services.volunteers import VolunteerInput, save_volunteer
    from app.ui.dialogs.allowance import DeclarationDialog
    from app.ui.labels import select_data

    treasurer = actor(database, admin, "tom", Role.TREASURER)
    save_volunteer(database, admin, VolunteerInput("Anna", "Dumitru"))
    reem = save_volunteer(database, admin, VolunteerInput("Reem", "Mansour"))
    assert reem.id is not None
    page = VolunteersPage(database, treasurer)
    qtbot.addWidget(page)
    allowances = page.allowances
    assert allowances is not None and allowances.declaration_button.isEnabled()

    def declare(dialog: DeclarationDialog) -> int:
        assert dialog.volunteer.count() == 2  # the treasurer chooses whom it concerns
        select_data(dialog.volunteer, reem.id)
        select_data(dialog.kind, AllowanceKind.VOLUNTEER_ALLOWANCE)
        dialog.amount.setText("300,00")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(DeclarationDialog, "exec", declare)
    allowances.record_declaration()
    year = allowances.year.value()
    standing = next(
        s
        for s in volunteer_standings(database, treasurer, reem.id, year)
        if s.kind == AllowanceKind.VOLUNTEER_ALLOWANCE
    )
    assert standing.other_clubs_cents == 30000
