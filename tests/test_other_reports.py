"""Counselling, volunteer and outcome reports against small hand-computed fixtures,
and PDFs whose extracted text carries the same figures as the xlsx."""

from datetime import date, time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import text

from app.domain.enums import (
    Answer,
    Gender,
    GermanLevel,
    RecognitionStatus,
    ResidenceStatus,
    VocationalQualification,
)
from app.services.actor import Actor
from app.services.cases import CaseInput, create_case
from app.services.consultations import (
    ConsultationInput,
    add_consultation,
    list_referral_targets,
    list_topics,
)
from app.services.reports import (
    build_counselling_report,
    build_esf_report,
    build_outcome_report,
    build_volunteer_report,
    write_report,
)
from app.storage.database import Database

TODAY = date(2026, 11, 20)


def case(
    database: Database, admin: Actor, name: str, gender: Gender, birth: date, nationality: str
) -> int:
    created = create_case(
        database,
        admin,
        CaseInput(name, "Test", gender, birth_date=birth, nationalities=(nationality,)),
        today=TODAY,
    )
    assert created.id is not None
    return created.id


@pytest.fixture
def counselling(database: Database, admin: Actor) -> Database:
    topics = {t.code: t.id for t in list_topics(database, admin)}
    targets = {t.name: t.id for t in list_referral_targets(database, admin)}
    a = case(database, admin, "A", Gender.FEMALE, date(2000, 6, 1), "SY")  # 26 on 30.06.2026
    b = create_case(
        database,
        admin,
        CaseInput(
            "B",
            "Test",
            Gender.MALE,
            birth_date=date(1960, 1, 1),  # 66
            nationalities=("UA", "RU"),
            residence_status=ResidenceStatus.TEMPORARY_PROTECTION,
            german_level=GermanLevel.A2,
            reference_occupation="Ingenieur/in",
            regulated_profession=Answer.YES,
            vocational_qualification=VocationalQualification.MASTER,
            vocational_qualification_country="UA",
            recognition_status=RecognitionStatus.APPLIED,
        ),
        today=TODAY,
    ).id
    assert b is not None
    consult = [
        (a, date(2026, 3, 2), 10, "ar", True, ("housing",), ()),  # first, < 15 min
        (a, date(2026, 3, 20), 30, "ar", False, ("housing", "work"), ("Jobcenter",)),
        (b, date(2026, 4, 1), 45, "uk", False, ("work",),
         ("Anerkennungsstelle (zuständige Stelle)", "Sprachkursträger")),  # first, 31–60
        (None, date(2026, 4, 2), 5, "de", False, (), ()),  # anonymous short contact
        (b, date(2025, 12, 31), 90, "uk", False, (), ()),  # before the period: not counted
    ]  # fmt: skip
    for participant, day, minutes, language, interpreter, codes, referrals in consult:
        add_consultation(
            database,
            admin,
            ConsultationInput(
                participant,
                day,
                minutes,
                start_time=time(10),
                language_code=language,
                interpreter=interpreter,
                topic_ids=tuple(topics[c] for c in codes if topics[c]),
                referral_target_ids=tuple(targets[name] for name in referrals),
            ),
            today=TODAY,
        )
    return database


