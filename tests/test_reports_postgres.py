"""Every report kind gives the same report on PostgreSQL as on SQLite from the same rows.

The data is made on SQLite by the services (the demo: case files, consultations, ESF
enrollments, courses, volunteers, allowances, events, tandems, recognition procedures,
placements), copied to a scratch PostgreSQL database, and each report kind is computed
on both in each of its variants and compared cell by cell, with each cell's type.
PostgreSQL computes in a read-only REPEATABLE READ transaction, as a workstation in
team mode reads reports. Skipped without ``LOTSE_TEST_POSTGRES``.
"""

from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from typing import Any

import pytest
import sqlalchemy as sa

from app.domain.enums import Gender, LongTermUnemploymentRule, SupportedOrganisationKind
from app.domain.models import Project, SupportedOrganisation
from app.reports.model import Period, Report
from app.services.actor import Actor
from app.services.cases import CaseInput, create_case
from app.services.consultations import ConsultationInput, add_consultation
from app.services.demo import create_demo_data
from app.storage.database import Database
from tests.copy_to_postgres import copy_database, german_scratch_database
from tests.postgres import server_url
from tests.report_comparison import (
    document_variants,
    first_difference,
    report_variants,
    structure,
)

TODAY = date(2026, 10, 1)
PERIODS = (
    Period(date(2026, 1, 1), date(2026, 12, 31)),
    Period(date(2025, 7, 1), date(2026, 3, 31)),
)


@pytest.fixture
def both(database: Database, admin: Actor) -> Iterator[tuple[Database, sa.Engine]]:
    """The demo on SQLite and its copy on a scratch PostgreSQL database."""
    server_url()  # skips before the demo is made when there is no server
    create_demo_data(database, admin, 120, seed=3, staff_password="mitarbeit-pw-2026", today=TODAY)
    add_free_text_ties(database, admin)
    with german_scratch_database("cln_rep") as url:
        engine = sa.create_engine(url)
        try:
            # Text in a German collation, as on a server set up with a German locale: the
            # reports still sort names and codes as on SQLite.
            copied = copy_database(database.engine, engine)
            assert copied["consultation"] > 500 and copied["enrollment"] > 50
            with engine.connect() as connection:
                assert sorted_as_the_database_sorts(connection, ["b", "ä", "Z", "a"]) == [
                    "a",
                    "ä",
                    "b",
                    "Z",
                ]
            yield database, engine
        finally:
            engine.dispose()


def sorted_as_the_database_sorts(connection: sa.Connection, words: list[str]) -> list[str]:
    """The database's own order of text (its default collation)."""
    values = sa.values(sa.column("word", sa.String), name="words").data([(w,) for w in words])
    return list(connection.execute(sa.select(values.c.word).order_by(values.c.word)).scalars())


# Reference occupations typed as people write them, each once in the period (a tie the
# report breaks by the text): code-point order puts capitals first and umlauts last,
# a German collation would sort "apotheker, ärztin, Bäcker, Zahnarzt".
OCCUPATIONS = ("Zahnarzt", "ärztin", "apotheker", "Bäcker")


def add_free_text_ties(database: Database, admin: Actor) -> None:
    for index, occupation in enumerate(OCCUPATIONS):
        created = create_case(
            database,
            admin,
            CaseInput(
                f"Sortierung{index}",
                "Test",
                Gender.FEMALE,
                birth_date=date(1990, 1, 1),
                nationalities=("SY",),
                reference_occupation=occupation,
            ),
            today=TODAY,
        )
        assert created.id is not None
        add_consultation(
            database,
            admin,
            ConsultationInput(created.id, date(2026, 3, 2), 30, start_time=time(10)),
            today=TODAY,
        )


def everything(connection: sa.Connection, period: Period) -> dict[str, Any]:
    return {
        **dict(report_variants(connection, period)),
        **dict(document_variants(connection, period)),
    }


