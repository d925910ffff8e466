"""Migrations: head matches the models; upgrades are atomic and backed up; newer files refused."""

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import exc as sa_exc
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel

import app.domain.models  # noqa: F401
from app.services.database import StorageProblem, open_database
from app.storage import backup, keyslots, migrate
from app.storage.database import Database
from app.storage.encrypt import encrypt_plain_database
from app.storage.engine import connect_raw
from app.storage.location import Location
from app.storage.search_index import include_name

SECOND_REVISION = """
from alembic import op
import sqlalchemy as sa

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("organisation") as batch:
        batch.add_column(sa.Column("motto", sa.String(), nullable=True))
    {extra}


def downgrade():
    pass
"""


HEAD = migrate.head_revision()

# sqlite_master of a fresh database at 0018, written before the migrations learnt
# PostgreSQL: SQLite's DDL must not change by a byte for team mode.
SQLITE_SCHEMA_0018 = Path(__file__).parent / "fixtures" / "sqlite_schema_0018.json"
SCHEMA_QUERY = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_models_and_migration_head_agree(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": include_name}
        )
        differences = compare_metadata(context, SQLModel.metadata)
    assert differences == []


def test_a_fresh_database_is_at_head_with_wal_and_foreign_keys(database: Database) -> None:
    assert migrate.stored_revision(database.location.database, database.key) == HEAD
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_seed_catalogues_are_in_the_baseline(database: Database) -> None:
    with database.engine.connect() as connection:
        topics = connection.exec_driver_sql("SELECT count(*) FROM topic").scalar()
        caps = dict(
            connection.exec_driver_sql(
                "SELECT kind || valid_from_year, cap_cents FROM allowance_cap"
            ).all()
        )
    assert topics and topics >= 10
    assert caps["volunteer_allowance2026"] == 96_000
    assert caps["trainer_allowance2021"] == 300_000


def test_a_database_from_a_newer_lotse_is_refused_and_left_untouched(
    database: Database, location: Location
) -> None:
    database.close()
    with connect_raw(location.database, database.key) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    connection.close()
    before = digest(location.database)
    with pytest.raises(StorageProblem, match="newer version of Lotse"):
        open_database(location, database.key)
    assert digest(location.database) == before


@pytest.fixture
def two_revisions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A copy of the packaged migrations with a second revision the test writes."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)

    def write(extra: str = "pass") -> None:
        text = SECOND_REVISION.format(extra=extra, head=HEAD)
        (scripts / "versions" / "9001_motto.py").write_text(text)

    return write


def test_upgrade_runs_at_start_after_a_backup(
    database: Database,
    location: Location,
    two_revisions,  # type: ignore[no-untyped-def]
) -> None:
    database.close()
    two_revisions()
    reopened = open_database(location, database.key)
    try:
        assert migrate.stored_revision(location.database, database.key) == "9001"
        with reopened.engine.connect() as connection:
            columns = [
                row[1] for row in connection.exec_driver_sql("PRAGMA table_info(organisation)")
            ]
        assert "motto" in columns
    finally:
        reopened.close()
    backups = list(location.backup_dir.glob(f"lotse-before-migration-{HEAD}-*.lotsebackup"))
    assert len(backups) == 1
    assert backup.read_header(backups[0], check_content=True).schema == HEAD
    extracted = location.data_dir / "extracted.sqlite3"
    backup.extract_database(backups[0], extracted)
    assert migrate.stored_revision(extracted, database.key) == HEAD


def test_a_failing_migration_changes_nothing(
    database: Database,
    location: Location,
    two_revisions,  # type: ignore[no-untyped-def]
) -> None:
    database.close()
    two_revisions('op.execute("SELECT no_such_function()")')
    with pytest.raises(StorageProblem, match="nothing was changed"):
        open_database(location, database.key)
    assert migrate.stored_revision(location.database, database.key) == HEAD
    with connect_raw(location.database, database.key) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(organisation)")]
        organisations = connection.execute("SELECT name FROM organisation").fetchall()
    connection.close()
    assert "motto" not in columns
    assert organisations == [("Brückenschlag e.V.",)]


