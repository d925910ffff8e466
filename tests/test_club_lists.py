"""The lists a club keeps itself, its organisation data, and country and language names."""

from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from app.domain.catalogues import (
    country_code,
    country_name,
    language_code,
    language_name,
    similar_countries,
)
from app.domain.enums import Gender, MeetingRhythm, Role
from app.services.actor import Actor
from app.services.case_file import read_case_file
from app.services.cases import CaseInput, create_case
from app.services.club_lists import (
    ClubList,
    add_entry,
    club_languages,
    list_entries,
    move_entry,
    rename_entry,
    set_entry_active,
)
from app.services.consultations import ConsultationInput, add_consultation, list_topics
from app.services.errors import PermissionDenied, ValidationError
from app.services.organisation import (
    OrganisationInput,
    get_organisation,
    set_logo,
    update_organisation,
)
from app.services.users import add_user
from app.storage.database import Database


def names(database: Database, actor: Actor, kind: ClubList) -> list[tuple[str, bool]]:
    return [(e.name, e.active) for e in list_entries(database, actor, kind)]


def test_a_topic_is_added_renamed_and_retired_and_old_notes_keep_it(
    database: Database, admin: Actor
) -> None:
    added = add_entry(database, admin, ClubList.TOPICS, "  Kita und Schule ")
    assert added.name == "Kita und Schule"
    assert ("Kita und Schule", True) in names(database, admin, ClubList.TOPICS)
    person = create_case(database, admin, CaseInput("Oksana", "Bondarenko", Gender.FEMALE))
    assert person.id is not None and isinstance(added.key, int)
    add_consultation(
        database, admin, ConsultationInput(person.id, date.today(), 30, topic_ids=(added.key,))
    )

    rename_entry(database, admin, ClubList.TOPICS, added.key, "Kita & Schule")
    [consultation] = read_case_file(database, admin, person.id).consultations
    assert consultation.topics == ("Kita & Schule",)  # a new name shows everywhere

    set_entry_active(database, admin, ClubList.TOPICS, added.key, False)
    assert "Kita & Schule" not in [t.name for t in list_topics(database, admin)]
    [consultation] = read_case_file(database, admin, person.id).consultations
    assert consultation.topics == ("Kita & Schule",)  # and stays on old records
    assert ("Kita & Schule", False) in names(database, admin, ClubList.TOPICS)
    [entry] = [e for e in list_entries(database, admin, ClubList.TOPICS) if e.key == added.key]
    assert entry.uses == 1

    set_entry_active(database, admin, ClubList.TOPICS, added.key, True)
    assert "Kita & Schule" in [t.name for t in list_topics(database, admin)]


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("Wohnen; Arbeit", "';' and ',' are not allowed"),
        ("Miete, Strom", "';' and ',' are not allowed"),
        ("", "required"),
        ("x" * 101, "at most 100 characters"),
    ],
)
def test_a_bad_topic_name_is_refused_with_the_reason(
    database: Database, admin: Actor, typed: str, message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        add_entry(database, admin, ClubList.TOPICS, typed)
    assert caught.value.field == "name"
    assert message in caught.value.message, caught.value.message


def test_names_are_unique_and_a_retired_one_is_pointed_out(
    database: Database, admin: Actor
) -> None:
    target = add_entry(database, admin, ClubList.REFERRAL_TARGETS, "Tafel Linden")
    with pytest.raises(ValidationError, match="already exists"):
        add_entry(database, admin, ClubList.REFERRAL_TARGETS, "tafel linden")
    set_entry_active(database, admin, ClubList.REFERRAL_TARGETS, target.key, False)
    with pytest.raises(ValidationError, match="retired; take it back"):
        add_entry(database, admin, ClubList.REFERRAL_TARGETS, "Tafel Linden")


def test_languages_are_added_by_any_name_and_ordered(database: Database, admin: Actor) -> None:
    assert club_languages(database)[:3] == ["de", "ar", "fa"]
    with pytest.raises(ValidationError, match="already on the list"):
        add_entry(database, admin, ClubList.LANGUAGES, "Dari")  # Persian is on the list
    added = add_entry(database, admin, ClubList.LANGUAGES, "Somali")
    assert added.key == "so" and club_languages(database)[-1] == "so"
    with pytest.raises(ValidationError) as caught:
        add_entry(database, admin, ClubList.LANGUAGES, "Albanich")
    assert "Did you mean Albanisch?" in caught.value.message
    move_entry(database, admin, ClubList.LANGUAGES, "so", -1)
    assert club_languages(database)[-2:] == ["so", "ti"]
    set_entry_active(database, admin, ClubList.LANGUAGES, "so", False)
    assert "so" not in club_languages(database)
    with pytest.raises(ValidationError):
        rename_entry(database, admin, ClubList.LANGUAGES, "de", "Hochdeutsch")


def test_only_admins_change_the_lists(database: Database, admin: Actor) -> None:
    from app.services.auth import authenticate

    add_user(database, admin, "leyla", Role.ADVISOR.value, "leylas-passwort-1")
    leyla = authenticate(database, "leyla", "leylas-passwort-1")
    assert list_entries(database, leyla, ClubList.TOPICS)  # reading is fine
    with pytest.raises(PermissionDenied):
        add_entry(database, leyla, ClubList.TOPICS, "Sport")
    with pytest.raises(PermissionDenied):
        update_organisation(database, leyla, OrganisationInput("Gekapert e.V."))


def test_every_change_to_a_list_is_audited(database: Database, admin: Actor) -> None:
    topic = add_entry(database, admin, ClubList.TOPICS, "Gesundheit und Pflege")
    rename_entry(database, admin, ClubList.TOPICS, topic.key, "Pflege und Gesundheit")
    set_entry_active(database, admin, ClubList.TOPICS, topic.key, False)
    with database.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT action, fields FROM audit_event WHERE entity = 'topic' ORDER BY id")
        ).all()
    assert [r[0] for r in rows] == ["create", "update", "update"]


