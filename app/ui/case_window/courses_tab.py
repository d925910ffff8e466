"""The Courses tab of the case window: the person's courses and the hours attended."""

from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from app.services.case_file import CaseFile
from app.ui.case_window.case_tab import CaseTab
from app.ui.formatting import show_hours
from app.ui.models.courses import CaseCoursesModel
from app.ui.widgets import read_only_table


class CoursesTab(CaseTab):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.model = CaseCoursesModel(self)
        self.view = read_only_table(
            self,
            empty_text=self.tr(
                "Not enrolled in any course. Courses are planned and attendance is ticked in "
                "the Courses section."
            ),
        )
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Courses"))
        self.view.horizontalHeader().setSectionResizeMode(
            CaseCoursesModel.COL_TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.total = QLabel(self)
        self.total.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.total)

    def show_case(self, case: CaseFile) -> None:
        self.model.set_rows(case.courses)
        minutes = sum(c.attended_minutes for c in case.courses)
        self.total.setText(
            self.tr("Hours attended in all courses: {hours}").format(hours=show_hours(minutes))
        )
        self.total.setVisible(bool(case.courses))
