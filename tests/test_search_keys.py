"""One search key per record, whichever path wrote it, and searches that find names as
people type them (umlauts spelled out, other scripts in Latin letters)."""

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import text

from app.domain.enums import Gender
from app.domain.search_text import (
    SEARCH_KEY_VERSION,
    fold,
    name_key,
    participant_search_key,
    search_words,
    volunteer_search_key,
)
from app.services.actor import Actor
from app.services.case_list import CaseQuery, count_cases, fetch_cases
from app.services.case_merge import merge_cases
from app.services.cases import CaseInput, create_case, find_duplicates, update_case
from app.services.demo import create_demo_data
from app.services.mentorships import find_mentees
from app.services.search_keys import VERSION_SETTING, refresh_search_keys
from app.services.spreadsheets.importer import run_import
from app.services.volunteers import VolunteerInput, list_volunteers, save_volunteer
from app.storage.database import Database

TODAY = date(2026, 11, 20)


def stored_keys(database: Database, table: str) -> list[tuple[str, str]]:
    """(expected key from the record's fields, stored key) for every row of ``table``."""
    with database.engine.connect() as connection:
        if table == "participant":
            rows = connection.execute(
                text(
                    "SELECT first_name, last_name, case_number, phone, search_text FROM participant"
                )
            ).all()
            return [(participant_search_key(f, la, n, p), key) for f, la, n, p, key in rows]
        rows = connection.execute(
            text("SELECT first_name, last_name, number, search_text FROM volunteer")
        ).all()
        return [(volunteer_search_key(f, la, n), key) for f, la, n, key in rows]


def assert_keys_current(database: Database) -> None:
    for table in ("participant", "volunteer"):
        pairs = stored_keys(database, table)
        assert pairs, table
        assert [expected for expected, _ in pairs] == [stored for _, stored in pairs], table


