"""Consultation entry: made to be filled in under 30 seconds with the keyboard alone.

Date defaults to today and time to now; Tab walks through the fields in
reading order; Ctrl+Return saves from anywhere, also from the note. What is
typed is kept as a draft on disk every second, so a crash loses nothing.
"""

from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QTime, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.catalogues import languages as all_languages
from app.domain.enums import ConsultationFormat
from app.services.actor import Actor
from app.services.appointments import ConsultationPrefill
from app.services.club_lists import club_languages
from app.services.consultations import (
    ConsultationInput,
    add_consultation,
    check_consultation,
    default_follow_up,
    get_consultation,
    list_referral_targets,
    list_topics,
    project_choices,
    update_consultation,
)
from app.services.database import Database
from app.services.drafts import discard_consultation_draft, save_consultation_draft
from app.services.errors import Problems, ServiceError
from app.services.row_versions import EditConflict
from app.ui import conflict as conflict_dialog
from app.ui.collation import names_in_reading_order
from app.ui.conflict import ConflictChoice
from app.ui.formatting import interface_language, show_language
from app.ui.forms import DateField, FieldErrors, UnsavedChangesGuard
from app.ui.labels import fill_combo, select_data
from app.ui.widgets import CheckList, TimeEdit

DRAFT_DELAY_MS = 1000
DEFAULT_DURATION = 30


