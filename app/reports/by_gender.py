"""Counting rows by gender: every figure as Gesamt, Frauen, Männer, Divers, ohne Angabe.

The columns always add up to the total: a person without a gender is counted
under "ohne Angabe", never dropped.
"""

from collections.abc import Mapping, Sequence

from sqlalchemy import Connection, TextClause

from app.domain.enums import Gender
from app.storage.sql_dialect import as_int

GENDERS = tuple(Gender)
GENDER_COLUMNS = ["Gesamt", "Frauen", "Männer", "Divers", "ohne Angabe"]


def sums_sql(conditions: Sequence[str]) -> str:
    """One SUM per condition, for a statement that groups by the gender column."""
    return ", ".join(f"SUM({as_int(condition)})" for condition in conditions)


def counts_by_gender(
    connection: Connection, statement: TextClause, parameters: Mapping[str, object], count: int
) -> list[list[int]]:
    """Runs ``statement`` (gender first, then ``count`` sums, grouped by gender) and returns,
    for each sum, [total, female, male, diverse, unspecified]."""
    by_gender = {row[0]: row[1:] for row in connection.execute(statement, dict(parameters))}
    result = []
    for index in range(count):
        counts = [int(by_gender[g][index] or 0) if g in by_gender else 0 for g in GENDERS]
        result.append([sum(counts), *counts])
    return result
