"""ESF questionnaires without invented answers, project outcome settings, referrals, allowance periods

Entry answers become nullable: None is "not yet asked", the code "unknown" the answer
"keine Angabe". Questionnaires that the old enrollment dialog saved untouched (every
answer equal to the pre-selected first choice) are reset to "not yet asked", as are
the never-recorded defaults and answers stored for projects that are not ESF projects;
the counts are reported as migration notices and in the audit trail.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 20:33:03.653234
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "minimum_wage",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("cents", sa.Integer(), nullable=False),
        sa.CheckConstraint("cents > 0", name=op.f("ck_minimum_wage_cents_positive")),
        sa.CheckConstraint("year BETWEEN 2000 AND 2100", name=op.f("ck_minimum_wage_year_range")),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_minimum_wage")),
    )
    op.create_table(
        "referral_target",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "length(trim(name)) > 0", name=op.f("ck_referral_target_name_not_blank")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_target")),
        sa.UniqueConstraint("name", name=op.f("uq_referral_target_name")),
    )
    op.create_table(
        "allowance_declaration",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "trainer_allowance",
                "volunteer_allowance",
                "expense_refund",
                name="kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("other_clubs_cents", sa.Integer(), nullable=False),
        sa.Column("declared_on", sa.Date(), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "other_clubs_cents >= 0", name=op.f("ck_allowance_declaration_other_clubs_positive")
        ),
        sa.CheckConstraint(
            "year BETWEEN 2000 AND 2100", name=op.f("ck_allowance_declaration_year_range")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["user.id"],
            name=op.f("fk_allowance_declaration_recorded_by_id_user"),
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteer.id"],
            name=op.f("fk_allowance_declaration_volunteer_id_volunteer"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_allowance_declaration")),
        sa.UniqueConstraint(
            "volunteer_id",
            "year",
            "kind",
            name=op.f("uq_allowance_declaration_volunteer_id_year_kind"),
        ),
    )
    with op.batch_alter_table("allowance_declaration", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_allowance_declaration_volunteer_id"), ["volunteer_id"], unique=False
        )

    op.create_table(
        "exit_reason",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "finished",
                "dropped_out",
                "other",
                name="exit_reason_category",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("counts_as_success", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_exit_reason_name_not_blank")),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_exit_reason_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exit_reason")),
        sa.UniqueConstraint("project_id", "name", name=op.f("uq_exit_reason_project_id_name")),
    )
    with op.batch_alter_table("exit_reason", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exit_reason_project_id"), ["project_id"], unique=False)

    op.create_table(
        "project_hourly_rate",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("rate_cents", sa.Integer(), nullable=False),
        sa.CheckConstraint("rate_cents >= 0", name=op.f("ck_project_hourly_rate_rate_positive")),
        sa.CheckConstraint(
            "year BETWEEN 2000 AND 2100", name=op.f("ck_project_hourly_rate_year_range")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_project_hourly_rate_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("project_id", "year", name=op.f("pk_project_hourly_rate")),
    )
    op.create_table(
        "project_success_status",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column(
            "exit_status",
            sa.Enum(
                "job_seeking",
                "education_training",
                "employed",
                "self_employed",
                "none",
                "unknown",
                name="exit_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_project_success_status_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "project_id", "exit_status", name=op.f("pk_project_success_status")
        ),
    )
    op.create_table(
        "supported_organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "public_administration",
                "sme",
                name="supported_organisation_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("supported_on", sa.Date(), nullable=False),
        sa.Column("remarks", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "length(trim(name)) > 0", name=op.f("ck_supported_organisation_name_not_blank")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_supported_organisation_project_id_project"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supported_organisation")),
    )
    with op.batch_alter_table("supported_organisation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_supported_organisation_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "consultation_referral",
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("referral_target_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_consultation_referral_consultation_id_consultation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["referral_target_id"],
            ["referral_target.id"],
            name=op.f("fk_consultation_referral_referral_target_id_referral_target"),
        ),
        sa.PrimaryKeyConstraint(
            "consultation_id", "referral_target_id", name=op.f("pk_consultation_referral")
        ),
    )
    with op.batch_alter_table("consultation_referral", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_consultation_referral_referral_target_id"),
            ["referral_target_id"],
            unique=False,
        )

    with op.batch_alter_table("allowance_payment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("covers_from", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("covers_to", sa.Date(), nullable=True))
        batch_op.create_check_constraint(
            "covered_period",
            "(covers_from IS NULL) = (covers_to IS NULL) AND "
            "(covers_to IS NULL OR covers_to >= covers_from)",
        )

    _seed_referral_targets()
    _move_referrals()
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.drop_column("referred_to")

    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "long_term_rule",
                sa.Enum(
                    "sgb3",
                    "eu_survey",
                    name="long_term_rule",
                    native_enum=False,
                    create_constraint=True,
                ),
                nullable=False,
                server_default="sgb3",
            )
        )
        batch_op.add_column(sa.Column("min_support_hours", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "supports_organisations", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
        batch_op.add_column(
            sa.Column(
                "qualification_counts_as_success",
                sa.Boolean(),
                nullable=False,
                server_default=sa.true(),
            )
        )
        batch_op.create_check_constraint(
            "min_support_hours_range",
            "min_support_hours IS NULL OR min_support_hours BETWEEN 1 AND 1000",
        )
    # The defaults were only for the rows that existed; the models supply new values.
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.alter_column("long_term_rule", server_default=None)
        batch_op.alter_column("supports_organisations", server_default=None)
        batch_op.alter_column("qualification_counts_as_success", server_default=None)
    _seed_project_outcomes()

    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("exit_reason_id", sa.Integer(), nullable=True))
        for column, length in (
            ("employment_status", 13),
            ("education_level", 9),
            ("disability", 7),
            ("minority", 7),
            ("foreign_origin", 7),
            ("homeless", 7),
            ("rural_area", 7),
        ):
            batch_op.alter_column(column, existing_type=sa.VARCHAR(length=length), nullable=True)
        batch_op.create_foreign_key(
            batch_op.f("fk_enrollment_exit_reason_id_exit_reason"),
            "exit_reason",
            ["exit_reason_id"],
            ["id"],
        )
    _reset_invented_answers()

    with op.batch_alter_table("mentorship", schema=None) as batch_op:
        batch_op.add_column(sa.Column("end_reason_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_mentorship_end_reason_id_exit_reason"),
            "exit_reason",
            ["end_reason_id"],
            ["id"],
        )

    with op.batch_alter_table("mentorship_goal", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reached", sa.Boolean(), nullable=True))

    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "regulated_profession",
                sa.Enum(
                    "yes",
                    "no",
                    "unknown",
                    name="regulated_profession",
                    native_enum=False,
                    create_constraint=True,
                ),
                nullable=True,
            )
        )
        batch_op.add_column(
            sa.Column(
                "german_level",
                sa.Enum(
                    "none",
                    "a1",
                    "a2",
                    "b1",
                    "b2",
                    "c1",
                    "c2",
                    "native",
                    "unknown",
                    name="german_level",
                    native_enum=False,
                    create_constraint=True,
                ),
                nullable=True,
            )
        )
    _seed_minimum_wages()


def downgrade() -> None:
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_project_min_support_hours_range"), type_="check")
        # The enum's CHECK names the column: SQLite's rebuild would keep it and fail.
        batch_op.drop_constraint(op.f("ck_project_long_term_rule"), type_="check")
        batch_op.drop_column("qualification_counts_as_success")
        batch_op.drop_column("supports_organisations")
        batch_op.drop_column("min_support_hours")
        batch_op.drop_column("long_term_rule")

    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_participant_german_level"), type_="check")
        batch_op.drop_constraint(op.f("ck_participant_regulated_profession"), type_="check")
        batch_op.drop_column("german_level")
        batch_op.drop_column("regulated_profession")

    with op.batch_alter_table("mentorship_goal", schema=None) as batch_op:
        batch_op.drop_column("reached")

    with op.batch_alter_table("mentorship", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_mentorship_end_reason_id_exit_reason"), type_="foreignkey"
        )
        batch_op.drop_column("end_reason_id")

    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_enrollment_exit_reason_id_exit_reason"), type_="foreignkey"
        )
        batch_op.alter_column("rural_area", existing_type=sa.VARCHAR(length=7), nullable=False)
        batch_op.alter_column("homeless", existing_type=sa.VARCHAR(length=7), nullable=False)
        batch_op.alter_column("foreign_origin", existing_type=sa.VARCHAR(length=7), nullable=False)
        batch_op.alter_column("minority", existing_type=sa.VARCHAR(length=7), nullable=False)
        batch_op.alter_column("disability", existing_type=sa.VARCHAR(length=7), nullable=False)
        batch_op.alter_column("education_level", existing_type=sa.VARCHAR(length=9), nullable=False)
        batch_op.alter_column(
            "employment_status", existing_type=sa.VARCHAR(length=13), nullable=False
        )
        batch_op.drop_column("exit_reason_id")

    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("referred_to", sa.VARCHAR(), nullable=True))

    with op.batch_alter_table("allowance_payment", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_allowance_payment_covered_period"), type_="check")
        batch_op.drop_column("covers_to")
        batch_op.drop_column("covers_from")

    with op.batch_alter_table("consultation_referral", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consultation_referral_referral_target_id"))

    op.drop_table("consultation_referral")
    with op.batch_alter_table("supported_organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_supported_organisation_project_id"))

    op.drop_table("supported_organisation")
    op.drop_table("project_success_status")
    op.drop_table("project_hourly_rate")
    with op.batch_alter_table("exit_reason", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exit_reason_project_id"))

    op.drop_table("exit_reason")
    with op.batch_alter_table("allowance_declaration", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_allowance_declaration_volunteer_id"))

    op.drop_table("allowance_declaration")
    op.drop_table("referral_target")
    op.drop_table("minimum_wage")


# The statutory minimum wage per hour in cents (Mindestlohngesetz), by year.
_MINIMUM_WAGES = ((2023, 1200), (2024, 1241), (2025, 1282), (2026, 1390), (2027, 1460))

# Referral targets are club data the admin can edit; they start with the usual ones.
_REFERRAL_TARGETS = (
    "Jobcenter",
    "Agentur für Arbeit",
    "Ausländerbehörde",
    "Anerkennungsstelle (zuständige Stelle)",
    "Migrationsberatung für Erwachsene (MBE)",
    "Jugendmigrationsdienst (JMD)",
    "Sprachkursträger",
    "Schuldnerberatung",
    "Rechtsberatung",
    "Gesundheitsversorgung",
    "Sonstige Stelle",
)

# Every project starts with this list of exit reasons (name, category, success).
_EXIT_REASONS = (
    ("Teilnahme regulär beendet", "finished", False),
    ("Ziel erreicht", "finished", True),
    ("keine weitere Unterstützung nötig", "finished", True),
    ("abgebrochen", "dropped_out", False),
    ("kein Kontakt mehr", "dropped_out", False),
    ("verzogen", "other", False),
    ("sonstiger Grund", "other", False),
)
_SUCCESS_STATUSES = ("employed", "self_employed", "education_training")

# What the old enrollment dialog stored when saved untouched: the first choice of
# every list was pre-selected.
_OLD_DEFAULTS = {
    "employment_status": "employed",
    "education_level": "isced_0_2",
    "disability": "yes",
    "minority": "yes",
    "foreign_origin": "yes",
    "homeless": "yes",
    "rural_area": "yes",
}
_ANSWERS = tuple(_OLD_DEFAULTS)


def _notice(code: str) -> None:
    """A notice for the user as "code:count"; the service layer words and translates it."""
    config = op.get_context().config
    notices = config.attributes.get("notices") if config is not None else None
    if isinstance(notices, list):
        notices.append(code)


def _audit(fields: str, reason: str) -> None:
    op.get_bind().execute(
        sa.text(
            "INSERT INTO audit_event (at, user_id, username, action, entity, entity_id, fields, "
            "reason) VALUES (:at, NULL, 'migration 0003', 'update', 'enrollment', NULL, "
            ":fields, :reason)"
        ),
        {"at": datetime.now(UTC), "fields": fields, "reason": reason},
    )


def _reset_invented_answers() -> None:
    bind = op.get_bind()
    nulls = ", ".join(f"{column} = NULL" for column in _ANSWERS)
    untouched = " AND ".join(f"e.{column} = '{value}'" for column, value in _OLD_DEFAULTS.items())
    not_esf = bind.execute(
        sa.text(
            f"UPDATE enrollment SET {nulls}, unemployed_months = NULL, entry_recorded_on = NULL, "
            "exit_status = NULL, qualification_gained = NULL, exit_recorded_on = NULL, "
            "employed_after_6_months = NULL, improved_after_6_months = NULL, "
            "six_month_recorded_on = NULL WHERE project_id IN "
            "(SELECT id FROM project WHERE NOT esf)"
        )
    ).rowcount
    reset = bind.execute(
        sa.text(
            f"UPDATE enrollment SET {nulls}, unemployed_months = NULL, entry_recorded_on = NULL "
            f"WHERE id IN (SELECT e.id FROM enrollment e WHERE {untouched} "
            "AND e.unemployed_months IS NULL AND EXISTS (SELECT 1 FROM audit_event a "
            "WHERE a.entity = 'enrollment' AND a.entity_id = e.id AND a.action = 'create' "
            "AND a.fields LIKE '%employment_status%'))"
        )
    ).rowcount
    # Before, "unknown" was also what an enrollment got when nobody had asked yet.
    for column in _ANSWERS:
        bind.execute(
            sa.text(
                f"UPDATE enrollment SET {column} = NULL "
                f"WHERE entry_recorded_on IS NULL AND {column} = 'unknown'"
            )
        )
    if reset:
        _notice(f"questionnaires_reset:{reset}")
        _audit("questionnaire_reset", f"{reset} untouched questionnaires reset")
    if not_esf:
        _audit("questionnaire_removed", f"{not_esf} answers of non-ESF enrollments removed")


def _seed_minimum_wages() -> None:
    wage = sa.table("minimum_wage", sa.column("year", sa.Integer), sa.column("cents", sa.Integer))
    op.bulk_insert(wage, [{"year": year, "cents": cents} for year, cents in _MINIMUM_WAGES])


_REFERRAL_TARGET = sa.table(
    "referral_target",
    sa.column("name", sa.String),
    sa.column("active", sa.Boolean),
    sa.column("position", sa.Integer),
)


def _seed_referral_targets() -> None:
    op.bulk_insert(
        _REFERRAL_TARGET,
        [
            {"name": name, "active": True, "position": position}
            for position, name in enumerate(_REFERRAL_TARGETS)
        ],
    )


def _move_referrals() -> None:
    """Free-text referrals become entries of the referral list, linked to their consultation."""
    bind = op.get_bind()
    texts = [
        row[0]
        for row in bind.execute(
            sa.text(
                "SELECT DISTINCT trim(referred_to) FROM consultation "
                "WHERE referred_to IS NOT NULL AND trim(referred_to) != ''"
            )
        )
    ]
    # A text that names a seeded target links to it (names are unique); typed inserts,
    # so that both back ends get a real boolean.
    known = set(bind.execute(sa.select(_REFERRAL_TARGET.c.name)).scalars())
    position = len(_REFERRAL_TARGETS)
    for name in texts:
        if name not in known:
            bind.execute(
                _REFERRAL_TARGET.insert().values(name=name, active=True, position=position)
            )
        position += 1
    bind.execute(
        sa.text(
            "INSERT INTO consultation_referral (consultation_id, referral_target_id) "
            "SELECT c.id, t.id FROM consultation c JOIN referral_target t "
            "ON t.name = trim(c.referred_to)"
        )
    )


def _seed_project_outcomes() -> None:
    bind = op.get_bind()
    for (project_id,) in bind.execute(sa.text("SELECT id FROM project")).all():
        for position, (name, category, success) in enumerate(_EXIT_REASONS):
            bind.execute(
                sa.text(
                    "INSERT INTO exit_reason (project_id, name, category, counts_as_success, "
                    "active, position) VALUES (:project, :name, :category, :success, :active, "
                    ":pos)"
                ),
                {
                    "project": project_id,
                    "name": name,
                    "category": category,
                    "success": success,
                    "active": True,
                    "pos": position,
                },
            )
        for status in _SUCCESS_STATUSES:
            bind.execute(
                sa.text(
                    "INSERT INTO project_success_status (project_id, exit_status) "
                    "VALUES (:project, :status)"
                ),
                {"project": project_id, "status": status},
            )
