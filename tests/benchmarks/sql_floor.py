"""Hand-written SQL computing each report's figures on the same file: the floor a
report's computation is compared with (the issue's target: at most 3× the floor).

Each floor reads what its report shows, with the fewest passes a person writing SQL
by hand would use, and fetches the rows; it does not label or format anything.
"""

from collections.abc import Callable
from datetime import date

from sqlalchemy import Connection, text

PERIOD = {"start": date(2026, 1, 1), "end": date(2026, 12, 31)}


def _all(connection: Connection, sql: str, **params: object) -> int:
    return len(connection.execute(text(sql), {**PERIOD, **params}).all())


def esf_floor(connection: Connection, project_id: int) -> None:
    """The project's enrollments with their support once; indicator counts by gender and
    the per-enrollment list from that one pass.

    Support minutes and Art. 13 notices are joined as aggregates: a subquery per
    enrollment would search the project's consultations through the project index
    (the file has no statistics yet) and take minutes instead of a fraction of a second."""
    connection.execute(text("DROP TABLE IF EXISTS temp.floor_esf"))
    connection.execute(
        text(
            "CREATE TEMP TABLE floor_esf AS WITH support AS (SELECT participant_id, "
            "sum(duration_minutes) AS minutes FROM consultation WHERE project_id = :project "
            "AND date <= :end GROUP BY participant_id), notices AS (SELECT participant_id, "
            "count(*) AS notices FROM consent WHERE kind = 'art13_notice' "
            "GROUP BY participant_id) "
            "SELECT e.*, p.gender, p.birth_date, p.case_number, s.minutes, n.notices, "
            "CAST(strftime('%Y', e.entry_date) AS INTEGER) - "
            "CAST(strftime('%Y', p.birth_date) AS INTEGER) - "
            "(strftime('%m-%d', e.entry_date) < strftime('%m-%d', p.birth_date)) AS age "
            "FROM enrollment e JOIN participant p ON p.id = e.participant_id "
            "LEFT JOIN support s ON s.participant_id = e.participant_id "
            "LEFT JOIN notices n ON n.participant_id = e.participant_id "
            "WHERE e.project_id = :project AND (e.entry_date BETWEEN :start AND :end "
            "OR e.exit_date BETWEEN :start AND :end)"
        ),
        {**PERIOD, "project": project_id},
    )
    entry = "entry_date BETWEEN :start AND :end"
    leave = "exit_date BETWEEN :start AND :end"
    columns = ", ".join(
        f"sum({when} AND {column} = '{value}')"
        for when in (entry, leave)
        for column, value in (
            ("employment_status", "unemployed"),
            ("employment_status", "inactive"),
            ("employment_status", "employed"),
            ("education_level", "isced_0_2"),
            ("education_level", "isced_3_4"),
            ("education_level", "isced_5_8"),
            ("disability", "yes"),
            ("minority", "yes"),
            ("third_country_national", "yes"),
            ("foreign_origin", "yes"),
            ("homeless", "yes"),
            ("rural_area", "yes"),
            ("exit_status", "job_seeking"),
            ("employed_after_6_months", "yes"),
        )
    )
    columns += f", sum({entry} AND age < 18), sum({entry} AND age BETWEEN 18 AND 29), "
    columns += f"sum({entry} AND age >= 55)"
    _all(connection, f"SELECT gender, {columns} FROM floor_esf GROUP BY gender")
    _all(connection, "SELECT * FROM floor_esf ORDER BY case_number")
    connection.execute(text("DROP TABLE temp.floor_esf"))


def counselling_floor(connection: Connection) -> None:
    """The period's consultations and people once, then every breakdown from them."""
    for name in ("floor_c", "floor_p"):
        connection.execute(text(f"DROP TABLE IF EXISTS temp.{name}"))
    connection.execute(
        text(
            "CREATE TEMP TABLE floor_c AS SELECT id, participant_id, kind, format, "
            "language_code, duration_minutes, interpreter, advisor_id, date "
            "FROM consultation WHERE date BETWEEN :start AND :end"
        ),
        PERIOD,
    )
    connection.execute(
        text(
            "CREATE TEMP TABLE floor_p AS SELECT p.* FROM participant p WHERE p.id IN "
            "(SELECT participant_id FROM floor_c)"
        )
    )
    per_consultation = " UNION ALL ".join(
        f"SELECT {number}, {column}, count(*), count(DISTINCT participant_id) "
        f"FROM floor_c GROUP BY {column}"
        for number, column in enumerate(
            ("kind", "format", "language_code", "advisor_id", "strftime('%Y-%m', date)")
        )
    )
    _all(connection, per_consultation)
    _all(
        connection,
        "SELECT ct.topic_id, count(*), count(DISTINCT c.participant_id) FROM floor_c c "
        "LEFT JOIN consultation_topic ct ON ct.consultation_id = c.id GROUP BY 1",
    )
    _all(
        connection,
        "SELECT r.referral_target_id, count(*), count(DISTINCT c.participant_id) FROM floor_c c "
        "LEFT JOIN consultation_referral r ON r.consultation_id = c.id GROUP BY 1",
    )
    per_person = " UNION ALL ".join(
        f"SELECT {number}, {column}, count(*) FROM floor_p GROUP BY {column}"
        for number, column in enumerate(
            (
                "gender",
                "strftime('%Y', birth_date)",
                "residence_status",
                "german_level",
                "referral_source",
                "reference_occupation",
                "regulated_profession",
                "vocational_qualification_country",
                "recognition_status",
            )
        )
    )
    _all(connection, per_person)
    _all(
        connection,
        "SELECT n.country_code, count(*) FROM floor_p p LEFT JOIN participant_nationality n "
        "ON n.participant_id = p.id GROUP BY 1",
    )
    for name in ("floor_c", "floor_p"):
        connection.execute(text(f"DROP TABLE temp.{name}"))


def volunteers_floor(connection: Connection) -> None:
    """Approved hours per volunteer, project, year and activity and month; the allowances."""
    approved = "status = 'approved' AND date BETWEEN :start AND :end"
    # Hours an allowance compensates are paid work: the same test as the report's.
    compensated = (
        "EXISTS (SELECT 1 FROM allowance_payment a WHERE a.volunteer_id = h.volunteer_id "
        "AND a.kind != 'expense_refund' AND a.covers_from IS NOT NULL "
        "AND h.date BETWEEN a.covers_from AND a.covers_to "
        "AND (a.project_id IS NULL OR a.project_id = h.project_id))"
    )
    _all(
        connection,
        f"SELECT volunteer_id, project_id, strftime('%Y', date), {compensated}, sum(minutes) "
        f"FROM volunteer_hours h WHERE {approved} GROUP BY 1, 2, 3, 4",
    )
    _all(
        connection,
        f"SELECT activity, sum(minutes) FROM volunteer_hours WHERE {approved} GROUP BY 1",
    )
    _all(
        connection,
        f"SELECT strftime('%Y-%m', date), sum(minutes) FROM volunteer_hours WHERE {approved} "
        "GROUP BY 1",
    )
    _all(
        connection,
        "SELECT volunteer_id, kind, sum(amount_cents) FROM allowance_payment "
        "WHERE paid_on BETWEEN :start AND :end GROUP BY 1, 2",
    )


FLOORS: dict[str, Callable[[Connection], None]] = {
    "counselling": counselling_floor,
    "volunteers": volunteers_floor,
}
