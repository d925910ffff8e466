"""The Beratungen list model."""

from typing import Any

from app.services.consultations import ConsultationRow
from app.ui.formatting import show_date, show_language
from app.ui.labels import label
from app.ui.models.paged import PagedTableModel


class ConsultationTableModel(PagedTableModel[ConsultationRow]):
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

    def texts(self, row: ConsultationRow) -> tuple[str, ...]:
        language = show_language(row.language_code)
        if row.interpreter:
            language = self.tr("{language} (interpreter)").format(language=language)
        return (
            show_date(row.date),
            f"{row.case_number} {row.name}" if row.case_number else self.tr("anonymous"),
            row.advisor or "",
            label(row.kind),
            label(row.format),
            language,
            str(row.duration_minutes),
            row.topics,
        )

    def tooltip(self, row: ConsultationRow, column: int) -> str | None:
        return row.note or None