def test_the_organisation_is_corrected_with_all_problems_at_once(
    database: Database, admin: Actor
) -> None:
    with pytest.raises(ValidationError) as caught:
        update_organisation(
            database, admin, OrganisationInput("", postcode="301", email="keine adresse")
        )
    assert sorted(field for field, _ in caught.value.problems) == ["email", "name", "postcode"]
    update_organisation(
        database,
        admin,
        OrganisationInput(
            "Brückenschlag e.V.",
            street="Lindener Marktplatz 1",
            postcode="30449",
            city="Hannover",
            privacy_contact="Datenschutz: Jana Krüger, datenschutz@brueckenschlag.example",
        ),
    )
    data = get_organisation(database)
    assert data.address_lines() == ["Lindener Marktplatz 1", "30449 Hannover"]
    with pytest.raises(ValidationError, match="Logo"):
        set_logo(database, admin, b"GIF89a not a png")


def test_the_tandem_agreement_carries_address_and_privacy_contact(
    database: Database, admin: Actor, tmp_path: object
) -> None:
    from pathlib import Path

    from app.services.mentorships import MentorshipInput, create_mentorship, write_agreement
    from app.services.volunteers import VolunteerInput, save_volunteer

    update_organisation(
        database,
        admin,
        OrganisationInput(
            "Brückenschlag e.V.",
            street="Lindener Marktplatz 1",
            postcode="30449",
            city="Hannover",
            privacy_contact="Jana Krüger, datenschutz@brueckenschlag.example",
        ),
    )
    volunteer = save_volunteer(
        database,
        admin,
        VolunteerInput(
            "Karl",
            "Meier",
            clearance_seen_on=date.today(),
            training_on=date.today(),
        ),
    )
    person = create_case(database, admin, CaseInput("Reza", "Ahmadi", Gender.MALE))
    assert volunteer.id is not None and person.id is not None
    tandem = create_mentorship(
        database,
        admin,
        MentorshipInput(
            volunteer.id, person.id, date.today(), goals_text="Job", rhythm=MeetingRhythm.WEEKLY
        ),
    )
    assert tandem.id is not None
    assert isinstance(tmp_path, Path)
    path = write_agreement(database, admin, tandem.id, tmp_path / "vereinbarung.pdf")
    content = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert "30449 Hannover" in content
    assert "datenschutz@brueckenschlag.example" in content


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Afghanistan", "AF"),
        ("af", "AF"),
        ("Syria", "SY"),
        ("Türkei", "TR"),
        ("Tuerkei", "TR"),
        ("Turkey", "TR"),
        ("Kosovo", "XK"),
        ("staatenlos", "XX"),
        ("Elfenbeinküste", "CI"),
        ("Atlantis", None),
        ("EU", None),
    ],
)
def test_countries_are_understood_by_german_and_english_name_and_code(
    typed: str, code: str | None
) -> None:
    assert country_code(typed) == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("Dari", "fa"), ("Farsi", "fa"), ("Persian", "fa"), ("Kurmanji", "ku"), ("ti", "ti")],
)
def test_languages_are_understood_under_their_other_names(typed: str, code: str) -> None:
    assert language_code(typed) == code


def test_names_come_from_cldr_and_typos_get_suggestions() -> None:
    assert country_name("SY") == "Syrien" and country_name("SY", "en") == "Syria"
    assert country_name("ER") == "Eritrea"  # a country the old hand-typed list lacked too
    assert country_name("MM") == "Myanmar"
    assert language_name("ti") == "Tigrinya"
    assert similar_countries("Syrein") == ["Syrien"]
    assert similar_countries("Afganistan") == ["Afghanistan"]
