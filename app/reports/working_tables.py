"""Intermediate results that a report reads in several of its statements.

A report that breaks one set of rows down many ways (the period's consultations, the
ESF base of enrollments) names that set once and reads it by name in each statement.

- SQLite: a temporary table, filled once per report and dropped after it. The
  breakdowns then read a small in-memory table instead of each reading the period's
  rows again (the counselling report: 17 reads, 21.5 s on 410,000 consultations).
- PostgreSQL: a report runs in a read-only transaction (one snapshot for all its
  statements, never in a writer's way), and PostgreSQL refuses every ``CREATE`` there,
  even of a temporary table. The same SELECT becomes a common table expression in
  front of each statement that reads it; nothing is left to drop.

The definition of each set is written once, by the report, for both back ends.
"""

from collections.abc import Callable, Mapping

from sqlalchemy import Connection, CursorResult, TextClause, text

from app.storage.sql_dialect import SQLITE


class WorkingTables:
    """The named row sets of one report on one connection; ``drop`` when done.

    ``prepare`` turns the report's SQL into a statement (e.g. with the report's
    expanding list parameters bound); every statement that reads a set goes through
    ``execute`` or ``sql``, so its definition can be put in front where needed.
    """

    def __init__(self, connection: Connection, prepare: Callable[[str], TextClause] = text) -> None:
        self.connection = connection
        self.prepare = prepare
        self.materialised = connection.dialect.name == SQLITE
        self._sets: list[tuple[str, str]] = []

    def add(
        self,
        name: str,
        select: str,
        parameters: Mapping[str, object],
        columns: str | None = None,
    ) -> None:
        """Names the rows of ``select`` (which may read the sets added before);
        ``columns``: the temporary table's column definitions where SQLite should
        index it (``id INTEGER PRIMARY KEY``), else it takes the SELECT's columns."""
        if self.materialised:
            self._drop(name)
            if columns is None:
                self._run(f"CREATE TEMPORARY TABLE {name} AS {select}", parameters)
            else:
                self._run(f"CREATE TEMPORARY TABLE {name} ({columns})", parameters)
                self._run(f"INSERT INTO {name} {select}", parameters)
        self._sets.append((name, select))

    def sql(self, statement: str) -> str:
        """``statement`` as it runs: with the definitions of the sets in front where
        they are not tables. PostgreSQL leaves out a definition a statement does not
        read."""
        if self.materialised or not self._sets:
            return statement
        definitions = ", ".join(f"{name} AS ({select})" for name, select in self._sets)
        return f"WITH {definitions} {statement}"

    def execute(self, statement: str, parameters: Mapping[str, object]) -> CursorResult[object]:
        return self._run(self.sql(statement), parameters)

    def drop(self) -> None:
        """Drops the temporary tables (the personal data in them goes with them)."""
        if self.materialised:
            for name, _ in reversed(self._sets):
                self._drop(name)
        self._sets.clear()

    def _run(self, sql: str, parameters: Mapping[str, object]) -> CursorResult[object]:
        return self.connection.execute(self.prepare(sql), dict(parameters))

    def _drop(self, name: str) -> None:
        # Qualified: only ever the temporary table, never a table of the database.
        self.connection.execute(text(f"DROP TABLE IF EXISTS temp.{name}"))
