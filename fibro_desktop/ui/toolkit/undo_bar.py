"""A quiet bar that offers to undo the last delete for a short while."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from fibro_desktop.ui.kit.widgets import big_target
from fibro_desktop.ui.toolkit.texts import tr

#: How long the offer to undo stays, in milliseconds.
UNDO_TIMEOUT_MS = 15_000


class UndoBar(QFrame):
    """Shows "<message> [Undo]"; calls the given function when Undo is pressed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.undo_button = QPushButton(tr("Undo"))
        self.undo_button.setAccessibleName(tr("Undo the delete"))
        big_target(self.undo_button)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        self._undo: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.undo_button.clicked.connect(self._on_undo)
        self.hide()

    def offer(self, text: str, undo: Callable[[], None], timeout_ms: int = UNDO_TIMEOUT_MS) -> None:
        self.message.setText(text)
        self._undo = undo
        self.show()
        self._timer.start(timeout_ms)

    def dismiss(self) -> None:
        self._undo = None
        self.hide()

    def _on_undo(self) -> None:
        undo, self._undo = self._undo, None
        self.hide()
        if undo is not None:
            undo()