def test_a_migration_that_breaks_foreign_keys_is_rolled_back(
    database: Database,
    location: Location,
    two_revisions,  # type: ignore[no-untyped-def]
) -> None:
    """Migrations run with foreign keys off (table rebuilds need that) and are checked after."""
    database.close()
    two_revisions(
        'op.execute("INSERT INTO project (organisation_id, code, name, programme, start_date, '
        "esf, retention_years, archived, created_at, long_term_rule, supports_organisations, "
        "qualification_counts_as_success) VALUES (42, 'X', 'X', 'X', '2026-01-01', "
        "0, 5, 0, '2026-01-01', 'sgb3', 0, 1)\")"
    )
    with pytest.raises(StorageProblem, match="foreign key check failed"):
        open_database(location, database.key)
    assert migrate.stored_revision(location.database, database.key) == HEAD
    with connect_raw(location.database, database.key) as connection:
        codes = connection.execute("SELECT code FROM project").fetchall()
    connection.close()
    assert codes == [("WIR-2026",)]


def _at_revision(location: Location, revision: str) -> None:
    """A plain database as an older Lotse left it: migrated up to ``revision`` only."""
    from alembic import command

    from app.storage.engine import create_sqlite_engine

    location.data_dir.mkdir(parents=True, exist_ok=True)
    engine = create_sqlite_engine(location.database)
    try:
        with engine.begin() as connection:
            command.upgrade(migrate.alembic_config(connection), revision)
    finally:
        engine.dispose()


def _encrypt(location: Location) -> bytes:
    """What the first admin login does to a database from before encryption."""
    key = keyslots.new_database_key()
    encrypt_plain_database(
        location.database, key, keyslots.new_key_file(key), location.backup_dir,
        location.drafts_dir,
    )  # fmt: skip
    return key


OLD_DEFAULTS = "'employed', 'isced_0_2', 'yes', 'yes', 'yes', 'yes', 'yes'"
ANSWERS = (
    "employment_status, education_level, disability, minority, foreign_origin, homeless, rural_area"
)


