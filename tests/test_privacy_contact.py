"""Issue #14 (first contact): the notice and consents answered at first contact, their
withdrawal, the partner export it stops, and the notice and consent PDFs per language."""

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlmodel import select

from app.domain.enums import AuditAction, ConsentForm, ConsentKind, Gender
from app.domain.models import AuditEvent, Consent
from app.services.actor import Actor
from app.services.cases import CaseInput, create_case
from app.services.consents import (
    ConsentAnswer,
    add_partner,
    consent_kinds_used,
    record_first_contact,
    set_consent_kinds_used,
    update_partner,
    withdraw_consent,
)
from app.services.database import Database
from app.services.errors import ValidationError
from app.services.notices import NoticeKind, template_version, write_notice_form
from app.services.organisation import OrganisationInput, update_organisation
from app.services.partner_export import export_for_partner

TODAY = date.today()


def new_case(database: Database, admin: Actor, first: str, last: str, **extra: object) -> int:
    values: dict[str, object] = {"gender": Gender.FEMALE, **extra}
    participant = create_case(
        database,
        admin,
        CaseInput(first_name=first, last_name=last, **values),  # type: ignore[arg-type]
    )
    assert participant.id is not None
    return participant.id


def consents_of(database: Database, participant_id: int) -> list[Consent]:
    with database.session() as session:
        return list(
            session.exec(
                select(Consent).where(Consent.participant_id == participant_id).order_by(Consent.id)
            )
        )


def pdf_text(path: Path) -> str:
    """The text of every page, line breaks of the layout read as spaces."""
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_first_contact_records_exactly_what_was_answered(database: Database, admin: Actor) -> None:
    partner = add_partner(database, admin, "Jobcenter Nord", "Vermittlung in Arbeit")
    answered = new_case(database, admin, "Amal", "Nasser")
    record_first_contact(
        database,
        admin,
        answered,
        notice_handed_over=True,
        answers=[
            ConsentAnswer(ConsentKind.PHOTOS, ConsentForm.WRITTEN),
            ConsentAnswer(ConsentKind.PARTNER_TRANSFER, ConsentForm.ORAL, partner),
        ],
        notice_version="N-1",
        consent_version="C-1",
    )
    saved = consents_of(database, answered)
    assert [(c.kind, c.given_as, c.partner_id, c.version, c.given_on) for c in saved] == [
        (ConsentKind.ART13_NOTICE, None, None, "N-1", TODAY),
        (ConsentKind.PHOTOS, ConsentForm.WRITTEN, None, "C-1", TODAY),
        (ConsentKind.PARTNER_TRANSFER, ConsentForm.ORAL, partner, "C-1", TODAY),
    ]
    assert all(c.withdrawn_on is None for c in saved)

    # "Later" and nothing answered: nothing recorded, not even the notice.
    later = new_case(database, admin, "Bilal", "Karimi")
    assert record_first_contact(database, admin, later, False, [], "N-1", "C-1") == []
    assert consents_of(database, later) == []


def test_a_partner_consent_names_an_active_partner(database: Database, admin: Actor) -> None:
    case = new_case(database, admin, "Amal", "Nasser")
    with pytest.raises(ValidationError) as error:
        record_first_contact(
            database, admin, case, False,
            [ConsentAnswer(ConsentKind.PARTNER_TRANSFER, ConsentForm.ORAL)], None, None,
        )  # fmt: skip
    assert error.value.field == "partner"
    retired = add_partner(database, admin, "Alte Stelle", None)
    update_partner(database, admin, retired, "Alte Stelle", None, active=False)
    with pytest.raises(ValidationError, match="active partners"):
        record_first_contact(
            database, admin, case, False,
            [ConsentAnswer(ConsentKind.PARTNER_TRANSFER, ConsentForm.ORAL, retired)], None, None,
        )  # fmt: skip
    assert consents_of(database, case) == []


