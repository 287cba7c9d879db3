"""One-tap toggle buttons for the day's candidate triggers, plus the user's own.

The domain's triggers come from :mod:`fibro_desktop.core.vocabulary`; the
person's own are stored as ``own:<text>`` and offered again on later days.
A short line under the buttons adds a new one of their own (already ticked).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from fibro_desktop.core import vocabulary as v
from fibro_desktop.core.journal.records import is_own, own, own_text
from fibro_desktop.core.text import MAX_NAME_CHARS, clean_text
from fibro_desktop.ui.journal.form_parts import TOGGLE_STYLE
from fibro_desktop.ui.kit.widgets import big_target
from fibro_desktop.ui.labels import vocabulary_text
from fibro_desktop.ui.translate import translator

#: Buttons per row at most; labels are short, three fit a 600-pixel form.
#: Fewer when they do not fit (long words, large text): see ``resizeEvent``.
COLUMNS = 3


_tr = translator("TriggerToggles")


class TriggerToggles(QWidget):
    """Pick which triggers happened. :meth:`selected` gives their ids;
    ``changed`` is emitted whenever the selection changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._buttons: dict[str, QPushButton] = {}
        self._columns = COLUMNS
        self.setStyleSheet(TOGGLE_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._grid = QGridLayout()
        self._grid.setSpacing(6)
        layout.addLayout(self._grid)
        add_row = QHBoxLayout()
        self.own_edit = QLineEdit()
        self.own_edit.setMaxLength(MAX_NAME_CHARS)
        big_target(self.own_edit)
        self.own_edit.setPlaceholderText(_tr("Something else, in your words"))
        self.own_edit.setAccessibleName(_tr("Add a trigger of your own"))
        self.own_edit.returnPressed.connect(self._add_from_edit)
        self.add_button = QPushButton(_tr("Add"))
        self.add_button.setAccessibleName(_tr("Add this trigger"))
        self.add_button.clicked.connect(self._add_from_edit)
        add_row.addWidget(self.own_edit, 1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        self._add_row = add_row
        for term in v.TRIGGERS:
            self._add_button(term.id, vocabulary_text(term.label))

    def ids(self) -> list[str]:
        """Every trigger offered, in display order."""
        return list(self._buttons)

    def button(self, trigger_id: str) -> QPushButton:
        return self._buttons[trigger_id]

    def selected(self) -> frozenset[str]:
        return frozenset(t for t, b in self._buttons.items() if b.isChecked())

    def set_selected(self, ids) -> None:
        """Tick exactly ``ids`` (own ones not offered yet are added)."""
        ids = set(ids)
        for term in ids:
            if term not in self._buttons and is_own(term):
                self._add_button(term, own_text(term))
        for term, button in self._buttons.items():
            button.blockSignals(True)
            button.setChecked(term in ids)
            button.blockSignals(False)
        self.changed.emit()

    def offer_own(self, ids) -> None:
        """Offer the user's own triggers ``ids`` (``own:`` ids) as buttons."""
        for term in ids:
            if is_own(term) and term not in self._buttons:
                self._add_button(term, own_text(term))

    def add_own(self, text: str) -> str | None:
        """Add (or re-tick) the user's own trigger ``text``; its id, or
        ``None`` when the text is empty after cleaning."""
        text = clean_text(text)[:MAX_NAME_CHARS]
        if not text:
            return None
        term = own(text)
        if term not in self._buttons:
            self._add_button(term, text)
        self._buttons[term].setChecked(True)
        return term

    def _add_from_edit(self) -> None:
        if self.add_own(self.own_edit.text()) is not None:
            self.own_edit.clear()

    def _add_button(self, term: str, label: str) -> None:
        button = QPushButton(label)
        button.setCheckable(True)
        big_target(button)
        button.setAccessibleName(label)
        # Neutral wording: the episode editor uses these buttons too.
        button.setToolTip(_tr("Tap to mark it, tap again to unmark"))
        button.toggled.connect(lambda _on: self.changed.emit())
        index = len(self._buttons)
        self._grid.addWidget(button, index // self._columns, index % self._columns)
        self._buttons[term] = button
        # Tab follows the grid, then the "add your own" line, also for
        # buttons added later: the new button goes in before the line.
        buttons = list(self._buttons.values())
        if len(buttons) > 1:
            QWidget.setTabOrder(buttons[-2], button)
        QWidget.setTabOrder(button, self.own_edit)
        QWidget.setTabOrder(self.own_edit, self.add_button)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # As narrow as one column, so a narrow form can have fewer columns.
        hint = super().minimumSizeHint()
        return QSize(max(self._widest(), self._add_row.minimumSize().width()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        spacing = max(0, self._grid.horizontalSpacing())
        columns = max(1, min(COLUMNS, (event.size().width() + spacing) // max(1, self._widest() + spacing)))
        if columns != self._columns:
            self._columns = columns
            buttons = list(self._buttons.values())
            for button in buttons:
                self._grid.removeWidget(button)
            for index, button in enumerate(buttons):
                self._grid.addWidget(button, index // columns, index % columns)
            self.updateGeometry()  # more rows: taller

    def _widest(self) -> int:
        # A button's whole text, not its squeezed minimum: its words must not be cut.
        return max((b.sizeHint().expandedTo(b.minimumSize()).width() for b in self._buttons.values()), default=0)
