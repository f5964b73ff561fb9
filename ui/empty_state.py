"""What a new plan shows instead of an empty grid: where to start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.icons import app_icon

translate = QCoreApplication.translate


class EmptyState(QWidget):
    new_post_requested = Signal()
    sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(72, 72))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(logo)
        heading = QLabel(translate("EmptyState", "Plan your first week"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(heading)
        text = QLabel(
            translate(
                "EmptyState",
                "Mark each post as promotional, value or conversation. As you plan, a panel "
                "shows the week's mix and warns when selling takes over: help first, talk "
                "with people, then sell.",
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(480)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(text)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.sample_button = QPushButton(translate("EmptyState", "Start from a sample week"))
        self.sample_button.setDefault(True)
        self.new_button = QPushButton(translate("EmptyState", "New post"))
        buttons.addWidget(self.sample_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(3)
        self.sample_button.clicked.connect(self.sample_requested)
        self.new_button.clicked.connect(self.new_post_requested)