def computed(
    database: Database, engine: sa.Engine, period: Period
) -> tuple[dict[str, Any], dict[str, Any]]:
    with database.read_connection() as sqlite:
        on_sqlite = everything(sqlite, period)
        # Nothing of a report's temporary tables stays behind on SQLite.
        assert sqlite.exec_driver_sql("SELECT name FROM temp.sqlite_master").all() == []
    read_only = {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
    with engine.connect().execution_options(**read_only) as postgres:
        on_postgres = everything(postgres, period)
    return on_sqlite, on_postgres


def assert_same(on_sqlite: dict[str, Any], on_postgres: dict[str, Any]) -> None:
    assert on_sqlite.keys() == on_postgres.keys()
    differences = {
        name: first_difference(structure(report), structure(on_postgres[name]))
        for name, report in on_sqlite.items()
    }
    assert {name: d for name, d in differences.items() if d} == {}


def total(report: Report, table: str, label: str) -> int:
    """The "Gesamt" column of the row with ``label``."""
    value = next(row for row in report.table(table).rows if label in row)[-5]
    assert isinstance(value, int)
    return value


def other_settings(connection: sa.Connection) -> None:
    """The ESF project with a minimum of support, the EU long-term rule and supported
    organisations; qualifications no success elsewhere. Applied alike on both."""
    project = sa.inspect(Project).local_table
    connection.execute(
        project.update()
        .where(project.c.esf.is_(True))
        .values(
            min_support_hours=4,
            long_term_rule=LongTermUnemploymentRule.EU_SURVEY,
            supports_organisations=True,
        )
    )
    connection.execute(
        project.update()
        .where(project.c.esf.is_(False))
        .values(qualification_counts_as_success=False)
    )
    esf_ids = connection.execute(sa.select(project.c.id).where(project.c.esf.is_(True))).scalars()
    connection.execute(
        sa.inspect(SupportedOrganisation).local_table.insert(),
        [
            {
                "project_id": project_id,
                "name": f"Betrieb {project_id}-{index}",
                "kind": kind,
                "supported_on": day,
                "created_at": datetime(2026, 9, 1, tzinfo=UTC),
            }
            for project_id in esf_ids
            for index, (kind, day) in enumerate(
                [
                    (SupportedOrganisationKind.SME, date(2026, 2, 3)),
                    (SupportedOrganisationKind.PUBLIC_ADMINISTRATION, date(2026, 5, 6)),
                ]
            )
        ],
    )


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: f"{p.start}..{p.end}")
def test_every_report_is_the_same_on_postgresql(
    both: tuple[Database, sa.Engine], period: Period
) -> None:
    database, engine = both
    on_sqlite, on_postgres = computed(database, engine, period)
    assert_same(on_sqlite, on_postgres)
    # The comparison compares something: the demo fills every report kind.
    esf = on_postgres["esf WIR-HANNOVER cumulative=False everyone"]
    assert total(esf, "ESF-Indikatoren", "EECO01") > 0
    assert on_postgres["counselling projects=[]"].tables[0].rows[0][1] != 0
    assert len(on_postgres["recognition"].tables[0].rows) > 5
    assert sum(1 for name in on_postgres if name.startswith("timesheet")) > 3
    assert on_postgres["attended_hours"]
    occupations = on_postgres["counselling projects=[]"].table("Nach Referenzberuf").rows
    tied = [row[0] for row in occupations if row[0] in OCCUPATIONS]
    assert tied == ["Bäcker", "Zahnarzt", "apotheker", "ärztin"]


def test_project_settings_change_both_alike(both: tuple[Database, sa.Engine]) -> None:
    """A minimum of support hours (a typed NULL-or-number parameter), the EU long-term
    rule, supported organisations and qualifications that are no success."""
    database, engine = both
    period = PERIODS[0]
    before, _ = computed(database, engine, period)
    with database.engine.begin() as sqlite, engine.begin() as postgres:
        other_settings(sqlite)
        other_settings(postgres)
    on_sqlite, on_postgres = computed(database, engine, period)
    assert_same(on_sqlite, on_postgres)
    name = "esf WIR-HANNOVER cumulative=False everyone"
    below = "unter der Mindestförderung von 4 Stunden"
    eeco01 = total(on_postgres[name], "ESF-Indikatoren", "EECO01")
    assert eeco01 < total(before[name], "ESF-Indikatoren", "EECO01")
    assert any(below in str(row[1]) for row in on_postgres[name].tables[0].rows)
    entities = on_postgres[name].table("Unterstützte Einrichtungen").rows
    assert [row[2] for row in entities] == [1, 1]