class ConsultationDialog(QDialog):
    """Records one consultation for ``participant_id``, or an anonymous short contact."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        participant_id: int | None,
        title: str,
        languages: list[str] | None = None,
        project_ids: list[int] | None = None,
        draft: dict[str, Any] | None = None,
        existing: int | None = None,
        parent: QWidget | None = None,
        appointment: ConsultationPrefill | None = None,
    ) -> None:
        super().__init__(parent)
        # The appointment this consultation records: its day, time and length are
        # filled in, and saving marks it held and links it.
        self.appointment_id = appointment.appointment_id if appointment else None
        self.database = database
        self.actor = actor
        self.participant_id = participant_id
        self.existing = existing  # a saved consultation being corrected
        self.shown_version: int | None = None
        self.saved_id: int | None = None
        self.setWindowTitle(title)
        self.resize(640, 640)

        self.date = DateField(self, date.today())
        now = QTime.currentTime()
        self.start_time = TimeEdit(QTime(now.hour(), now.minute() - now.minute() % 5), self)
        self.start_time.setDisplayFormat("HH:mm")
        self.duration = QSpinBox(self)
        self.duration.setRange(1, 600)
        self.duration.setSingleStep(5)
        self.duration.setValue(DEFAULT_DURATION if participant_id else 10)
        self.duration.setSuffix(self.tr(" min"))
        self.format = QComboBox(self)
        fill_combo(self.format, ConsultationFormat)
        self.language = QComboBox(self)
        self.language.addItem("—", None)
        # The person's languages first, then those the club counsels in, then all others.
        preferred = [code for code in (languages or []) if code != "de"] + ["de"]
        others = names_in_reading_order(all_languages(interface_language()))
        offered = preferred + club_languages(database) + list(others)
        for code in dict.fromkeys(offered):
            self.language.addItem(show_language(code), code)
        if languages:
            select_data(self.language, preferred[0])
        self.interpreter = QCheckBox(self.tr("&Interpreter needed"), self)
        self.topics = CheckList(
            [(t.id, t.name) for t in list_topics(database, actor) if t.id is not None], self
        )
        self.topics.setMaximumHeight(150)
        self.topics.setAccessibleName(self.tr("Topics"))
        self.referrals = CheckList(
            [(t.id, t.name) for t in list_referral_targets(database, actor) if t.id is not None],
            self,
        )
        self.referrals.setMaximumHeight(90)
        self.referrals.setAccessibleName(self.tr("Referred to"))
        self.referrals.setEnabled(participant_id is not None)
        self.project = QComboBox(self)
        self.project.addItem("—", None)
        projects = project_choices(database, actor)
        enrolled = set(project_ids or [])
        for project in sorted(projects, key=lambda p: (p.id not in enrolled, p.code)):
            self.project.addItem(f"{project.code} – {project.name}", project.id)
        if enrolled:
            self.project.setCurrentIndex(1)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What was discussed, what was agreed, next steps"))
        self.follow_up = QCheckBox(self.tr("Set a &follow-up on"), self)
        self.follow_up_date = DateField(self, default_follow_up(date.today()))
        self.follow_up_date.setEnabled(False)
        self.follow_up_subject = QLineEdit(self)
        self.follow_up_subject.setAccessibleName(self.tr("Follow-up subject"))
        self.follow_up_date.setAccessibleName(self.tr("Follow-up on"))
        self.follow_up_subject.setPlaceholderText(self.tr("what to do"))
        self.follow_up_subject.setEnabled(False)
        self.follow_up.toggled.connect(self.follow_up_date.setEnabled)
        self.follow_up.toggled.connect(self.follow_up_subject.setEnabled)
        self.follow_up.setEnabled(participant_id is not None)

        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(QLabel(self.tr("at"), self))
        when.addWidget(self.start_time)
        when.addWidget(QLabel(self.tr("for"), self))
        when.addWidget(self.duration)
        when.addStretch()
        language_row = QHBoxLayout()
        language_row.addWidget(self.language, 1)
        language_row.addWidget(self.interpreter)
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_up)
        follow_row.addWidget(self.follow_up_date)
        follow_row.addWidget(self.follow_up_subject, 1)

        form = QFormLayout()
        date_label = QLabel(self.tr("&Date:"), self)
        date_label.setBuddy(self.date)
        form.addRow(date_label, when)
        form.addRow(self.tr("F&orm:"), self.format)
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language)
        form.addRow(language_label, language_row)
        form.addRow(self.tr("&Topics:"), self.topics)
        form.addRow(self.tr("&Referred to:"), self.referrals)
        form.addRow(self.tr("&Project:"), self.project)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(follow_row)
        if participant_id is None:
            hint = QLabel(
                self.tr(
                    "Anonymous short contact: counts in the counselling statistics, "
                    "not in ESF. Do not write names into the note."
                ),
                self,
            )
            hint.setObjectName("hint")
            hint.setWordWrap(True)
            form.addRow(hint)

        self.errors = FieldErrors(
            QLabel(self),
            {
                "date": self.date,
                "duration": self.duration,
                "language": self.language,
                "note": self.note,
                "follow_up_on": self.follow_up_date,
                "topics": self.topics,
                "referrals": self.referrals,
            },
        )
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("&Save (Ctrl+Return)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for sequence in ("Ctrl+Return", "Ctrl+Enter", QKeySequence.StandardKey.Save):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.activated.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.label)
        layout.addWidget(buttons)
        self.setTabOrder(self.date, self.start_time)
        self.setTabOrder(self.start_time, self.duration)
        self.setTabOrder(self.duration, self.format)
        self.setTabOrder(self.format, self.language)
        self.setTabOrder(self.language, self.interpreter)
        self.setTabOrder(self.interpreter, self.topics)
        self.setTabOrder(self.topics, self.referrals)
        self.setTabOrder(self.referrals, self.project)
        self.setTabOrder(self.project, self.note)
        self.setTabOrder(self.note, self.follow_up)

        if existing is not None:
            self.setWindowTitle(self.tr("Correct consultation – {title}").format(title=title))
            self.fill(existing)
        elif draft:
            self.restore(draft)
        if appointment is not None:
            self.date.set_value(appointment.date)
            self.start_time.setTime(
                QTime(appointment.start_time.hour, appointment.start_time.minute)
            )
            self.duration.setValue(appointment.duration_minutes)
        self.guard = UnsavedChangesGuard(self)
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.save_draft)
        watched = (
            self.date,
            self.start_time,
            self.duration,
            self.format,
            self.language,
            self.interpreter,
            self.topics,
            self.referrals,
            self.project,
            self.note,
            self.follow_up,
            self.follow_up_date,
            self.follow_up_subject,
        )
        self.guard.watch(*watched)
        if existing is None:  # a correction is short and not kept as a draft
            drafting = UnsavedChangesGuard(self)
            drafting.mark = self._schedule_draft  # type: ignore[method-assign]
            drafting.watch(*watched)
        self.guard.dirty = bool(draft)
        self.date.setFocus()

    # -- drafts ----------------------------------------------------------------
    def _schedule_draft(self, *_args: object) -> None:
        self.guard.dirty = True
        self.draft_timer.start()

    def snapshot(self) -> dict[str, Any]:
        return {
            "date": self.date.text(),
            "start_time": self.start_time.time().toString("HH:mm"),
            "duration": self.duration.value(),
            "format": self.format.currentData(),
            "language": self.language.currentData(),
            "interpreter": self.interpreter.isChecked(),
            "topics": self.topics.checked_ids(),
            "referrals": self.referrals.checked_ids(),
            "project": self.project.currentData(),
            "note": self.note.toPlainText(),
            "follow_up": self.follow_up.isChecked(),
            "follow_up_date": self.follow_up_date.text(),
            "follow_up_subject": self.follow_up_subject.text(),
            "saved_at": datetime.now().isoformat(timespec="seconds"),
        }

    def restore(self, draft: dict[str, Any]) -> None:
        # Older drafts hold ISO dates, newer ones the text as typed: the field reads both.
        self.date.setText(str(draft.get("date", "")))
        self.date.normalise()
        self.start_time.setTime(QTime.fromString(str(draft.get("start_time", "")), "HH:mm"))
        self.duration.setValue(int(draft.get("duration", DEFAULT_DURATION)))
        select_data(self.format, draft.get("format"))
        select_data(self.language, draft.get("language"))
        self.interpreter.setChecked(bool(draft.get("interpreter")))
        self.topics.set_checked(set(draft.get("topics", [])))
        self.referrals.set_checked(set(draft.get("referrals", [])))
        select_data(self.project, draft.get("project"))
        self.note.setPlainText(str(draft.get("note", "")))
        self.follow_up.setChecked(bool(draft.get("follow_up")))
        if draft.get("follow_up_date"):
            self.follow_up_date.setText(str(draft["follow_up_date"]))
            self.follow_up_date.normalise()
        self.follow_up_subject.setText(str(draft.get("follow_up_subject", "")))

    def fill(self, consultation_id: int) -> None:
        """The saved consultation's values, to correct them."""
        consultation, topics, targets = get_consultation(self.database, self.actor, consultation_id)
        self.shown_version = consultation.row_version  # to notice a change by someone else
        self.date.set_value(consultation.date)
        if consultation.start_time is not None:
            self.start_time.setTime(
                QTime(consultation.start_time.hour, consultation.start_time.minute)
            )
        self.duration.setValue(consultation.duration_minutes)
        select_data(self.format, consultation.format)
        select_data(self.language, consultation.language_code)
        self.interpreter.setChecked(consultation.interpreter)
        self.topics.set_checked(set(topics))
        self.referrals.set_checked(set(targets))
        select_data(self.project, consultation.project_id)
        self.note.setPlainText(consultation.note or "")
        self.follow_up.setEnabled(False)  # follow-ups are added in the case window

    def save_draft(self) -> None:
        save_consultation_draft(self.database, self.actor, self.participant_id, self.snapshot())

    # -- saving ------------------------------------------------------------------
    def consultation_input(self, problems: Problems) -> ConsultationInput:
        """The form's values; dates it cannot read are noted in ``problems``."""
        day = problems.check(lambda: self.date.required("date", self.tr("Date")))
        follow_up_on = (
            problems.check(
                lambda: self.follow_up_date.required("follow_up_on", self.tr("Follow-up on"))
            )
            if self.follow_up.isChecked()
            else None
        )
        start = self.start_time.time()
        return ConsultationInput(
            participant_id=self.participant_id,
            date=day or date.today(),
            start_time=time(start.hour(), start.minute()),
            duration_minutes=self.duration.value(),
            format=self.format.currentData(),
            language_code=self.language.currentData(),
            interpreter=self.interpreter.isChecked(),
            topic_ids=tuple(self.topics.checked_ids()),
            referral_target_ids=tuple(self.referrals.checked_ids()),
            note=self.note.toPlainText(),
            project_id=self.project.currentData(),
            follow_up_on=follow_up_on,
            follow_up_subject=self.follow_up_subject.text(),
            appointment_id=self.appointment_id,
        )

    def accept(self) -> None:
        problems = Problems()
        data = self.consultation_input(problems)
        if problems:  # the service's own checks too, so every problem shows at once
            problems.check(lambda: check_consultation(data))
            self.errors.show(problems.error())
            return
        expected = self.shown_version
        while True:
            try:
                if self.existing is not None:
                    consultation = update_consultation(
                        self.database, self.actor, self.existing, data, expected_version=expected
                    )
                else:
                    consultation = add_consultation(self.database, self.actor, data)
                break
            except EditConflict as conflict:
                choice = conflict_dialog.ask(self, conflict)
                if choice is ConflictChoice.SAVE_MINE:
                    expected = conflict.current_version
                    continue
                if choice is ConflictChoice.KEEP_SAVED:
                    # Close as if saved, so the case file shows what is stored.
                    self.saved_id = self.existing
                    self.guard.dirty = False
                    self.draft_timer.stop()
                    super().accept()
                return
            except ServiceError as error:
                self.errors.show(error)
                return
        self.saved_id = consultation.id
        self.draft_timer.stop()
        if self.existing is None:
            discard_consultation_draft(self.database, self.actor, self.participant_id)
        super().accept()

    def reject(self) -> None:
        if self.guard.may_discard():
            self.draft_timer.stop()
            if self.existing is None:
                discard_consultation_draft(self.database, self.actor, self.participant_id)
            super().reject()
