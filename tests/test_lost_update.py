"""Two people editing the same record: the later save sees the conflict, nothing is lost."""

from dataclasses import replace
from datetime import date

import pytest

from app.domain.enums import Gender
from app.services.actor import Actor
from app.services.case_file import read_case_file
from app.services.cases import CaseInput, create_case, update_case
from app.services.consultations import (
    ConsultationInput,
    add_consultation,
    get_consultation,
    update_consultation,
)
from app.services.row_versions import EditConflict
from app.services.volunteers import VolunteerInput, save_volunteer
from app.storage.database import Database

FORM = CaseInput("Aylin", "Kaya", Gender.FEMALE, phone="0171 1111", city="Hannover")


def test_an_older_case_form_does_not_overwrite_a_newer_phone_number(
    database: Database, admin: Actor
) -> None:
    case = create_case(database, admin, FORM)
    assert case.id is not None and case.row_version == 1
    opened_at = case.row_version
    # Someone else changes the phone number meanwhile.
    other = update_case(
        database, admin, case.id, replace(FORM, phone="0171 2222"), expected_version=opened_at
    )
    assert other.row_version == 2
    # The first form, still showing 0171 1111, changes the city and saves.
    mine = replace(FORM, city="Hildesheim")
    with pytest.raises(EditConflict) as conflict:
        update_case(database, admin, case.id, mine, expected_version=opened_at)
    assert conflict.value.message == (
        f"The case file {case.case_number} was changed by someone else since you opened it, "
        "and nothing was saved. These fields differ between the saved version and yours: "
        "City, Phone."
    )
    differences = {d.field: (d.saved, d.yours) for d in conflict.value.differences}
    assert differences == {"city": ("Hannover", "Hildesheim"), "phone": ("0171 2222", "0171 1111")}
    assert conflict.value.current_version == 2
    stored = read_case_file(database, admin, case.id).participant
    assert (stored.phone, stored.city) == ("0171 2222", "Hannover")
    # The user saw both and chose to save theirs: now on purpose, against version 2.
    saved = update_case(database, admin, case.id, mine, expected_version=2)
    assert (saved.phone, saved.city, saved.row_version) == ("0171 1111", "Hildesheim", 3)


def test_a_form_opened_after_the_change_saves_without_a_conflict(
    database: Database, admin: Actor
) -> None:
    case = create_case(database, admin, FORM)
    assert case.id is not None
    changed = update_case(database, admin, case.id, replace(FORM, phone="0171 2222"))
    saved = update_case(
        database, admin, case.id, replace(FORM, phone="0171 3333"),
        expected_version=changed.row_version,
    )  # fmt: skip
    assert saved.phone == "0171 3333"


def test_consultations_and_volunteers_check_their_version_too(
    database: Database, admin: Actor
) -> None:
    case = create_case(database, admin, FORM)
    assert case.id is not None
    entry = ConsultationInput(case.id, date(2026, 3, 2), 45, note="Bewerbung besprochen")
    consultation = add_consultation(database, admin, entry, today=date(2026, 3, 20))
    assert consultation.id is not None
    shown, _topics, _targets = get_consultation(database, admin, consultation.id)
    update_consultation(
        database, admin, consultation.id, replace(entry, duration_minutes=60),
        today=date(2026, 3, 20), expected_version=shown.row_version,
    )  # fmt: skip
    with pytest.raises(EditConflict) as conflict:
        update_consultation(
            database, admin, consultation.id, replace(entry, note="Anderer Text"),
            today=date(2026, 3, 20), expected_version=shown.row_version,
        )  # fmt: skip
    assert [d.field for d in conflict.value.differences] == ["duration_minutes", "note"]

    volunteer = save_volunteer(database, admin, VolunteerInput("Jonas", "Weber", phone="1"))
    assert volunteer.id is not None
    save_volunteer(
        database, admin, VolunteerInput("Jonas", "Weber", phone="2", languages=("Arabisch",)),
        volunteer.id, expected_version=volunteer.row_version,
    )  # fmt: skip
    with pytest.raises(EditConflict) as conflict:
        save_volunteer(
            database, admin, VolunteerInput("Jonas", "Weber", phone="1"), volunteer.id,
            expected_version=volunteer.row_version,
        )  # fmt: skip
    assert [d.field for d in conflict.value.differences] == ["phone", "languages"]


def test_an_older_questionnaire_does_not_overwrite_newer_entry_answers(
    database: Database, admin: Actor
) -> None:
    from app.domain.enums import EducationLevel, EmploymentStatus
    from app.services.enrollments import (
        EntryAnswers,
        ExitAnswers,
        enroll,
        record_exit,
        update_entry_answers,
    )
    from app.services.projects import list_projects

    case = create_case(database, admin, FORM)
    project = list_projects(database, admin)[0]
    assert case.id is not None and project.id is not None
    enrollment = enroll(database, admin, case.id, project.id, date(2026, 2, 1), EntryAnswers())
    assert enrollment.id is not None
    opened_at = enrollment.row_version
    # A colleague records the employment status meanwhile.
    update_entry_answers(
        database,
        admin,
        enrollment.id,
        EntryAnswers(employment_status=EmploymentStatus.INACTIVE),
        today=date(2026, 2, 10),
        expected_version=opened_at,
    )
    # The older form, still without an employment status, records the education.
    mine = EntryAnswers(education_level=EducationLevel.ISCED_3_4)
    with pytest.raises(EditConflict) as conflict:
        update_entry_answers(
            database, admin, enrollment.id, mine, today=date(2026, 2, 10),
            expected_version=opened_at,
        )  # fmt: skip
    assert conflict.value.message.startswith(f"The enrollment in {project.code} was changed")
    differences = {d.field: (d.saved, d.yours) for d in conflict.value.differences}
    assert differences == {
        "employment_status": (EmploymentStatus.INACTIVE, None),
        "education_level": (None, EducationLevel.ISCED_3_4),
    }
    # An exit form opened before all this refuses too; nothing is written.
    with pytest.raises(EditConflict):
        record_exit(
            database, admin, enrollment.id, ExitAnswers(date(2026, 6, 30)),
            expected_version=opened_at,
        )  # fmt: skip
    # Saved on purpose over the newer version, the answers are the form's.
    saved = update_entry_answers(
        database, admin, enrollment.id, mine, today=date(2026, 2, 10),
        expected_version=conflict.value.current_version,
    )  # fmt: skip
    assert (saved.employment_status, saved.education_level) == (
        None,
        EducationLevel.ISCED_3_4,
    )
    assert saved.exit_date is None