def test_counselling_statistics(counselling: Database, admin: Actor) -> None:
    report = build_counselling_report(counselling, admin, [], date(2026, 1, 1), date(2026, 6, 30))
    overview = dict((r[0], r[1]) for r in report.table("Überblick").rows)
    assert overview["Beratungen insgesamt, mit anonymen Kurzkontakten"] == 4
    assert overview["Beratungen mit Fallakte"] == 3
    assert overview["beratene Personen"] == 2
    assert overview["Erstberatungen"] == 1  # B's first consultation was in 2025
    assert overview["Folgeberatungen"] == 2
    assert overview["anonyme Kurzkontakte"] == 1
    assert overview["Beratungsstunden"] == round(90 / 60, 1)
    assert overview["mit Dolmetschung"] == 1
    durations = dict((r[0], r[1]) for r in report.table("Nach Dauer").rows)
    assert durations == {
        "unter 15 Minuten": 2,
        "15–30 Minuten": 1,
        "31–60 Minuten": 1,
        "über 60 Minuten": 0,
        "Summe": 4,
    }
    assert dict((r[0], r[1]) for r in report.table("Nach Geschlecht").rows) == {
        "weiblich": 1,
        "männlich": 1,
        "Summe": 2,
    }
    ages = dict((r[0], r[1]) for r in report.table("Nach Alter").rows)
    assert ages["18–29"] == 1 and ages["55 und älter"] == 1
    topics = dict((r[0], r[1:]) for r in report.table("Nach Thema").rows)
    assert topics["Wohnen"] == [2, 1] and topics["Arbeit und Arbeitssuche"] == [2, 2]
    assert topics["ohne Thema"] == [1, 0]  # the anonymous contact
    languages = dict((r[0], r[1:]) for r in report.table("Nach Sprache").rows)
    assert languages["Arabisch"] == [2, 1] and languages["Ukrainisch"] == [1, 0]
    nationalities = dict((r[0], r[1]) for r in report.table("Nach Staatsangehörigkeit").rows)
    assert nationalities == {"Syrien": 1, "Ukraine": 1, "Russland": 1, "unbekannt": 0}
    months = [r for r in report.table("Nach Monat").rows]
    assert months == [["März 2026", 2, 2, 0, 1], ["April 2026", 2, 1, 1, 1], ["Summe", 4, 3, 1, ""]]
    referrals = dict((r[0], r[1]) for r in report.table("Verweisungen").rows)
    assert referrals == {
        "Jobcenter": 1,
        "Anerkennungsstelle (zuständige Stelle)": 1,
        "Sprachkursträger": 1,
        "ohne Verweisung": 1,
    }
    assert dict((r[0], r[1]) for r in report.table("Nach Aufenthaltsstatus").rows) == {
        "Aufenthaltserlaubnis § 24 (vorübergehender Schutz)": 1,
        "ohne Angabe": 1,
        "Summe": 2,
    }
    german = dict((r[0], r[1]) for r in report.table("Nach Deutschkenntnissen").rows)
    assert german["A2"] == 1 and german["ohne Angabe"] == 1
    assert dict((r[0], r[1]) for r in report.table("Reglementierter Beruf").rows)["ja"] == 1
    occupations = dict((r[0], r[1]) for r in report.table("Nach Referenzberuf").rows)
    assert occupations["Ingenieur/in"] == 1
    countries = dict((r[0], r[1]) for r in report.table("Land des Berufsabschlusses").rows)
    assert countries["Ukraine"] == 1
    recognition = dict((r[0], r[1]) for r in report.table("Nach Anerkennungsstatus").rows)
    assert recognition["beantragt"] == 1


def test_every_counselling_sheet_adds_up_to_its_stated_base(
    counselling: Database, admin: Actor
) -> None:
    report = build_counselling_report(counselling, admin, [], date(2026, 1, 1), date(2026, 6, 30))
    overview = dict((r[0], r[1]) for r in report.table("Überblick").rows)
    checked = 0
    for table in report.tables[1:]:
        assert table.base is not None, table.title  # every sheet says what it counts
        assert overview[table.base.label] == table.base.value, table.title
        rows = table.rows[:-1] if table.total_row else table.rows
        counted = sum(int(row[1]) for row in rows)
        if table.base.multiple:
            assert counted >= table.base.value, table.title
        else:
            assert table.total_row and table.rows[-1][0] == "Summe", table.title
            assert counted == table.rows[-1][1] == table.base.value, table.title
        checked += 1
    assert checked == len(report.tables) - 1 >= 18