def test_questionnaires_saved_untouched_are_reset_by_the_migration(location: Location) -> None:
    _at_revision(location, "0002")
    with sqlite3.connect(location.database) as connection:
        connection.executescript(
            f"""
            INSERT INTO organisation (id, name, created_at) VALUES (1, 'Verein', '2026-01-01');
            INSERT INTO user (id, username, display_name, role, password_hash, active, created_at)
                VALUES (1, 'admin', 'Admin', 'admin', 'x', 1, '2026-01-01');
            INSERT INTO project (id, organisation_id, code, name, programme, start_date, esf,
                retention_years, archived, created_at)
                VALUES (1, 1, 'ESF', 'ESF', 'ESF Plus', '2026-01-01', 1, 5, 0, '2026-01-01'),
                       (2, 1, 'TANDEM', 'Tandem', 'KAUSA', '2026-01-01', 0, 5, 0, '2026-01-01');
            INSERT INTO participant (id, case_number, first_name, last_name, gender, status,
                search_text, created_at, updated_at)
                VALUES (1, '2026-0001', 'A', 'A', 'female', 'open', '', '2026-01-01', '2026-01-01'),
                       (2, '2026-0002', 'B', 'B', 'male', 'open', '', '2026-01-01', '2026-01-01'),
                       (3, '2026-0003', 'C', 'C', 'male', 'open', '', '2026-01-01', '2026-01-01'),
                       (4, '2026-0004', 'D', 'D', 'male', 'open', '', '2026-01-01', '2026-01-01');
            -- 1: saved untouched through the dialog; 2: real answers that happen to differ;
            -- 3: never asked (old defaults 'unknown'); 4: non-ESF project with answers.
            INSERT INTO enrollment (id, participant_id, project_id, entry_date, {ANSWERS},
                third_country_national, entry_recorded_on, created_at) VALUES
                (1, 1, 1, '2026-02-01', {OLD_DEFAULTS}, 'yes', '2026-02-01', '2026-02-01'),
                (2, 2, 1, '2026-02-01', 'unemployed', 'isced_0_2', 'no', 'no', 'yes', 'no',
                 'no', 'yes', '2026-02-01', '2026-02-01'),
                (3, 3, 1, '2026-02-01', 'unknown', 'unknown', 'unknown', 'unknown', 'unknown',
                 'unknown', 'unknown', 'yes', NULL, '2026-02-01'),
                (4, 4, 2, '2026-02-01', {OLD_DEFAULTS}, 'yes', '2026-02-01', '2026-02-01');
            INSERT INTO audit_event (at, user_id, username, action, entity, entity_id, fields)
                VALUES ('2026-02-01', 1, 'admin', 'create', 'enrollment', 1,
                        'employment_status,entry_date,project_id'),
                       ('2026-02-01', 1, 'admin', 'create', 'enrollment', 2,
                        'employment_status,entry_date,project_id'),
                       ('2026-02-01', 1, 'admin', 'create', 'enrollment', 4,
                        'employment_status,entry_date,project_id');
            """
        )
    connection.close()
    key = _encrypt(location)
    database = open_database(location, key)
    try:
        assert database.notices == ("questionnaires_reset:1",)
        with database.engine.connect() as connection:
            rows = {
                row[0]: row[1:]
                for row in connection.exec_driver_sql(
                    f"SELECT id, {ANSWERS}, entry_recorded_on FROM enrollment"
                )
            }
            reasons = connection.exec_driver_sql(
                "SELECT reason FROM audit_event WHERE username = 'migration 0003' ORDER BY id"
            ).fetchall()
    finally:
        database.close()
    assert rows[1] == (None,) * 8
    assert rows[2] == ("unemployed", "isced_0_2", "no", "no", "yes", "no", "no", "2026-02-01")
    assert rows[3] == (None,) * 8
    assert rows[4] == (None,) * 8
    assert reasons == [
        ("1 untouched questionnaires reset",),
        ("1 answers of non-ESF enrollments removed",),
    ]


def test_row_versions_start_at_one_and_keep_every_row(location: Location) -> None:
    _at_revision(location, "0006")
    with sqlite3.connect(location.database) as connection:
        connection.executescript(
            """
            INSERT INTO organisation (id, name, created_at) VALUES (1, 'Verein', '2026-01-01');
            INSERT INTO participant (id, case_number, first_name, last_name, gender, status,
                phone, search_text, created_at, updated_at)
                VALUES (1, '2026-0001', 'Aylin', 'Kaya', 'female', 'open', '0171 1', '',
                        '2026-01-01', '2026-01-01');
            INSERT INTO consultation (id, participant_id, date, duration_minutes, kind, format,
                interpreter, note, created_at, updated_at)
                VALUES (1, 1, '2026-02-01', 45, 'first', 'in_person', 0, 'Notiz',
                        '2026-02-01', '2026-02-01');
            INSERT INTO volunteer (id, number, first_name, last_name, status, search_text,
                created_at) VALUES (1, 'E-0001', 'Jonas', 'Weber', 'active', '', '2026-01-01');
            """
        )
    connection.close()
    key = _encrypt(location)
    database = open_database(location, key)
    try:
        with database.engine.connect() as connection:
            rows = [
                connection.exec_driver_sql(f"SELECT id, row_version FROM {table}").fetchall()
                for table in ("participant", "consultation", "volunteer")
            ]
            phone = connection.exec_driver_sql("SELECT phone FROM participant").scalar_one()
            note = connection.exec_driver_sql("SELECT note FROM consultation").scalar_one()
    finally:
        database.close()
    assert rows == [[(1, 1)], [(1, 1)], [(1, 1)]]
    assert (phone, note) == ("0171 1", "Notiz")


