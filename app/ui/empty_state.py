"""A calm placeholder for sections without content yet: icon, title and a sentence."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.ui.icons import icon

TEXT_WIDTH = 560


class EmptyState(QWidget):
    def __init__(self, icon_name: str, title: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emptyState")
        content = QWidget(self)
        content.setFixedWidth(TEXT_WIDTH)
        picture = QLabel(content)
        picture.setPixmap(icon(icon_name).pixmap(QSize(72, 72)))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label = QLabel(title, content)
        self.title_label.setObjectName("emptyStateTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label = QLabel(text, content)
        self.text_label.setObjectName("emptyStateText")
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column = QVBoxLayout(content)
        column.addWidget(picture)
        column.addSpacing(12)
        column.addWidget(self.title_label)
        column.addWidget(self.text_label)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(content)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)
