"""A check box whose words wrap (issue 20): ``QCheckBox`` keeps its text on
one line, so a long sentence in German or French ("Vor und nach einer
Sitzung fragen, wie angespannt ich mich fühle") was cut off in a narrow
column, or forced the column wider than a window at 200 % text.

``CheckRow`` is a text-less ``QCheckBox`` (named by the text, for screen
readers and the keyboard) beside a word-wrapped label that toggles it when
clicked, as a check box's own text does. With ``box=QRadioButton()`` it
is the same for a radio button with a long sentence (the export formats).
An ``&`` in the text marks the mnemonic, as on a check box: the label is the
box's buddy.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QHBoxLayout, QLabel, QWidget

from fibro_desktop.ui.kit.names import label_words


class _ClickableLabel(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class CheckRow(QWidget):
    """``box`` is the check box to connect to (``toggled``, ``setChecked``);
    disable or hide the row, not the box alone, so its words follow."""

    def __init__(self, text: str, parent: QWidget | None = None, box: QAbstractButton | None = None):
        super().__init__(parent)
        self.box = box if box is not None else QCheckBox()
        self.box.setAccessibleName(label_words(text))
        self.label = _ClickableLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setBuddy(self.box)
        self.label.clicked.connect(self._toggle)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def _toggle(self) -> None:
        if self.box.isEnabled():
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
            self.box.click()