def test_withdrawal_is_dated_and_checked(database: Database, admin: Actor) -> None:
    case = new_case(database, admin, "Amal", "Nasser")
    notice, photos = record_first_contact(
        database, admin, case, True,
        [ConsentAnswer(ConsentKind.PHOTOS, ConsentForm.ELECTRONIC)], "N", "C",
    )  # fmt: skip
    assert photos.id is not None and notice.id is not None
    with pytest.raises(ValidationError, match="future"):
        withdraw_consent(database, admin, photos.id, TODAY + timedelta(days=1))
    with pytest.raises(ValidationError, match="or later"):
        withdraw_consent(database, admin, photos.id, TODAY - timedelta(days=1))
    with pytest.raises(ValidationError, match="no consent"):
        withdraw_consent(database, admin, notice.id, TODAY)
    withdraw_consent(database, admin, photos.id, TODAY)
    assert consents_of(database, case)[1].withdrawn_on == TODAY
    with pytest.raises(ValidationError, match="already withdrawn"):
        withdraw_consent(database, admin, photos.id, TODAY)


def test_the_club_chooses_the_consents_it_asks(database: Database, admin: Actor) -> None:
    assert ConsentKind.PHOTOS in consent_kinds_used(database)
    set_consent_kinds_used(database, admin, [ConsentKind.CONTACT, ConsentKind.DATA_PROCESSING])
    assert consent_kinds_used(database) == [ConsentKind.DATA_PROCESSING, ConsentKind.CONTACT]
    with pytest.raises(ValidationError, match="Consents asked"):
        set_consent_kinds_used(database, admin, [ConsentKind.PARTNER_TRANSFER])


@pytest.fixture
def club(database: Database, admin: Actor) -> Database:
    update_organisation(
        database,
        admin,
        OrganisationInput(
            name="Brücke e.V.",
            street="Lindenallee 4",
            postcode="30159",
            city="Hannover",
            email="info@bruecke.example",
            privacy_contact="Frau Yilmaz, datenschutz@bruecke.example",
        ),
    )
    return database


def test_notice_pdf_in_german_and_the_persons_language(
    club: Database, admin: Actor, tmp_path: Path
) -> None:
    add_partner(club, admin, "Jobcenter Nord", "Vermittlung in Arbeit")
    english = new_case(club, admin, "Amal", "Nasser", languages=("ar", "en"))
    path = write_notice_form(club, admin, english, NoticeKind.NOTICE, tmp_path / "notice")
    assert path.suffix == ".pdf"
    reader = PdfReader(path)
    text = pdf_text(path)
    assert "Informationen zum Datenschutz (Art. 13 DSGVO)" in text
    assert "Data protection information (Art. 13 GDPR)" in text
    for value in ("Brücke e.V.", "Lindenallee 4, 30159 Hannover", "Frau Yilmaz", "Amal Nasser",
                  "Jobcenter Nord", "2026-11-de", "2026-11-en"):  # fmt: skip
        assert value in text, value
    assert "$" not in text  # every placeholder filled
    # The English text starts on a page of its own.
    german_pages = [i for i, p in enumerate(reader.pages) if "Ihre Rechte" in p.extract_text()]
    english_pages = [i for i, p in enumerate(reader.pages) if "Your rights" in p.extract_text()]
    assert german_pages and english_pages and max(german_pages) < min(english_pages)
    with club.session() as session:
        event = session.exec(select(AuditEvent).order_by(AuditEvent.id.desc())).first()  # type: ignore[union-attr]
    assert event is not None
    assert (event.action, event.entity, event.entity_id) == (
        AuditAction.EXPORT, "participant", english,
    )  # fmt: skip

    german_only = new_case(club, admin, "Omar", "Haddad", languages=("ar",))
    path = write_notice_form(club, admin, german_only, NoticeKind.NOTICE, tmp_path / "de.pdf")
    text = pdf_text(path)
    assert "Informationen zum Datenschutz" in text and "Data protection information" not in text


