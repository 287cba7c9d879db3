"""One line of the routine: a tick box, or a −/+ counter towards a target
(glasses of water, changes of position)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QWidget

from fibro_desktop.core.learn.links import ROUTINE_KIND_LINKS
from fibro_desktop.core.toolkit.routine import RoutineLine
from fibro_desktop.ui.kit import tokens
from fibro_desktop.ui.kit.widgets import big_target
from fibro_desktop.ui.learn.link import learn_link
from fibro_desktop.ui.toolkit.texts import tr


class RoutineRow(QWidget):
    """Shows ``line``; calls ``set_amount(item_id, amount)`` when changed.
    With ``open_guide``, a small "?" opens the guide's part about the item."""

    def __init__(self, line: RoutineLine, set_amount: Callable[[int, int], None], parent: QWidget | None = None,
                 *, open_guide: Callable[[str, str], None] | None = None):
        super().__init__(parent)
        self.line = line
        self._set_amount = set_amount
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        name = line.item.name
        self.check: QCheckBox | None = None
        self.minus: QPushButton | None = None
        self.plus: QPushButton | None = None
        self.count_label: QLabel | None = None
        if not line.item.counted:
            self.check = QCheckBox(name)
            self.check.setChecked(line.done)
            big_target(self.check)
            self.check.setAccessibleName(name)
            self.check.toggled.connect(lambda on: self._set_amount(line.item.id, 1 if on else 0))
            layout.addWidget(self.check, 1)
            self._add_learn_link(layout, open_guide)
            return
        label = QLabel(name)
        label.setWordWrap(True)
        self.minus = QPushButton("−")
        self.plus = QPushButton("+")
        self.minus.setAccessibleName(tr("One less: %1", name))
        self.plus.setAccessibleName(tr("One more: %1", name))
        for button in (self.minus, self.plus):
            button.setMinimumWidth(tokens.TARGET_PX)
        big_target(self.minus, self.plus)
        self.count_label = QLabel(self.count_text())
        self.count_label.setAccessibleName(tr("Count: %1", name))
        self.minus.setEnabled(line.amount > 0)
        layout.addWidget(label, 1)
        layout.addWidget(self.minus)
        layout.addWidget(self.count_label)
        layout.addWidget(self.plus)
        self._add_learn_link(layout, open_guide)
        self.minus.clicked.connect(lambda: self._set_amount(line.item.id, line.amount - 1))
        self.plus.clicked.connect(lambda: self._set_amount(line.item.id, line.amount + 1))

    def _add_learn_link(self, layout: QHBoxLayout, open_guide: Callable[[str, str], None] | None) -> None:
        kind = self.line.item.kind
        link = ROUTINE_KIND_LINKS.get(kind, ROUTINE_KIND_LINKS[None])
        self.learn_link = learn_link("", link, open_guide, topic=self.line.item.name)
        if self.learn_link is not None:
            layout.addWidget(self.learn_link)

    def count_text(self) -> str:
        text = tr("%1 of %2", self.line.amount, self.line.item.target)
        return ("✓ " + text) if self.line.done else text
