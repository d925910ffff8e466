"""The audit trail for administrators: who did what, filtered by user, case, action and
period, and its export as a workbook (the service records both reading and export).
Entities and actions appear by their German names, with the case, account, volunteer or
project they concern where the reader may see it."""

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AuditAction
from app.services.actor import Actor
from app.services.audit_trail import (
    AuditFilter,
    AuditRow,
    action_name,
    count_audit,
    export_audit,
    list_audit,
)
from app.services.database import Database
from app.services.errors import ServiceError
from app.ui.formatting import show_datetime
from app.ui.forms import DateField, FieldErrors
from app.ui.models.base import ListTableModel


class AuditModel(ListTableModel[AuditRow]):
    COL_AT, COL_USER, COL_ACTION, COL_ENTITY, COL_CASE, COL_FIELDS, COL_REASON = range(7)

    def __init__(self, rows: list[AuditRow], parent: QWidget | None = None) -> None:
        super().__init__(
            rows,
            (
                QCoreApplication.translate("Audit", "Time (UTC)"),
                QCoreApplication.translate("Audit", "User"),
                QCoreApplication.translate("Audit", "Action"),
                QCoreApplication.translate("Audit", "Entity"),
                QCoreApplication.translate("Audit", "Case"),
                QCoreApplication.translate("Audit", "Fields"),
                QCoreApplication.translate("Audit", "Reason"),
            ),
            parent,
        )

    def display(self, row: AuditRow, column: int) -> str:
        if column == self.COL_AT:
            return show_datetime(row.at)
        if column == self.COL_USER:
            return row.username or "—"
        if column == self.COL_ACTION:
            return action_name(row.action)
        if column == self.COL_ENTITY:
            return row.entity_text()
        if column == self.COL_CASE:
            return row.case_text()
        if column == self.COL_FIELDS:
            return row.fields or ""
        return row.reason or ""


class AuditViewer(QDialog):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1000, 620)
        self.start = DateField(self, date.today() - timedelta(days=30))
        self.start.setAccessibleName(self.tr("From date"))
        self.end = DateField(self, date.today())
        self.end.setAccessibleName(self.tr("To date"))
        self.user = QLineEdit(self)
        self.user.setPlaceholderText(self.tr("all users"))
        self.case = QLineEdit(self)
        self.case.setPlaceholderText(self.tr("e.g. 2026-0042"))
        self.action = QComboBox(self)
        self.action.addItem(self.tr("all actions"), None)
        for action in AuditAction:
            self.action.addItem(action_name(action.value), action.value)
        filters = QFormLayout()
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel("–", self))
        period.addWidget(self.end)
        period.addStretch(1)
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.start)
        filters.addRow(period_label, period)
        filters.addRow(self.tr("&User:"), self.user)
        filters.addRow(self.tr("&Case number:"), self.case)
        filters.addRow(self.tr("&Action:"), self.action)
        self.errors = FieldErrors(
            QLabel(self),
            {"from": self.start, "to": self.end, "case": self.case, "action": self.action},
        )
        self.show_button = QPushButton(self.tr("&Show"), self)
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("&Export …"), self)
        self.export_button.clicked.connect(self.export)
        self.count_label = QLabel(self)
        self.view = QTableView(self)
        self.view.setAccessibleName(self.tr("Audit trail"))
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.model = AuditModel([], self)
        self.view.setModel(self.model)
        actions = QHBoxLayout()
        actions.addWidget(self.show_button)
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.errors.label)
        layout.addLayout(actions)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.refresh()

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            self.start.required("from", self.tr("From")),
            self.end.required("to", self.tr("To")),
            self.user.text() or None,
            self.case.text() or None,
            self.action.currentData(),
        )

    def refresh(self) -> None:
        try:
            wanted = self.current_filter()
            total = count_audit(self.database, self.actor, wanted)
            rows = list_audit(self.database, self.actor, wanted)
        except ServiceError as error:
            self.errors.show(error)
            return
        self.errors.clear()
        self.model = AuditModel(rows, self)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AuditModel.COL_REASON, QHeaderView.ResizeMode.Stretch)
        shown = len(rows)
        self.count_label.setText(
            self.tr("{shown} of {total} events").format(shown=shown, total=total)
            if shown < total
            else self.tr("{total} events").format(total=total)
        )

    def export(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export audit trail"),
            str(Path(QDir.homePath()) / f"lotse-protokoll-{date.today():%Y-%m-%d}.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if target:
            self.export_to(Path(target))

    def export_to(self, path: Path) -> int | None:
        try:
            count = export_audit(self.database, self.actor, self.current_filter(), path)
        except ServiceError as error:
            self.errors.show(error)
            return None
        QMessageBox.information(
            self,
            self.tr("Export audit trail"),
            self.tr(
                "{count} events were written to {path}. The file is not encrypted: keep it "
                "safe and delete it when it is no longer needed."
            ).format(count=count, path=path),
        )
        return count
