"""The Beratungen list model."""

from typing import Any

from app.services.consultations import ConsultationRow
from app.ui.formatting import show_date, show_language
from app.ui.labels import label
from app.ui.models.paged import PagedTableModel


class ConsultationTableModel(PagedTableModel[ConsultationRow]):
    (
        COL_DATE,
        COL_CASE,
        COL_ADVISOR,
        COL_KIND,
        COL_FORMAT,
        COL_LANGUAGE,
        COL_DURATION,
        COL_TOPICS,
    ) = range(8)

    def __init__(self, parent: Any = None) -> None:
        headers = (
            self.tr("Date"),
            self.tr("Case"),
            self.tr("Advisor"),
            self.tr("Kind"),
            self.tr("Form"),
            self.tr("Language"),
            self.tr("Minutes"),
            self.tr("Topics"),
        )
        super().__init__(headers, parent)

    def display(self, row: ConsultationRow, column: int) -> str:
        if column == self.COL_DATE:
            return show_date(row.date)
        if column == self.COL_CASE:
            return f"{row.case_number} {row.name}" if row.case_number else self.tr("anonymous")
        if column == self.COL_ADVISOR:
            return row.advisor or ""
        if column == self.COL_KIND:
            return label(row.kind)
        if column == self.COL_FORMAT:
            return label(row.format)
        if column == self.COL_LANGUAGE:
            language = show_language(row.language_code)
            if row.interpreter:
                return self.tr("{language} (interpreter)").format(language=language)
            return language
        if column == self.COL_DURATION:
            return str(row.duration_minutes)
        return row.topics

    def tooltip(self, row: ConsultationRow, column: int) -> str | None:
        return row.note or None