def workbook(path: Path, title: str, headers: list[str], rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def found_cases(database: Database, actor: Actor, typed: str) -> list[str]:
    rows = fetch_cases(database, actor, CaseQuery(text=typed), 0, 50)
    assert count_cases(database, actor, CaseQuery(text=typed)) == len(rows)
    return [f"{row.first_name} {row.last_name}" for row in rows]


def test_every_write_path_stores_the_same_key(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    # Forms (create, then change the phone), import, demo and merge.
    case = create_case(database, admin, CaseInput("Jürgen", "Öztürk", Gender.MALE), today=TODAY)
    assert case.id is not None
    changed = CaseInput("Jürgen", "Öztürk", Gender.MALE, phone="0176 5550123")
    update_case(database, admin, case.id, changed)
    run_import(
        database,
        admin,
        "participants",
        workbook(
            tmp_path / "people.xlsx",
            "Teilnehmende",
            ["Vorname", "Nachname", "Geschlecht", "Telefon"],
            [["Сергей", "Коваленко", "männlich", "0511 4711"], ["محمد", "أحمد", "männlich", None]],
        ),
    )
    keep = create_case(database, admin, CaseInput("Natalja", "Melnyk", Gender.FEMALE), today=TODAY)
    other = create_case(
        database,
        admin,
        CaseInput("Natalja", "Melnyk", Gender.FEMALE, phone="030 1234"),
        today=TODAY,
    )
    assert keep.id is not None and other.id is not None
    merge_cases(database, admin, keep.id, other.id, "doppelt angelegt")
    save_volunteer(database, admin, VolunteerInput("Vera", "Mentorin"))
    run_import(
        database,
        admin,
        "volunteers",
        workbook(
            tmp_path / "volunteers.xlsx",
            "Ehrenamtliche",
            ["Vorname", "Nachname"],
            [["Наталья", "Шевченко"]],
        ),
    )
    create_demo_data(
        database, admin, 40, seed=5, staff_password="passwort-1234-lang", today=TODAY, force=True
    )
    assert_keys_current(database)
    # The merged file took over the phone of the removed one, and is found by it.
    assert found_cases(database, admin, "030 1234") == ["Natalja Melnyk"]


def test_volunteers_are_found_by_number_whatever_path_created_them(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    save_volunteer(database, admin, VolunteerInput("Vera", "Mentorin"))
    run_import(
        database,
        admin,
        "volunteers",
        workbook(
            tmp_path / "v.xlsx", "Ehrenamtliche", ["Vorname", "Nachname"], [["Kemal", "Aydın"]]
        ),
    )
    numbers = {row.number: row.name for row in list_volunteers(database, admin)}
    assert sorted(numbers) == ["E-0001", "E-0002"]
    for number, name in numbers.items():
        assert [row.name for row in list_volunteers(database, admin, number)] == [name]
        assert [row.name for row in list_volunteers(database, admin, number.lower())] == [name]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("oeztuerk", "Jürgen Öztürk"),
        ("ozturk", "Jürgen Öztürk"),
        ("Öztürk", "Jürgen Öztürk"),
        ("juergen", "Jürgen Öztürk"),
        ("mueller", "Anna Müller"),
        ("muller", "Anna Müller"),
        ("sergej", "Сергей Коваленко"),
        ("sergey", "Сергей Коваленко"),
        ("serhei", "Сергей Коваленко"),
        ("kowalenko", None),  # German "w" for "в" is not one of the spellings we store
        ("serhii", "Сергій Ковальчук"),
        ("sergij", "Сергій Ковальчук"),
        ("natalja", "Наталья Шевченко"),
        ("natalya", "Наталья Шевченко"),
        ("mohammed", "محمد کریمی"),
        ("muhammad", "محمد کریمی"),
        ("karimi", "محمد کریمی"),
        ("ahmad", "أحمد يوسف"),
        ("yusuf", "أحمد يوسف"),
        ("jusuf", "أحمد يوسف"),
        ("mhmd", "محمد کریمی"),
        ("محمد", "محمد کریمی"),
        ("2026-0002", "Anna Müller"),
        ("01765550123", "Jürgen Öztürk"),
    ],
)
def test_typed_latin_finds_names_in_every_spelling(
    database: Database, admin: Actor, typed: str, expected: str | None
) -> None:
    for first, last, phone in (
        ("Jürgen", "Öztürk", "0176 5550123"),
        ("Anna", "Müller", None),
        ("Сергей", "Коваленко", None),
        ("Сергій", "Ковальчук", None),
        ("Наталья", "Шевченко", None),
        ("محمد", "کریمی", None),
        ("أحمد", "يوسف", None),
        ("Ali", "Hosseini", None),
    ):
        create_case(database, admin, CaseInput(first, last, Gender.MALE, phone=phone), today=TODAY)
    assert found_cases(database, admin, typed) == ([expected] if expected else [])


def test_short_skeletons_do_not_match_every_arabic_name(database: Database, admin: Actor) -> None:
    for first, last in (("علي", "حسن"), ("Lina", "Haddad"), ("ليلى", "خليل")):
        create_case(database, admin, CaseInput(first, last, Gender.FEMALE), today=TODAY)
    # "ali" has one consonant: it is looked for as text only, not as a skeleton.
    assert search_words("ali")[0].skeleton is None
    assert found_cases(database, admin, "ali") == []
    assert found_cases(database, admin, "علي") == ["علي حسن"]


def test_mentee_search_uses_the_same_rules(database: Database, admin: Actor) -> None:
    create_case(database, admin, CaseInput("Сергей", "Коваленко", Gender.MALE), today=TODAY)
    assert [m.name for m in find_mentees(database, admin, "sergej")] == ["Сергей Коваленко"]
    assert find_mentees(database, admin, "s") == []


def test_duplicates_are_found_across_umlaut_spellings(database: Database, admin: Actor) -> None:
    create_case(
        database,
        admin,
        CaseInput("Jürgen", "Müller", Gender.MALE, birth_date=date(1990, 1, 2)),
        today=TODAY,
    )
    hints = find_duplicates(database, admin, "Jurgen", "Muller", date(1990, 1, 2), None)
    assert [hint.case_number for hint in hints] == ["2026-0001"]
    assert name_key("Jürgen", "Müller") == name_key("jurgen", "MULLER")


def test_old_keys_are_recomputed_once_when_the_rules_change(
    database: Database, admin: Actor
) -> None:
    create_case(database, admin, CaseInput("Сергей", "Коваленко", Gender.MALE), today=TODAY)
    save_volunteer(database, admin, VolunteerInput("Vera", "Mentorin"))
    with database.engine.begin() as connection:
        # Keys as the first version wrote them: no number, "й" folded to "y".
        connection.execute(text("UPDATE participant SET search_text = 'serhey kovalenko'"))
        connection.execute(text("UPDATE volunteer SET search_text = 'vera mentorin'"))
        connection.execute(text("DELETE FROM setting WHERE key = :k"), {"k": VERSION_SETTING})
    assert found_cases(database, admin, "sergej") == []
    assert refresh_search_keys(database) == 2
    assert found_cases(database, admin, "sergej") == ["Сергей Коваленко"]
    assert [v.number for v in list_volunteers(database, admin, "E-0001")] == ["E-0001"]
    assert refresh_search_keys(database) == 0
    with database.engine.connect() as connection:
        version = connection.execute(
            text("SELECT value FROM setting WHERE key = :k"), {"k": VERSION_SETTING}
        ).scalar_one()
    assert version == str(SEARCH_KEY_VERSION)


def test_folding_is_idempotent_and_keeps_the_short_i() -> None:
    for name in ("Сергій", "Йосип", "Öztürk", "Yılmaz", "Straße", "محمد"):
        assert fold(fold(name)) == fold(name)
    assert fold("Сергей") == "serhei"  # й is "i", not "и" + breve read as "y"


def test_one_or_two_letters_find_the_names_that_start_with_them(
    database: Database, admin: Actor
) -> None:
    for first, last in (("Mona", "Haddad"), ("Karim", "Mansour"), ("Kim", "Lee")):
        create_case(database, admin, CaseInput(first, last, Gender.FEMALE), today=TODAY)
    assert sorted(found_cases(database, admin, "m")) == ["Karim Mansour", "Mona Haddad"]
    assert found_cases(database, admin, "ha") == ["Mona Haddad"]
    assert found_cases(database, admin, "k le") == ["Kim Lee"]
    # From three letters on, anywhere in a word: "rim" is inside "Karim".
    assert found_cases(database, admin, "rim") == ["Karim Mansour"]


def test_a_search_of_marks_only_limits_nothing(database: Database, admin: Actor) -> None:
    create_case(database, admin, CaseInput("Mona", "Haddad", Gender.FEMALE), today=TODAY)
    # "'" folds to nothing: the list shows everything, and counts what it shows.
    assert found_cases(database, admin, "'") == ["Mona Haddad"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Олена", "Olena Kovalenko"),  # Cyrillic typed, Latin stored
        ("Коваленко", "Olena Kovalenko"),
        ("أمل", "Amal Al-Khatib"),  # Arabic typed, Latin stored: the consonants meet
        ("يوسف", "Yusuf Ahmadi"),
        ("احمدی", "Yusuf Ahmadi"),  # Persian spelling
        ("Сергій", "Сергій Ковальчук"),
    ],
)
def test_a_name_is_found_typed_in_another_script(
    database: Database, admin: Actor, typed: str, expected: str
) -> None:
    for first, last in (
        ("Olena", "Kovalenko"),
        ("Amal", "Al-Khatib"),
        ("Yusuf", "Ahmadi"),
        ("Сергій", "Ковальчук"),
        ("Lina", "Berger"),
    ):
        create_case(database, admin, CaseInput(first, last, Gender.FEMALE), today=TODAY)
    assert found_cases(database, admin, typed) == [expected]


def test_latin_searches_do_not_read_latin_skeletons(database: Database, admin: Actor) -> None:
    """ "lena" must not find "Lina" (same consonants): only Arabic-script searches do that."""
    for first in ("Lina", "Lena"):
        create_case(database, admin, CaseInput(first, "Berger", Gender.FEMALE), today=TODAY)
    assert found_cases(database, admin, "lena") == ["Lena Berger"]
