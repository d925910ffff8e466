"""An appointment from booking to consultation, in German, through the real windows: booked
in the case window (a wrong length refused by name first), shown in the case's
consultations tab, in the week view and on the start page, and recorded as a
consultation in one click from the day list: the consultation form comes filled with
the appointment's case, day, time and length, and saving marks the appointment held and
links it."""

import datetime as dt

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.enums import AppointmentStatus, Gender
from app.services import appointments
from app.services.actor import Actor
from app.services.appointments import get_appointment, list_appointments
from app.services.case_file import read_case_file
from app.services.cases import CaseInput, create_case
from app.storage.database import Database
from app.ui.case_window import CaseFileWindow
from app.ui.dialogs.appointment import AppointmentDialog
from app.ui.dialogs.consultation import ConsultationDialog
from app.ui.main_window import MainWindow
from app.ui.pages.appointments import AppointmentsPage
from app.ui.pages.overview import OverviewPage


def test_appointment_journey(
    qtbot: QtBot, database: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = dt.date.today()
    # Early in the morning, so 9:00 today lies ahead whenever the test runs.
    monkeypatch.setattr(appointments, "now", lambda: dt.datetime.combine(today, dt.time(7)))
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)
    case = create_case(
        database, admin, CaseInput("Amina", "Haddad", Gender.FEMALE, birth_date=dt.date(1990, 5, 1))
    )
    assert case.id is not None

    window = MainWindow(database, admin)
    qtbot.addWidget(window)
    window.show()
    case_window = window.open_case(case.id)
    assert isinstance(case_window, CaseFileWindow)
    qtbot.addWidget(case_window)
    assert case_window.appointment_action.text() == "Termin &vereinbaren …"

    messages: list[str] = []

    def book(dialog: AppointmentDialog) -> int:
        assert dialog.case is not None and dialog.case[0] == case.id
        dialog.start_time.setTime(QTime(9, 0))
        dialog.duration.setValue(500)
        dialog.accept()  # too long: refused, naming the field
        messages.append(dialog.errors.text())
        assert dialog.result() != QDialog.DialogCode.Accepted
        dialog.duration.setValue(45)
        qtbot.keyClicks(dialog.place, "Beratungsstelle, Raum 3")
        qtbot.keyClicks(dialog.subject, "Anerkennung Pflege")
        dialog.accept()
        assert dialog.result() == QDialog.DialogCode.Accepted, dialog.errors.text()
        return int(dialog.result())

    monkeypatch.setattr(AppointmentDialog, "exec", book)
    case_window.appointment_action.trigger()
    assert "Dauer: von 5 bis 480 Minuten sind erlaubt." in messages[0]
    assert dialog_status_is_planned(database, admin, today)

    # The case window shows it among the coming appointments, above the consultations.
    tab = case_window.consultations
    assert case_window.tabs.currentWidget() is tab
    assert [r.subject for r in tab.appointments.rows()] == ["Anerkennung Pflege"]

    # The week view: the 9:00 slot of today's column shows it; 9:30 continues it.
    window.show_section("appointments")
    page = window.stack.currentWidget()
    assert isinstance(page, AppointmentsPage)
    assert window.sidebar.currentItem().text() == "Termine"
    column = today.weekday()
    nine = page.week.slots.index(dt.time(9, 0))
    cell = page.week.data(page.week.index(nine, column))
    assert cell == f"09:00 Amina Haddad ({case.case_number})"
    assert page.week.data(page.week.index(nine + 1, column)) == "⋮"
    assert page.week.data(page.week.index(nine + 2, column)) is None
    assert page.day_label.text() == f"Termine am {today:%d.%m.%Y}"

    # The start page reminds the advisor.
    overview = window.pages["overview"]
    assert isinstance(overview, OverviewPage) and overview.appointments is not None
    overview.refresh()
    reminder = overview.appointments
    assert reminder.title() == "Meine Termine heute und morgen (1)"
    assert reminder.list.item(0).text().startswith("heute 09:00–09:45 · Amina Haddad")

    # It took place: one click in the day list, the form comes filled, save.
    shown: list[tuple[object, ...]] = []

    def record(dialog: ConsultationDialog) -> int:
        start = dialog.start_time.time()
        shown.append(
            (
                dialog.participant_id,
                dialog.date.text(),
                (start.hour(), start.minute()),
                dialog.duration.value(),
            )
        )
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ConsultationDialog, "exec", record)
    page.day_list.setCurrentIndex(page.day.index(0, 0))
    page.record_selected()
    assert shown == [(case.id, f"{today:%d.%m.%Y}", (9, 0), 45)]

    consultations = read_case_file(database, admin, case.id).consultations
    assert [(c.date, c.start_time, c.duration_minutes) for c in consultations] == [
        (today, dt.time(9, 0), 45)
    ]
    booked = list_appointments(database, admin, today, today)[0]
    held = get_appointment(database, admin, booked.id)
    assert held.status == AppointmentStatus.HELD
    assert held.consultation_id == consultations[0].id
    # No longer a reminder, and the day list says what became of it.
    assert page.day.display(page.day.row_at(0), page.day.COL_STATUS) == "stattgefunden"
    overview.refresh()
    assert overview.appointments.title() == "Meine Termine heute und morgen (0)"


def dialog_status_is_planned(database: Database, admin: Actor, today: dt.date) -> bool:
    rows = list_appointments(database, admin, today, today)
    return [r.status for r in rows] == [AppointmentStatus.PLANNED]
