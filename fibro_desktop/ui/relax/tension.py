"""A one-tap "how tense are your muscles?" prompt (0-10), easy to skip."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fibro_desktop.core.relax.listening import TENSION_MAX, TENSION_MIN
from fibro_desktop.ui.kit import tokens
from fibro_desktop.ui.kit.widgets import big_target
from fibro_desktop.ui.translate import translator

_tr = translator("RelaxTension")


class TensionPrompt(QFrame):
    """Eleven buttons 0-10 and Skip. ``ask(kind)`` shows it for ``"before"``
    or ``"after"``; ``answered(kind, value)`` fires with the value or ``-1``
    when skipped, and the prompt hides itself."""

    answered = Signal(str, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._kind = ""
        layout = QVBoxLayout(self)
        self.question = QLabel()
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        self.scale_note = QLabel(_tr("0 means relaxed, 10 very tense. One tap is enough."))
        self.scale_note.setWordWrap(True)  # longer in German and French than a narrow column
        layout.addWidget(self.scale_note)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.buttons: list[QPushButton] = []
        for value in range(TENSION_MIN, TENSION_MAX + 1):
            button = QPushButton(str(value))
            big_target(button)
            button.setMinimumWidth(tokens.TARGET_PX)
            button.setAccessibleName(_tr("Tension %1 of 10", value))
            button.clicked.connect(lambda _=False, v=value: self._answer(v))
            self.buttons.append(button)
            row.addWidget(button)
        self.skip_button = QPushButton(_tr("Skip"))
        self.skip_button.setAccessibleName(_tr("Skip the rating"))
        self.skip_button.clicked.connect(lambda: self._answer(-1))
        row.addSpacing(8)
        row.addWidget(self.skip_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.hide()

    def ask(self, kind: str) -> None:
        self._kind = kind
        self.question.setText(
            _tr("Before you start: how tense do your muscles feel right now?") if kind == "before"
            else _tr("How tense do your muscles feel now?"))
        self.setAccessibleName(self.question.text())
        self.show()

    def kind(self) -> str:
        return "" if self.isHidden() else self._kind

    def _answer(self, value: int) -> None:
        kind = self._kind
        self.hide()
        self.answered.emit(kind, value)