def test_consents_keep_their_meaning_and_only_a_transfer_names_a_partner(
    location: Location,
) -> None:
    _at_revision(location, "0009")
    with sqlite3.connect(location.database) as connection:
        connection.executescript(
            """
            INSERT INTO organisation (id, name, created_at) VALUES (1, 'Verein', '2026-01-01');
            INSERT INTO participant (id, case_number, first_name, last_name, gender, status,
                search_text, created_at, updated_at, row_version)
                VALUES (1, '2026-0001', 'Aylin', 'Kaya', 'female', 'open', '',
                        '2026-01-01', '2026-01-01', 1);
            INSERT INTO consent (id, participant_id, kind, given_on, version, withdrawn_on,
                created_at) VALUES
                (1, 1, 'photos', '2026-01-02', 'v1', '2026-03-01', '2026-01-02'),
                (2, 1, 'art13_notice', '2026-01-02', NULL, NULL, '2026-01-02');
            """
        )
    connection.close()
    key = _encrypt(location)
    database = open_database(location, key)
    try:
        with database.engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT id, kind, given_on, version, withdrawn_on, given_as, partner_id "
                "FROM consent ORDER BY id"
            ).fetchall()
        with database.engine.begin() as connection:
            connection.exec_driver_sql("INSERT INTO partner (id, name, active, created_at) "
                                       "VALUES (1, 'Jobcenter', 1, '2026-01-01')")  # fmt: skip
            for kind, partner in (("partner_transfer", "NULL"), ("photos", "1")):
                with pytest.raises(IntegrityError, match="CHECK constraint failed"):
                    connection.exec_driver_sql(
                        "INSERT INTO consent (participant_id, kind, given_on, partner_id, "
                        f"created_at) VALUES (1, '{kind}', '2026-01-02', {partner}, '2026')"
                    )
            connection.exec_driver_sql(
                "INSERT INTO consent (participant_id, kind, given_on, partner_id, given_as, "
                "created_at) VALUES (1, 'partner_transfer', '2026-01-02', 1, 'oral', '2026')"
            )
    finally:
        database.close()
    # Nobody recorded how the old consents were given: left empty, nothing invented.
    assert rows == [
        (1, "photos", "2026-01-02", "v1", "2026-03-01", None, None),
        (2, "art13_notice", "2026-01-02", None, None, None, None),
    ]


def test_recognition_fields_become_a_first_procedure_without_invented_dates(
    location: Location,
) -> None:
    """0015: what the case form recorded about recognition becomes the person's first
    procedure, exactly as recorded; people without a procedure get none; the participant
    keeps its columns and its search triggers (ADD COLUMN, no rebuild)."""
    _at_revision(location, "0014")
    people = [
        # id, occupation, regulated, status, vocational country
        (1, "'Pflegefachfrau'", "'yes'", "'full_equivalence'", "'SY'"),
        (2, "'Ingenieur'", "'no'", "'compensation_measure'", "NULL"),
        (3, "NULL", "NULL", "'applied'", "'UA'"),
        (4, "'Lehrerin'", "'unknown'", "'not_started'", "NULL"),
        (5, "'Koch'", "'no'", "'not_applicable'", "'TR'"),  # no procedure
        (6, "'  '", "NULL", "NULL", "NULL"),  # nothing recorded
        (7, "NULL", "'yes'", "'not_started'", "NULL"),  # no occupation, nothing started
    ]
    values = ",\n".join(
        f"({pid}, '2026-000{pid}', 'P{pid}', 'Test', 'female', 'open', 'p{pid}', "
        f"'2026-01-01', '2026-01-01', {occupation}, {regulated}, {status}, "
        f"{'NULL' if country == 'NULL' else chr(39) + 'master' + chr(39)}, {country})"
        for pid, occupation, regulated, status, country in people
    )
    triggers = "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    with sqlite3.connect(location.database) as connection:
        triggers_before = connection.execute(triggers).fetchall()
        connection.executescript(
            f"""
            INSERT INTO organisation (id, name, created_at) VALUES (1, 'Verein', '2026-01-01');
            INSERT INTO participant (id, case_number, first_name, last_name, gender, status,
                search_text, created_at, updated_at, reference_occupation,
                regulated_profession, recognition_status, vocational_qualification,
                vocational_qualification_country)
                VALUES {values};
            """
        )
    connection.close()
    key = _encrypt(location)
    database = open_database(location, key)
    try:
        assert database.notices == ("recognition_procedures:4",)
        with database.engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT participant_id, occupation, regulated, qualification_country, result, "
                "applied_on, decided_on, kldb_code FROM recognition_procedure "
                "ORDER BY participant_id"
            ).fetchall()
            kept = connection.exec_driver_sql(
                "SELECT reference_occupation, recognition_status FROM participant WHERE id = 2"
            ).one()
            triggers_after = connection.exec_driver_sql(triggers).fetchall()
            # The added column's check holds in a migrated file too: abroad, no German postcode.
            with pytest.raises(sa_exc.IntegrityError):
                connection.exec_driver_sql(
                    "UPDATE participant SET residence_country = 'UA', postcode = '30159' "
                    "WHERE id = 1"
                )
            audit = connection.exec_driver_sql(
                "SELECT username, entity, reason FROM audit_event "
                "WHERE entity = 'recognition_procedure'"
            ).fetchall()
    finally:
        database.close()
    assert rows == [
        (1, "Pflegefachfrau", "yes", "SY", "full_equivalence", None, None, None),
        (2, "Ingenieur", "no", None, "partial_equivalence", None, None, None),
        (3, None, None, "UA", None, None, None, None),
        (4, "Lehrerin", "unknown", None, None, None, None, None),
    ]
    assert tuple(kept) == ("Ingenieur", "compensation_measure")
    # Every trigger there was is still there (later migrations may add their own).
    assert set(triggers_before) <= set(triggers_after) and len(triggers_before) > 3
    assert audit == [
        (
            "migration 0015",
            "recognition_procedure",
            "4 procedures taken over from the case form's recognition fields",
        )
    ]


