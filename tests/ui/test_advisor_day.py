"""An advisor's whole day in the GUI: new case, ESF enrollment, three consultations
(one anonymous), the follow-up on the start page, closing the case."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.enums import (
    Answer,
    CaseStatus,
    EducationLevel,
    EmploymentStatus,
    ExitStatus,
    Gender,
    Role,
    SensitiveAnswer,
)
from app.services.actor import Actor
from app.services.case_file import read_case_file
from app.services.consultations import ConsultationQuery, count_consultations
from app.services.drafts import consultation_drafts
from app.services.users import add_user
from app.storage.database import Database
from app.ui.case_window import CaseFileWindow
from app.ui.dialogs.case_form import CaseFormDialog
from app.ui.dialogs.consultation import ConsultationDialog
from app.ui.dialogs.enrollment import CloseCaseDialog, EnrollmentDialog
from app.ui.labels import select_data
from app.ui.main_window import MainWindow


@pytest.fixture
def advisor(database: Database, admin: Actor) -> Actor:
    user = add_user(database, admin, "leyla", "advisor", "passwort-123-lang", "Leyla Demir")
    assert user.id is not None
    return Actor(user.id, user.username, user.display_name, Role.ADVISOR)


def fill_case(dialog: CaseFormDialog, qtbot: QtBot) -> None:
    qtbot.keyClicks(dialog.first_name, "Omar")
    qtbot.keyClicks(dialog.last_name, "Haddad")
    assert dialog.gender.currentData() is None  # never pre-selected
    select_data(dialog.gender, Gender.MALE)
    qtbot.keyClicks(dialog.birth_date, "17.05.1990")
    dialog.nationalities.insert("Syrien")
    dialog.languages.insert("Arabisch; ku")
    qtbot.keyClicks(dialog.postcode, "30159")


def new_consultation(
    qtbot: QtBot,
    database: Database,
    actor: Actor,
    participant_id: int | None,
    note: str,
    follow_up_today: bool = False,
) -> ConsultationDialog:
    dialog = ConsultationDialog(database, actor, participant_id, "Beratung")
    qtbot.addWidget(dialog)
    dialog.topics.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.note.insertPlainText(note)
    if follow_up_today:
        dialog.follow_up.setChecked(True)
        dialog.follow_up_date.set_value(date.today())
        dialog.follow_up_subject.insert("Bescheid der Ausländerbehörde prüfen")
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.errors.text()
    return dialog


def test_an_advisors_day(qtbot: QtBot, database: Database, advisor: Actor) -> None:
    window = MainWindow(database, advisor)
    qtbot.addWidget(window)
    window.show()

    form = CaseFormDialog(database, advisor)
    qtbot.addWidget(form)
    fill_case(form, qtbot)
    form.save_button.click()
    assert form.result() == QDialog.DialogCode.Accepted and form.saved_id is not None
    participant_id = form.saved_id

    case_window = window.open_case(participant_id)
    assert isinstance(case_window, CaseFileWindow)
    assert case_window.name_label.text() == "Omar Haddad"
    assert case_window.art13_banner.isVisible()  # the notice is missing: a visible warning
    case_window.art13_button.click()
    assert not case_window.art13_banner.isVisible()

    enrollment = EnrollmentDialog(database, advisor, participant_id)
    qtbot.addWidget(enrollment)
    enrollment.show()
    assert not enrollment.reason.isVisible()  # no stray "reason" field over a new enrollment
    enrollment.entry_date.set_value(date.today())
    questionnaire = enrollment.questionnaire
    select_data(questionnaire.employment, EmploymentStatus.UNEMPLOYED)
    questionnaire.unemployed_months.setValue(14)
    select_data(questionnaire.education, EducationLevel.ISCED_3_4)
    for combo, answer in (
        (questionnaire.disability, SensitiveAnswer.NO),
        (questionnaire.minority, SensitiveAnswer.REFUSED),
        (questionnaire.foreign_origin, Answer.YES),
        (questionnaire.homeless, Answer.NO),
        (questionnaire.rural, Answer.UNKNOWN),
    ):
        select_data(combo, answer)
    assert "Alle Fragen beantwortet" in questionnaire.progress.text()
    enrollment.accept()
    assert enrollment.result() == QDialog.DialogCode.Accepted, enrollment.errors.text()
    case_window.reload()
    case_window.tabs.setCurrentWidget(case_window.projects)  # a tab fills itself when shown
    projects = case_window.projects.view.model()
    assert projects.index(0, 0).data() == "WIR-2026"
    assert projects.index(0, 2).data().startswith("erfasst am")

    new_consultation(
        qtbot, database, advisor, participant_id, "Zeugnisse gesichtet", follow_up_today=True
    )
    new_consultation(qtbot, database, advisor, participant_id, "Antrag besprochen")
    new_consultation(qtbot, database, advisor, None, "Kurze Frage zum Sprachkurs")
    assert count_consultations(database, advisor, ConsultationQuery()) == 3
    assert count_consultations(database, advisor, ConsultationQuery(anonymous_only=True)) == 1
    case_window.reload()
    case_window.tabs.setCurrentWidget(case_window.consultations)
    assert "Erstberatung" in case_window.consultations.timeline.toPlainText()
    assert "Folgeberatung" in case_window.consultations.timeline.toPlainText()

    window.refresh_lists()
    overview = window.pages["overview"]
    follow_up = overview.follow_ups.list.item(0)
    assert "Omar Haddad" in follow_up.text() and "Ausländerbehörde" in follow_up.text()
    opened: list[int] = []
    overview.open_case.connect(opened.append)
    overview.follow_ups.list.itemClicked.emit(follow_up)
    assert opened == [participant_id]

    case = read_case_file(database, advisor, participant_id)
    closing = CloseCaseDialog(database, advisor, participant_id, case.enrollments)
    qtbot.addWidget(closing)
    box = next(iter(closing.boxes.values()))
    select_data(box.status, ExitStatus.EMPLOYED)
    box.qualification.setCurrentIndex(1)
    closing.accept()
    assert closing.result() == QDialog.DialogCode.Accepted, closing.errors.text()
    closed = read_case_file(database, advisor, participant_id)
    assert closed.participant.status == CaseStatus.CLOSED
    assert closed.enrollments[0].enrollment.exit_status == ExitStatus.EMPLOYED
    assert closed.enrollments[0].enrollment.qualification_gained is True


def test_the_consultation_can_be_entered_with_the_keyboard_alone(
    qtbot: QtBot, database: Database, advisor: Actor
) -> None:
    window = MainWindow(database, advisor)
    qtbot.addWidget(window)
    form = CaseFormDialog(database, advisor)
    qtbot.addWidget(form)
    fill_case(form, qtbot)
    form.accept()
    assert form.saved_id is not None
    dialog = ConsultationDialog(database, advisor, form.saved_id, "Beratung")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.date  # date first, today preset
    order = [
        dialog.start_time,
        dialog.duration,
        dialog.format,
        dialog.language,
        dialog.interpreter,
        dialog.topics,
        dialog.referrals,
        dialog.project,
        dialog.note,
    ]
    for expected in order:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected or expected.isAncestorOf(
            QApplication.focusWidget()
        ), expected
    qtbot.keyClicks(dialog.note, "Bewerbung besprochen")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.date.parsed() == date.today()


def test_bad_input_is_explained_next_to_the_field_and_nothing_is_saved(
    qtbot: QtBot, database: Database, advisor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = CaseFormDialog(database, advisor)
    qtbot.addWidget(form)
    form.show()
    fill_case(form, qtbot)
    form.postcode.setText("301")
    form.save_button.click()
    assert form.result() != QDialog.DialogCode.Accepted
    assert form.errors.label.isVisible()
    assert form.errors.text() == "PLZ: „301“ ist nicht erlaubt. Bitte fünf Ziffern verwenden."
    assert form.postcode.property("invalid") is True

    # Every problem at once, each under its own field.
    form.birth_date.setText("31.02.2025")
    form.email.setText("keine Adresse")
    form.first_name.clear()
    form.save_button.click()
    problems = form.errors.text().splitlines()
    assert len(problems) == 4, problems
    assert any("Geburtsdatum" in p and "TT.MM.JJJJ" in p for p in problems)
    assert any(p.startswith("E-Mail") for p in problems)
    assert any(p.startswith("Vorname") for p in problems)
    assert form.errors.label.text() == "Bitte die 4 markierten Angaben korrigieren."
    for field in ("birth_date", "email", "first_name", "postcode"):
        widget = form.errors.fields[field]
        assert widget.property("invalid") is True, field
        message = form.errors.message_for(field)
        assert message is not None and message.isVisible(), field
        assert message.text() in problems, field
    assert form.focusWidget() is form.first_name  # the first field in error

    # A mark goes as soon as its field is edited; the others stay until fixed.
    qtbot.keyClicks(form.postcode, "59")
    assert form.postcode.property("invalid") is False
    postcode_line = form.errors.message_for("postcode")
    assert postcode_line is not None and not postcode_line.isVisible()
    assert form.birth_date.property("invalid") is True
    form.birth_date.setText("1.5.85")
    form.birth_date.textEdited.emit(form.birth_date.text())
    form.birth_date.normalise()
    assert form.birth_date.text() == "01.05.1985"  # a two-digit year, shown in full
    form.email.setText("")
    form.email.textEdited.emit("")
    form.first_name.setText("Amira")
    form.first_name.textEdited.emit("Amira")
    assert not form.errors.label.isVisible()
    form.birth_date.setText("31.02.2025")

    asked: list[str] = []

    def keep_editing(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", keep_editing)
    form.reject()
    assert asked == ["Änderungen verwerfen?"]
    assert form.isVisible()  # the unsaved-changes guard kept the dialog open
    assert window_count_of_cases(database, advisor) == 0


def case_number_of(database: Database, actor: Actor, participant_id: int | None) -> str:
    assert participant_id is not None
    return read_case_file(database, actor, participant_id).participant.case_number


def window_count_of_cases(database: Database, actor: Actor) -> int:
    from app.services.case_list import CaseQuery, count_cases

    return count_cases(database, actor, CaseQuery())


def test_duplicate_warning_while_typing(qtbot: QtBot, database: Database, advisor: Actor) -> None:
    first = CaseFormDialog(database, advisor)
    qtbot.addWidget(first)
    fill_case(first, qtbot)
    first.accept()
    second = CaseFormDialog(database, advisor)
    qtbot.addWidget(second)
    second.show()
    fill_case(second, qtbot)
    qtbot.waitUntil(second.duplicate_label.isVisible, timeout=2000)
    assert "2026-0001" in second.duplicate_label.text() or "-0001" in second.duplicate_label.text()


def test_an_unsaved_note_survives_a_crash_and_is_offered_back(
    qtbot: QtBot, database: Database, advisor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = CaseFormDialog(database, advisor)
    qtbot.addWidget(form)
    fill_case(form, qtbot)
    form.accept()
    participant_id = form.saved_id
    dialog = ConsultationDialog(database, advisor, participant_id, "Beratung")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.note, "Wichtige Notiz vor dem Absturz")
    qtbot.waitUntil(lambda: bool(consultation_drafts(database, advisor)), timeout=3000)
    dialog.draft_timer.stop()  # the program "crashes": the dialog is never closed

    restored: list[str] = []
    asked: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)

    def capture(self: ConsultationDialog) -> int:
        restored.append(self.note.toPlainText())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ConsultationDialog, "exec", capture)
    window = MainWindow(database, advisor)
    qtbot.addWidget(window)
    window.offer_drafts()
    assert restored == ["Wichtige Notiz vor dem Absturz"]
    # The question names the case and gives the time the German way.
    [question] = asked
    assert f"zu {case_number_of(database, advisor, participant_id)} " in question
    assert f"vom {date.today():%d.%m.%Y} um " in question and "T" not in question.split("vom")[1]


def test_six_month_answers_and_the_advisor_restriction_setting(
    qtbot: QtBot, database: Database, admin: Actor, advisor: Actor
) -> None:
    from app.domain.enums import Answer
    from app.services.enrollments import EntryAnswers, ExitAnswers, enroll, record_exit
    from app.services.projects import list_projects
    from app.services.settings import RESTRICT_ADVISORS_TO_OWN_CASES, get_setting
    from app.ui.dialogs.enrollment import SixMonthDialog
    from app.ui.pages.settings import SettingsPage

    form = CaseFormDialog(database, advisor)
    qtbot.addWidget(form)
    fill_case(form, qtbot)
    form.accept()
    assert form.saved_id is not None
    project_id = list_projects(database, advisor)[0].id
    assert project_id is not None
    enrollment = enroll(
        database,
        advisor,
        form.saved_id,
        project_id,
        date(2026, 1, 5),
        EntryAnswers(employment_status=EmploymentStatus.EMPLOYED),
    )
    assert enrollment.id is not None
    record_exit(database, advisor, enrollment.id, ExitAnswers(date(2026, 2, 1)))
    view = read_case_file(database, advisor, form.saved_id).enrollments[0]
    dialog = SixMonthDialog(database, advisor, view)
    qtbot.addWidget(dialog)
    select_data(dialog.employed, Answer.YES)
    select_data(dialog.improved, Answer.NO)
    dialog.accept()
    stored = read_case_file(database, advisor, form.saved_id).enrollments[0].enrollment
    assert (stored.employed_after_6_months, stored.improved_after_6_months) == (
        Answer.YES,
        Answer.NO,
    )

    settings = SettingsPage(database, admin)
    qtbot.addWidget(settings)
    settings.restrict_advisors.setChecked(True)
    assert get_setting(database, RESTRICT_ADVISORS_TO_OWN_CASES) is True
    advisor_settings = SettingsPage(database, advisor)
    qtbot.addWidget(advisor_settings)
    assert not advisor_settings.restrict_advisors.isEnabled()
