"""A report as plain data: the GUI preview, the xlsx writer and the PDF writer all render it."""

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from app.domain.formatting import format_number


class CellFormat(StrEnum):
    """How a column's cells are shown in a spreadsheet (the value is Excel's format code)."""

    TEXT = "@"  # codes with leading zeros: postcodes, phone and case numbers
    MONEY = '#,##0.00 "€"'
    HOURS = "0.00"
    NUMBER = "#,##0.00"


@dataclass(frozen=True)
class Base:
    """What a table counts: a figure of the report's overview, e.g. "beratene Personen"."""

    label: str
    value: int
    # Several entries per counted unit (topics of a consultation, nationalities of a
    # person): the rows add up to more than the base.
    multiple: bool = False

    def text(self) -> str:
        text = f"Basis: {self.label} ({format_number(self.value)})"
        if self.multiple:
            text += "; Mehrfachnennungen möglich, die Zeilen ergeben zusammen mehr als die Basis"
        return text


@dataclass(frozen=True)
class Table:
    """One sheet of a report: a title, column headers and rows of plain values."""

    title: str
    columns: list[str]
    rows: list[list[object]]
    # Columns (by index) holding whole numbers that a writer may total or right-align.
    number_columns: frozenset[int] = frozenset()
    notes: list[str] = field(default_factory=list)
    # Draw a bar chart of this column against the first one (in the PDF).
    chart_column: int | None = None
    base: Base | None = None
    # The last row is the sum of the rows above it (writers set it in bold).
    total_row: bool = False
    # How columns (by index) are shown where their values are not plain counts.
    formats: dict[int, CellFormat] = field(default_factory=dict)
    # What the PDF prints in place of the rows: a summary of a long per-person list that
    # no funder needs on paper (the list stays in the workbook and the preview).
    on_paper: "Table | None" = None


@dataclass(frozen=True)
class Letterhead:
    """The organisation at the top of documents handed to people (``reports/letterhead``
    draws it)."""

    name: str
    address_lines: list[str] = field(default_factory=list)
    logo_png: bytes | None = None
    # Who answers questions about data protection; printed where a document records
    # personal data (agreements, notices).
    privacy_contact: str | None = None


@dataclass(frozen=True)
class Report:
    title: str
    organisation: str
    parameters: list[tuple[str, str]]  # (label, value) shown in headers and the notes sheet
    tables: list[Table]
    generated_at: datetime
    generated_by: str
    notes: list[str] = field(default_factory=list)
    logo_png: bytes | None = None

    def table(self, title: str) -> Table:
        return next(t for t in self.tables if t.title == title)


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("period end before start")


@dataclass(frozen=True)
class PersonFilter:
    """Which people a report may list one by one: a SQL condition over a participant
    table named ``p`` with its parameters (the services build it from the actor's scope).
    ``everyone`` is False when the condition leaves people out."""

    sql: str = "1 = 1"
    params: dict[str, object] = field(default_factory=dict)
    everyone: bool = True