def test_consent_form_lists_the_clubs_consents_and_each_partner(
    club: Database, admin: Actor, tmp_path: Path
) -> None:
    add_partner(club, admin, "Jobcenter Nord", "Vermittlung in Arbeit")
    add_partner(club, admin, "Sprachschule Mitte", "Anmeldung zum Deutschkurs")
    retired = add_partner(club, admin, "Alte Stelle", None)
    update_partner(club, admin, retired, "Alte Stelle", None, active=False)
    set_consent_kinds_used(club, admin, [ConsentKind.PHOTOS])
    case = new_case(club, admin, "Amal", "Nasser", languages=("en",))
    path = write_notice_form(club, admin, case, NoticeKind.CONSENT, tmp_path / "consent.pdf")
    text = pdf_text(path)
    assert "Einwilligung in die Verarbeitung Ihrer Daten" in text
    assert "Consent to the processing of your data" in text
    assert "Fotos, auf denen ich zu erkennen bin" in text and "photos in which I can" in text
    assert "an Jobcenter Nord weitergibt. Zweck: Vermittlung in Arbeit" in text
    assert "to Sprachschule Mitte. Purpose: Anmeldung zum Deutschkurs" in text
    assert "Alte Stelle" not in text
    # Consents the club does not ask are not on the form.
    assert "per Telefon, E-Mail oder Messenger" not in text
    assert "Ort, Datum, Unterschrift" in text and "Place, date, signature" in text
    assert template_version(NoticeKind.CONSENT, ["de", "en"]) == "2026-11-de + 2026-11-en"


def test_a_withdrawn_or_missing_consent_keeps_a_person_out_of_the_partner_export(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    jobcenter = add_partner(database, admin, "Jobcenter Nord", "Vermittlung in Arbeit")
    school = add_partner(database, admin, "Sprachschule Mitte", None)
    amal = new_case(database, admin, "Amal", "Nasser", phone="0511 123456", city="Hannover")
    bilal = new_case(database, admin, "Bilal", "Karimi", email="bilal@example.org")
    carla = new_case(database, admin, "Carla", "Souza")
    new_case(database, admin, "Dana", "Ibrahim")  # never asked
    for person, partner in ((amal, jobcenter), (bilal, jobcenter), (carla, school)):
        record_first_contact(
            database, admin, person, False,
            [ConsentAnswer(ConsentKind.PARTNER_TRANSFER, ConsentForm.WRITTEN, partner)], None, "C",
        )  # fmt: skip

    def exported(name: str) -> list[tuple[object, ...]]:
        path = export_for_partner(database, admin, jobcenter, tmp_path / name)
        sheet = load_workbook(path)["Kontaktdaten"]
        rows = [tuple(r) for r in sheet.iter_rows(values_only=True)]
        assert rows[0][:3] == ("Fallnummer", "Vorname", "Nachname")
        return [r[1:3] for r in rows[1:]]

    assert exported("before") == [("Amal", "Nasser"), ("Bilal", "Karimi")]
    (bilal_consent,) = consents_of(database, bilal)
    assert bilal_consent.id is not None
    withdraw_consent(database, admin, bilal_consent.id, TODAY)
    assert exported("after") == [("Amal", "Nasser")]
    with database.session() as session:
        events = session.exec(
            select(AuditEvent).where(AuditEvent.entity == "partner").order_by(AuditEvent.id)
        ).all()
    assert [(e.action, e.entity_id, e.reason) for e in events][-2:] == [
        (AuditAction.EXPORT, jobcenter, "2 · before.xlsx"),
        (AuditAction.EXPORT, jobcenter, "1 · after.xlsx"),
    ]


def test_records_of_processing_follow_the_configuration(
    club: Database, admin: Actor, tmp_path: Path
) -> None:
    from app.services.projects import list_projects
    from app.services.records_of_processing import (
        records_of_processing,
        write_records_of_processing,
    )

    add_partner(club, admin, "Jobcenter Nord", "Vermittlung in Arbeit")
    set_consent_kinds_used(club, admin, [ConsentKind.PHOTOS])
    records = records_of_processing(club, admin)
    names = [a.name for a in records.activities]
    (project,) = list_projects(club, admin)
    assert f"Projekt {project.code}: {project.name}" in names
    assert "Weitergabe an Jobcenter Nord" in names
    assert any("Fotos" in n for n in names) and not any("Kontaktaufnahme" in n for n in names)
    project_activity = records.activities[names.index(f"Projekt {project.code}: {project.name}")]
    assert f"{project.retention_years} Jahre" in project_activity.retention
    assert ("Ansprechperson Datenschutz", "Frau Yilmaz, datenschutz@bruecke.example") in (
        records.controller
    )
    path = write_records_of_processing(club, admin, tmp_path / "verzeichnis")
    text = pdf_text(path)
    assert "Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO)" in text
    assert "Weitergabe an Jobcenter Nord" in text and "Vermittlung in Arbeit" in text
    assert "sperrt sich nach 10 Minuten" in text
