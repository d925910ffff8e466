"""Table model of the funded projects."""

from typing import Any

from app.domain.formatting import format_euro
from app.domain.models import Project
from app.ui.formatting import show_date
from app.ui.models.base import ListTableModel


class ProjectTableModel(ListTableModel[Project]):
    COL_CODE, COL_NAME, COL_PROGRAMME, COL_PERIOD, COL_ESF, COL_RATE, COL_STATE = range(7)

    def __init__(self, projects: list[Project], parent: Any = None) -> None:
        headers = (
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Funding programme"),
            self.tr("Period"),
            self.tr("ESF Plus"),
            self.tr("Value of a volunteer hour"),
            self.tr("State"),
        )
        super().__init__(projects, headers, parent)

    def display(self, project: Project, column: int) -> str:
        if column == self.COL_CODE:
            return project.code
        if column == self.COL_NAME:
            return project.name
        if column == self.COL_PROGRAMME:
            return project.programme
        if column == self.COL_PERIOD:
            end = show_date(project.end_date) if project.end_date else self.tr("open")
            return f"{show_date(project.start_date)} – {end}"
        if column == self.COL_ESF:
            return self.tr("yes") if project.esf else self.tr("no")
        if column == self.COL_STATE:
            return self.tr("closed") if project.archived else self.tr("running")
        if project.hourly_rate_cents is None:
            return self.tr("per year / minimum wage")
        return format_euro(project.hourly_rate_cents)