def test_volunteer_report_values_hours_and_flags_allowances(
    database: Database, admin: Actor
) -> None:
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE project SET hourly_rate_cents = 1500"))
        connection.execute(
            text(
                "INSERT INTO volunteer (id, number, first_name, last_name, status, search_text, created_at) "
                "VALUES (1, 'E-0001', 'Karl', 'Meier', 'active', '', '2026-01-01'), "
                "(2, 'E-0002', 'Samira', 'حداد', 'active', '', '2026-01-01')"
            )
        )
        for volunteer, day, minutes, status in (
            (1, "2026-02-03", 90, "approved"),
            (1, "2026-02-04", 60, "submitted"),
            (2, "2026-03-01", 120, "approved"),
            (2, "2025-12-31", 600, "approved"),
        ):
            connection.execute(
                text(
                    "INSERT INTO volunteer_hours (volunteer_id, date, minutes, activity, project_id, "
                    "status, created_at) VALUES (:v, :d, :m, 'mentoring', 1, :s, '2026-01-01')"
                ),
                {"v": volunteer, "d": day, "m": minutes, "s": status},
            )
        connection.execute(
            text(
                "INSERT INTO allowance_payment (volunteer_id, kind, paid_on, amount_cents, created_at) "
                "VALUES (1, 'volunteer_allowance', '2026-06-30', 50000, '2026-01-01'), "
                "(1, 'volunteer_allowance', '2026-12-01', 50000, '2026-01-01'), "
                "(2, 'volunteer_allowance', '2025-12-01', 90000, '2026-01-01')"
            )
        )
    report = build_volunteer_report(database, admin, 2026)
    hours = {r[0]: r[2:] for r in report.table("Stunden nach Ehrenamtlichen").rows}
    assert hours == {
        "E-0001": [1.5, 0.0, 22.5],
        "E-0002": [2.0, 0.0, 30.0],
    }  # submitted and 2025 hours left out; no allowance names the days it compensates
    allowances = report.table("Aufwandsentschädigungen").rows
    assert allowances == [
        [
            "E-0001",
            "Karl Meier",
            "Ehrenamtspauschale (§ 3 Nr. 26a EStG)",
            "2026",
            1000.0,
            0.0,
            960.0,
            40.0,
        ]
    ]
    assert any("ohne Einsatzzeitraum" in note for note in report.notes)
    last_year = build_volunteer_report(database, admin, 2025).table("Aufwandsentschädigungen").rows
    assert last_year[0][4:] == [900.0, 0.0, 840.0, 60.0]  # the cap of 2025 applies


def test_pdf_text_carries_the_xlsx_figures(
    counselling: Database, admin: Actor, tmp_path: Path
) -> None:
    report = build_counselling_report(counselling, admin, [], date(2026, 1, 1), date(2026, 6, 30))
    write_report(counselling, admin, report, "xlsx", tmp_path / "r.xlsx")
    write_report(counselling, admin, report, "pdf", tmp_path / "r.pdf")
    pdf_text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages)
    workbook = load_workbook(tmp_path / "r.xlsx")
    assert "Beratungsstatistik" in pdf_text and "Seite 1 von" in pdf_text
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(min_row=2, values_only=True):
            for value in row:
                # The workbook stores whole numbers as 3.0: Excel and LibreOffice show 3.
                if isinstance(value, int | float) and float(value).is_integer():
                    assert str(int(value)) in pdf_text
                elif isinstance(value, str) and value:
                    assert value.split()[0] in pdf_text, value


def test_esf_pdf_and_outcomes(database: Database, admin: Actor, tmp_path: Path) -> None:
    case(database, admin, "Мельник", Gender.FEMALE, date(1990, 1, 1), "UA")
    esf = build_esf_report(database, admin, "WIR-2026", date(2026, 1, 1), date(2026, 12, 31))
    write_report(database, admin, esf, "pdf", tmp_path / "esf.pdf")
    pdf_text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "esf.pdf").pages)
    assert "EECO01" in pdf_text and "Drittstaatsangehörige" in pdf_text
    outcomes = build_outcome_report(
        database, admin, "WIR-2026", date(2026, 1, 1), date(2026, 12, 31)
    )
    assert (
        dict((r[0], r[1]) for r in outcomes.table("Überblick").rows)["Austritte im Zeitraum"] == 0
    )


def test_the_organisation_logo_is_on_the_pdf(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (120, 60), (29, 79, 115)).save(buffer, format="PNG")
    with database.engine.begin() as connection:
        connection.execute(
            text("UPDATE organisation SET logo_png = :logo"), {"logo": buffer.getvalue()}
        )
    report = build_volunteer_report(database, admin, 2026)
    assert report.logo_png == buffer.getvalue()
    write_report(database, admin, report, "pdf", tmp_path / "logo.pdf")
    assert len(PdfReader(tmp_path / "logo.pdf").pages[0].images) == 1
