"""The optional "Anything else?" row of warning signs, for the quick log and
the daily check-in.

Weakness, numbness, loss of balance, fever, a racing heart or swelling can
be noted where the person already is, not only in the full editor. The row
starts folded behind one button, so it adds no step to a quick log; a
person who needs it opens it with one click (or Space). The check boxes
carry the very labels the editor's use (:func:`~fibro_desktop.ui.labels.term_label`
over ``vocabulary.WARNING_SYMPTOMS``), and the banner names the signs with
the same labels.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from fibro_desktop.core import vocabulary as v
from fibro_desktop.ui.kit.widgets import big_target
from fibro_desktop.ui.labels import term_label
from fibro_desktop.ui.translate import translator

_tr = translator("WarningSignsRow")


class WarningSignsRow(QWidget):
    """Folded check boxes for the warning signs; ``changed`` on every tick.

    ``toggle_text`` (already translated) replaces the button's own words
    where a form label already asks "Anything else?"."""

    changed = Signal()

    def __init__(self, toggle_text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.toggle = QToolButton()
        self.toggle.setText(toggle_text or _tr("Anything else? Weakness, numbness, fever…"))
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        big_target(self.toggle)
        self.toggle.setAccessibleName(_tr("Anything else to note: show the warning signs"))
        self.toggle.toggled.connect(self._show_signs)
        layout.addWidget(self.toggle)

        self.signs = QWidget()
        grid = QGridLayout(self.signs)
        grid.setContentsMargins(12, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for i, term in enumerate(v.WARNING_SYMPTOMS):
            box = QCheckBox(term_label(term.id))
            big_target(box)
            box.toggled.connect(self._on_tick)
            self.boxes[term.id] = box
            grid.addWidget(box, i // 3, i % 3)
        layout.addWidget(self.signs)
        self.note = QLabel(_tr(
            "Thank you for noting this. Signs like these are worth checking with a doctor; "
            "if they are sudden or severe, seek urgent care."))
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self._show_signs(False)

    def selected(self) -> frozenset[str]:
        """The ids of the signs ticked."""
        return frozenset(sign for sign, box in self.boxes.items() if box.isChecked())

    def set_selected(self, signs: frozenset[str]) -> None:
        """Tick exactly ``signs`` (no ``changed``); opens the row when any is
        ticked, folds it when none is."""
        for sign, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(sign in signs)
            box.blockSignals(False)
        self.toggle.setChecked(bool(signs))
        self._show_signs(bool(signs))

    def _show_signs(self, on: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.signs.setVisible(on)
        self.note.setVisible(on and bool(self.selected()))

    def _on_tick(self) -> None:
        self.note.setVisible(bool(self.selected()))
        self.changed.emit()
