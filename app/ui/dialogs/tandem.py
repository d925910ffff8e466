"""Agreeing a mentoring tandem: find the participant, pick a suggested mentor, set goals."""

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import MeetingRhythm, MentorshipGoal, MentorshipStatus
from app.services.actor import Actor
from app.services.database import Database
from app.services.errors import Problems, ServiceError, ValidationError
from app.services.mentorships import (
    MentorshipInput,
    MentorshipRow,
    change_status,
    create_mentorship,
    find_mentees,
    suggest_mentors,
)
from app.services.projects import exit_reasons
from app.ui.formatting import show_language
from app.ui.forms import DateField, FieldErrors, save_cancel_buttons
from app.ui.labels import fill_combo, label, please_choose, question_combo, select_data

MATCHES_SHOWN = 25


class TandemDialog(QDialog):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.setWindowTitle(self.tr("New tandem"))
        self.find_text = QLineEdit(self)
        self.find_text.setPlaceholderText(self.tr("Case number or name"))
        self.find_text.setClearButtonEnabled(True)
        find_button = QPushButton(self.tr("&Find"), self)
        find_button.setAutoDefault(False)
        find_button.clicked.connect(self.find_participants)
        self.find_text.returnPressed.connect(self.find_participants)
        self.participant = QComboBox(self)
        self.participant.currentIndexChanged.connect(self.suggest)
        self.mentor = QComboBox(self)
        self.mentor_hint = QLabel(self)
        self.mentor_hint.setWordWrap(True)
        self.start = DateField(self, date.today())
        # Empty until chosen: the start page checks the tandem against this rhythm.
        self.rhythm = question_combo(self, MeetingRhythm)
        goals_box = QWidget(self)
        grid = QGridLayout(goals_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.goal_boxes: dict[MentorshipGoal, QCheckBox] = {}
        for position, goal in enumerate(MentorshipGoal):
            box = QCheckBox(label(goal), goals_box)
            self.goal_boxes[goal] = box
            grid.addWidget(box, position // 2, position % 2)
        self.goals_text = QLineEdit(self)
        self.goals_text.setPlaceholderText(self.tr("e.g. prepare for the driving test"))
        find_row = QHBoxLayout()
        find_row.addWidget(self.find_text, 1)
        find_row.addWidget(find_button)
        form = QFormLayout()
        find_label = QLabel(self.tr("Find partic&ipant:"), self)
        find_label.setBuddy(self.find_text)  # a row holding a layout gets no buddy by itself
        form.addRow(find_label, find_row)
        form.addRow(self.tr("Partici&pant:"), self.participant)
        form.addRow(self.tr("&Mentor:"), self.mentor)
        form.addRow("", self.mentor_hint)
        form.addRow(self.tr("S&tart:"), self.start)
        form.addRow(self.tr("M&eetings:"), self.rhythm)
        form.addRow(self.tr("Goals:"), goals_box)
        form.addRow(self.tr("Further &goals:"), self.goals_text)
        self.errors = FieldErrors(
            QLabel(self),
            {
                "participant": self.find_text,
                "volunteer": self.mentor,
                "start_date": self.start,
                "goals": goals_box,
                "goals_text": self.goals_text,
            },
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self))
        self.resize(620, self.sizeHint().height())
        self.find_text.setFocus()

    def find_participants(self) -> None:
        self.participant.clear()
        text = self.find_text.text().strip()
        if not text:
            return
        rows = find_mentees(self.database, self.actor, text, MATCHES_SHOWN)
        for row in rows:
            shown = f"{row.case_number} · {row.name}"
            if row.birth_year is not None:
                shown = self.tr("{case} (born {year})").format(case=shown, year=row.birth_year)
            self.participant.addItem(shown, row.participant_id)
        if not rows:
            self.mentor.clear()
            self.mentor_hint.setText(self.tr("No case matches “{text}”.").format(text=text))

    def suggest(self) -> None:
        self.mentor.clear()
        participant_id = self.participant.currentData()
        if participant_id is None:
            return
        suggestions = suggest_mentors(self.database, self.actor, participant_id)
        for s in suggestions:
            reasons = []
            if s.shared_languages:
                reasons.append(
                    self.tr("speaks {languages}").format(
                        languages=", ".join(show_language(code) for code in s.shared_languages)
                    )
                )
            if s.same_place:
                reasons.append(self.tr("same town"))
            suffix = f" – {', '.join(reasons)}" if reasons else ""
            self.mentor.addItem(f"{s.name}{suffix}", s.volunteer_id)
        self.mentor_hint.setText(
            self.tr(
                "Only active volunteers with a valid police clearance (and the club's training, "
                "where the club requires it) are offered; shared languages first, then the "
                "same town."
            )
            if suggestions
            else self.tr(
                "No active volunteer has a valid police clearance (and the club's training, "
                "where the club requires it)."
            )
        )

    def accept(self) -> None:
        participant_id = self.participant.currentData()
        volunteer_id = self.mentor.currentData()
        problems = Problems()
        if participant_id is None:
            problems.add(
                ValidationError("participant", self.tr("Participant: find and choose a case."))
            )
        if volunteer_id is None:
            problems.add(ValidationError("volunteer", self.tr("Mentor: choose a volunteer.")))
        start = problems.check(lambda: self.start.required("start_date", self.tr("Start")))
        if problems or start is None:
            self.errors.show(problems.error())
            return
        goals = tuple(goal for goal, box in self.goal_boxes.items() if box.isChecked())
        try:
            create_mentorship(
                self.database,
                self.actor,
                MentorshipInput(
                    volunteer_id=volunteer_id,
                    participant_id=participant_id,
                    start_date=start,
                    rhythm=self.rhythm.currentData(),
                    goals=goals,
                    goals_text=self.goals_text.text(),
                ),
            )
        except ServiceError as error:
            self.errors.show(error)
            return
        super().accept()


class TandemStatusDialog(QDialog):
    """Pause, resume or end a tandem; an ending records why and which goals were reached."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        tandem: MentorshipRow,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.mentorship_id = tandem.id
        self.setWindowTitle(title)
        self.status = QComboBox(self)
        fill_combo(self.status, MentorshipStatus)
        select_data(self.status, tandem.status)
        self.end = DateField(self, date.today())
        self.reason = QComboBox(self)
        self.reason.addItem(please_choose(), None)
        if tandem.project_id is not None:
            for reason in exit_reasons(database, tandem.project_id):
                self.reason.addItem(reason.name, reason.id)
        self.goals: dict[MentorshipGoal, QComboBox] = {}
        goal_box = QGroupBox(self.tr("Agreed goals reached?"), self)
        goal_form = QFormLayout(goal_box)
        for goal in tandem.goals:
            combo = QComboBox(goal_box)
            combo.addItem(please_choose(), None)
            combo.addItem(self.tr("reached"), True)
            combo.addItem(self.tr("not reached"), False)
            goal_form.addRow(label(goal) + ":", combo)
            self.goals[goal] = combo
        self.goal_box = goal_box
        goal_box.setVisible(bool(tandem.goals))
        self.status.currentIndexChanged.connect(self._follow_status)
        form = QFormLayout()
        form.addRow(self.tr("S&tatus:"), self.status)
        form.addRow(self.tr("&Ended on:"), self.end)
        form.addRow(self.tr("End &reason:"), self.reason)
        self.errors = FieldErrors(
            QLabel(self), {"end_date": self.end, "end_reason_id": self.reason}
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(goal_box)
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self))
        self._follow_status()

    def _follow_status(self) -> None:
        ending = self.status.currentData() == MentorshipStatus.ENDED
        for widget in (self.end, self.reason, self.goal_box):
            widget.setEnabled(ending)

    def accept(self) -> None:
        status = self.status.currentData()
        ending = status == MentorshipStatus.ENDED
        try:
            end = self.end.required("end_date", self.tr("Ended on")) if ending else None
            change_status(
                self.database,
                self.actor,
                self.mentorship_id,
                status,
                end,
                self.reason.currentData() if ending else None,
                {goal: combo.currentData() for goal, combo in self.goals.items()},
            )
        except ServiceError as error:
            self.errors.show(error)
            return
        super().accept()
