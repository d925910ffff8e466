"""Recognition procedures and placements; a country of residence for people abroad

Adds ``recognition_procedure`` (Anerkennungsverfahren, several per person) and
``placement`` (Arbeitsaufnahme: employer, sector, start, contract), and
``participant.residence_country`` (a person advised while still living abroad has no
German postcode). ``participant`` is altered with ADD COLUMN only, so its search and
case-date triggers stay as they are.

Data: the case form's reference occupation, regulated profession and recognition
status stay on the participant (they are columns of the Teilnehmende template). Where
they describe a procedure, it is taken over once as that person's first procedure with
exactly what was recorded, and no dates (none were asked): the occupation text, the
regulated answer, the country of the vocational qualification, and a result only where
the status was a decision (a compensation measure is the partial equivalence that
imposes it). "not applicable" and "not started" without an occupation create nothing.
The count is a migration notice ("recognition_procedures:N") and an audit event.

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-23
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(
        *values,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(v) for v in values),
    )


RESULT_OF_STATUS = (
    "CASE p.recognition_status "
    "WHEN 'full_equivalence' THEN 'full_equivalence' "
    "WHEN 'partial_equivalence' THEN 'partial_equivalence' "
    "WHEN 'compensation_measure' THEN 'partial_equivalence' "
    "WHEN 'rejected' THEN 'rejected' END"
)
DESCRIBES_A_PROCEDURE = (
    "coalesce(p.recognition_status, '') <> 'not_applicable' AND ("
    "length(trim(coalesce(p.reference_occupation, ''))) > 0 "
    "OR p.recognition_status IN ('applied', 'full_equivalence', 'partial_equivalence', "
    "'rejected', 'compensation_measure'))"
)


def upgrade() -> None:
    op.create_table(
        "recognition_procedure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("occupation", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("kldb_code", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column(
            "regulated", _enum("recognition_regulated", "yes", "no", "unknown"), nullable=True
        ),
        sa.Column("qualification_country", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("qualification_year", sa.Integer(), nullable=True),
        sa.Column("authority", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("applied_on", sa.Date(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column(
            "result",
            _enum(
                "recognition_result",
                "full_equivalence",
                "partial_equivalence",
                "rejected",
                "withdrawn",
            ),
            nullable=True,
        ),
        sa.Column(
            "adaptation_kind",
            _enum(
                "adaptation_kind",
                "adaptation_course",
                "aptitude_test",
                "knowledge_test",
                "qualification",
                "other",
            ),
            nullable=True,
        ),
        sa.Column("adaptation_provider", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("adaptation_from", sa.Date(), nullable=True),
        sa.Column("adaptation_to", sa.Date(), nullable=True),
        sa.Column("adaptation_completed", sa.Boolean(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        # SQLite's GLOB; PostgreSQL has none and gets the same as a regular expression.
        sa.CheckConstraint(
            "kldb_code IS NULL OR (length(kldb_code) = 5 AND kldb_code GLOB "
            "'[0-9][0-9][0-9][0-9][1-4]')",
            name=op.f("ck_recognition_procedure_kldb_code_format"),
        ).ddl_if(dialect="sqlite"),
        sa.CheckConstraint(
            "kldb_code IS NULL OR (length(kldb_code) = 5 AND kldb_code ~ '^[0-9]{4}[1-4]$')",
            name=op.f("ck_recognition_procedure_kldb_code_format"),
        ).ddl_if(dialect="postgresql"),
        sa.CheckConstraint(
            "qualification_country IS NULL OR length(qualification_country) = 2",
            name=op.f("ck_recognition_procedure_qualification_country_code"),
        ),
        sa.CheckConstraint(
            "qualification_year IS NULL OR qualification_year BETWEEN 1900 AND 2100",
            name=op.f("ck_recognition_procedure_qualification_year_range"),
        ),
        sa.CheckConstraint(
            "decided_on IS NULL OR applied_on IS NULL OR decided_on >= applied_on",
            name=op.f("ck_recognition_procedure_decided_after_applied"),
        ),
        sa.CheckConstraint(
            "adaptation_to IS NULL OR adaptation_from IS NULL OR adaptation_to >= adaptation_from",
            name=op.f("ck_recognition_procedure_adaptation_to_after_from"),
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_recognition_procedure_participant_id_participant"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recognition_procedure")),
    )
    for column in ("participant_id", "applied_on", "decided_on"):
        op.create_index(
            op.f(f"ix_recognition_procedure_{column}"), "recognition_procedure", [column]
        )
    op.create_table(
        "placement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=True),
        sa.Column("employer", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("employer_town", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("sector", _enum("economic_sector", *"ABCDEFGHIJKLMNOPQRSTU"), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column(
            "contract_type",
            _enum(
                "contract_type",
                "social_insurance",
                "marginal",
                "self_employed",
                "apprenticeship",
                "internship",
            ),
            nullable=False,
        ),
        sa.Column("weekly_minutes", sa.Integer(), nullable=True),
        sa.Column("occupation", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "length(trim(employer)) > 0", name=op.f("ck_placement_employer_not_blank")
        ),
        sa.CheckConstraint(
            "weekly_minutes IS NULL OR weekly_minutes BETWEEN 1 AND 4800",
            name=op.f("ck_placement_weekly_minutes_range"),
        ),
        sa.ForeignKeyConstraint(
            ["enrollment_id"], ["enrollment.id"], name=op.f("fk_placement_enrollment_id_enrollment")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_placement_participant_id_participant"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement")),
    )
    for column in ("participant_id", "enrollment_id", "start_date"):
        op.create_index(op.f(f"ix_placement_{column}"), "placement", [column])
    # ADD COLUMN, not a batch rebuild: participant keeps its FTS and case-date triggers.
    op.execute(
        "ALTER TABLE participant ADD COLUMN residence_country VARCHAR "
        "CONSTRAINT ck_participant_residence_country_abroad CHECK (residence_country IS NULL OR "
        "(length(residence_country) = 2 AND residence_country <> 'DE' AND postcode IS NULL))"
    )
    _take_over_recognition()


def _take_over_recognition() -> None:
    bind = op.get_bind()
    created = bind.execute(
        sa.text(
            "INSERT INTO recognition_procedure (participant_id, occupation, regulated, "
            "qualification_country, result, created_at) "
            "SELECT p.id, nullif(trim(coalesce(p.reference_occupation, '')), ''), "
            f"p.regulated_profession, p.vocational_qualification_country, {RESULT_OF_STATUS}, "
            ":now FROM participant p "
            f"WHERE {DESCRIBES_A_PROCEDURE} ORDER BY p.id"
        ),
        {"now": datetime.now(UTC)},
    ).rowcount
    if not created:
        return
    bind.execute(
        sa.text(
            "INSERT INTO audit_event (at, user_id, username, action, entity, entity_id, fields, "
            "reason) VALUES (:at, NULL, 'migration 0015', 'create', 'recognition_procedure', "
            "NULL, 'occupation,regulated,qualification_country,result', :reason)"
        ),
        {
            "at": datetime.now(UTC),
            "reason": f"{created} procedures taken over from the case form's recognition fields",
        },
    )
    config = op.get_context().config
    notices = config.attributes.get("notices") if config is not None else None
    if isinstance(notices, list):
        notices.append(f"recognition_procedures:{created}")


def downgrade() -> None:
    op.execute("ALTER TABLE participant DROP COLUMN residence_country")
    op.drop_table("placement")
    op.drop_table("recognition_procedure")