def _comparable(sql: str | None) -> object:
    """A table's DDL as header, columns in order and the set of its constraints: Alembic's
    batch rebuilds write a table's constraints in an order that varies from run to run
    (before and after team mode alike); every column and every constraint's text still
    has to match exactly."""
    if sql is None or not sql.startswith("CREATE TABLE"):
        return sql
    header, *items = sql.removesuffix("\n)").split("\n\t")
    items = [item.rstrip().removesuffix(",") for item in items]
    constraints = sorted(item for item in items if item.startswith("CONSTRAINT "))
    return header, [item for item in items if not item.startswith("CONSTRAINT ")], constraints


def _sqlite_schema(rows: list[list[str | None]]) -> list[tuple[object, ...]]:
    return [(*row[:3], _comparable(row[3])) for row in rows]


def test_the_sqlite_schema_at_0018_is_what_it_was_before_team_mode(location: Location) -> None:
    _at_revision(location, "0018")
    with sqlite3.connect(location.database) as connection:
        rows = [list(row) for row in connection.execute(SCHEMA_QUERY)]
    connection.close()
    expected = json.loads(SQLITE_SCHEMA_0018.read_text(encoding="utf-8"))
    assert len(rows) == len(expected) == 159
    assert _sqlite_schema(rows) == _sqlite_schema(expected)


def test_the_chain_goes_down_to_nothing_and_up_again(location: Location) -> None:
    """Every downgrade runs too (tests/test_migrations_postgres.py does the same there)."""
    from alembic import command

    from app.storage.engine import create_sqlite_engine

    _at_revision(location, "head")
    engine = create_sqlite_engine(location.database)
    try:
        with engine.connect() as connection:
            at_head = [list(row) for row in connection.exec_driver_sql(SCHEMA_QUERY)]
        with engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), "base")
        with engine.connect() as connection:
            left = connection.exec_driver_sql(SCHEMA_QUERY).all()
        with engine.begin() as connection:
            command.upgrade(migrate.alembic_config(connection), "head")
        with engine.connect() as connection:
            again = [list(row) for row in connection.exec_driver_sql(SCHEMA_QUERY)]
    finally:
        engine.dispose()
    assert [row[1] for row in left] == ["alembic_version", "sqlite_autoindex_alembic_version_1"]
    assert _sqlite_schema(again) == _sqlite_schema(at_head)
