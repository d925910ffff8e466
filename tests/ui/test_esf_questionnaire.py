"""The ESF questionnaires never answer for the person, and appear only for ESF projects."""

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from app.domain.enums import EmploymentStatus, Gender
from app.services.actor import Actor
from app.services.case_file import read_case_file
from app.services.cases import CaseInput, create_case
from app.services.projects import ProjectInput, add_project, list_projects
from app.services.reports import build_esf_report
from app.storage.database import Database
from app.ui.dialogs.enrollment import EnrollmentDialog, ExitDialog, SixMonthDialog
from app.ui.labels import select_data
from tests.ui.layout_checks import floating_widgets

ANSWERS = (
    "employment_status",
    "unemployed_months",
    "education_level",
    "disability",
    "minority",
    "foreign_origin",
    "homeless",
    "rural_area",
)


def new_person(database: Database, admin: Actor) -> int:
    person = create_case(
        database,
        admin,
        CaseInput(
            "Nour", "Khalil", Gender.FEMALE, birth_date=date(1994, 4, 2), nationalities=("SY",)
        ),
    )
    assert person.id is not None
    return person.id


def choose_project(dialog: EnrollmentDialog, code: str) -> None:
    index = next(
        i for i in range(dialog.project.count()) if dialog.project.itemText(i).startswith(code)
    )
    dialog.project.setCurrentIndex(index)


def test_saving_an_untouched_questionnaire_stores_no_answer(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    participant_id = new_person(database, admin)
    dialog = EnrollmentDialog(database, admin, participant_id)
    qtbot.addWidget(dialog)
    dialog.show()
    choose_project(dialog, "WIR-2026")
    assert dialog.questionnaire.isVisible()
    for combo in dialog.questionnaire.combos():
        assert combo.currentData() is None and combo.currentText() == "— bitte wählen —"
    assert "7 Fragen noch nicht erfragt" in dialog.questionnaire.progress.text()
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.errors.text()

    view = read_case_file(database, admin, participant_id).enrollments[0]
    assert all(getattr(view.enrollment, name) is None for name in ANSWERS)
    assert view.enrollment.entry_recorded_on is None
    assert len(view.missing_answers) == 7
    today = date.today()
    report = build_esf_report(database, admin, "WIR-2026", date(today.year, 1, 1), today)
    quality = {row[0]: row for row in report.table("Datenqualität").rows}
    case_number = read_case_file(database, admin, participant_id).participant.case_number
    assert "nicht erfragt" in quality[case_number][2]
    assert "nicht meldefähig" in quality[case_number][1]
    indicators = report.table("ESF-Indikatoren").rows
    assert indicators[0][2] == 0  # EECO01: nobody with an invented status


def test_a_project_that_is_not_esf_asks_no_questionnaire(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    add_project(database, admin, ProjectInput("TANDEM", "Tandem", "KAUSA", "01.01.2026"))
    participant_id = new_person(database, admin)
    dialog = EnrollmentDialog(database, admin, participant_id)
    qtbot.addWidget(dialog)
    dialog.show()
    choose_project(dialog, "TANDEM")
    assert not dialog.questionnaire.isVisible()
    choose_project(dialog, "WIR-2026")
    assert dialog.questionnaire.isVisible()
    choose_project(dialog, "TANDEM")
    select_data(dialog.questionnaire.employment, EmploymentStatus.EMPLOYED)  # hidden: ignored
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.errors.text()
    view = read_case_file(database, admin, participant_id).enrollments[0]
    assert view.project_code == "TANDEM"
    assert view.enrollment.employment_status is None and not view.missing_answers
    exit_dialog = ExitDialog(database, admin, view)
    qtbot.addWidget(exit_dialog)
    exit_dialog.show()
    assert exit_dialog.box.reason.isVisible()
    assert not exit_dialog.box.status.isVisible() and not exit_dialog.box.qualification.isVisible()


def test_editing_a_questionnaire_shows_a_clean_form(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    participant_id = new_person(database, admin)
    project = next(p for p in list_projects(database, admin) if p.code == "WIR-2026")
    new = EnrollmentDialog(database, admin, participant_id)
    qtbot.addWidget(new)
    new.show()
    assert floating_widgets(new) == []
    select_data(new.questionnaire.employment, EmploymentStatus.INACTIVE)
    new.accept()
    view = read_case_file(database, admin, participant_id).enrollments[0]
    assert view.enrollment.project_id == project.id
    edit = EnrollmentDialog(database, admin, participant_id, view)
    qtbot.addWidget(edit)
    edit.show()
    assert floating_widgets(edit) == []
    assert not hasattr(edit, "project")  # no project or date fields drawn over the form
    assert edit.questionnaire.employment.currentData() == EmploymentStatus.INACTIVE
    assert edit.questionnaire.education.currentData() is None
    assert not edit.questionnaire.unemployed_months.isEnabled()  # only for the unemployed


def test_the_six_month_dialog_asks_improvement_only_of_people_employed_at_entry(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    from app.services.enrollments import EntryAnswers, ExitAnswers, enroll, record_exit

    participant_id = new_person(database, admin)
    project = next(p for p in list_projects(database, admin) if p.code == "WIR-2026")
    assert project.id is not None
    enrollment = enroll(
        database,
        admin,
        participant_id,
        project.id,
        date(2026, 1, 5),
        EntryAnswers(employment_status=EmploymentStatus.UNEMPLOYED),
        today=date(2026, 1, 5),
    )
    assert enrollment.id is not None
    record_exit(database, admin, enrollment.id, ExitAnswers(date(2026, 2, 1)), date(2026, 2, 1))
    view = read_case_file(database, admin, participant_id).enrollments[0]
    dialog = SixMonthDialog(database, admin, view)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.employed.currentData() is None
    assert not dialog.improved.isVisible()
    assert floating_widgets(dialog) == []


def test_the_main_window_tells_what_the_update_corrected(
    qtbot: QtBot, database: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    from PySide6.QtWidgets import QMessageBox

    from app.ui.main_window import MainWindow

    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text: shown.append(text)
    )
    window = MainWindow(replace(database, notices=("questionnaires_reset:3",)), admin)
    qtbot.addWidget(window)
    window.show_migration_notices()
    assert len(shown) == 1 and "3 ESF-Eintrittsfragebögen waren" in shown[0]  # plural form
    quiet = MainWindow(database, admin)
    qtbot.addWidget(quiet)
    quiet.show_migration_notices()
    assert len(shown) == 1
