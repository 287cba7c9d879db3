"""BodyMapPanel: the body map with a readable list of what is picked.

The list repeats the selection in words ("Calves (left)") for anyone who
prefers reading to looking at shapes, and offers a way back: Delete on a
list entry unpicks it, Clear unpicks everything.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from fibro_desktop.core.body_regions import BOTH, LEFT, RIGHT, RegionKey, sorted_keys
from fibro_desktop.ui.body_map.labels import region_label
from fibro_desktop.ui.body_map.widget import BodyMapWidget

_KEY_ROLE = Qt.ItemDataRole.UserRole


class _SelectionList(QListWidget):
    """The picked regions; Delete or Backspace unpicks the current entry."""

    remove_requested = Signal(object)  # list of the entry's RegionKeys

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and item is not None:
            self.remove_requested.emit(item.data(_KEY_ROLE))
            event.accept()
            return
        super().keyPressEvent(event)


class BodyMapPanel(QWidget):
    """Body map on the left, the list of picked regions and Clear on the right.

    ``selection_changed(frozenset)`` is the map's signal, forwarded; the
    selection methods delegate to :attr:`body_map`.
    """

    selection_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.body_map = BodyMapWidget(self)
        self.heading = QLabel(self.tr("&Picked muscle groups"))
        self.list = _SelectionList()
        self.list.setAccessibleName(self.tr("Picked muscle groups"))
        self.list.setMinimumWidth(170)
        self.list.setSpacing(3)  # roomier rows: easier to read and to hit
        self.heading.setBuddy(self.list)
        self.empty_label = QLabel(self.tr("Nothing picked yet. Click the place on the figures, or use "
                                          "Tab to move from place to place and Space to pick."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.clear_button = QPushButton(self.tr("C&lear"))
        self.clear_button.setAccessibleName(self.tr("Clear picked muscle groups"))

        side = QVBoxLayout()
        side.addWidget(self.heading)
        side.addWidget(self.empty_label)
        side.addWidget(self.list, 1)
        side.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        side.addStretch(0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body_map, 3)
        layout.addLayout(side, 1)
        # Tab goes map (its regions), then list, then Clear.
        self.setTabOrder(self.body_map, self.list)
        self.setTabOrder(self.list, self.clear_button)

        self.body_map.selection_changed.connect(self._show_selection)
        self.body_map.selection_changed.connect(self.selection_changed)
        self.list.remove_requested.connect(self._unpick)
        self.clear_button.clicked.connect(self.body_map.clear)
        self._show_selection(self.body_map.selection())

    # -- delegation --------------------------------------------------------------
    def selection(self) -> frozenset[RegionKey]:
        return self.body_map.selection()

    def set_selection(self, items: Iterable[tuple[str, str | None]]) -> None:
        self.body_map.set_selection(items)

    def clear(self) -> None:
        self.body_map.clear()

    def selected_labels(self) -> list[str]:
        """The list's entries as shown, top to bottom."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    # -- internals ----------------------------------------------------------------
    def _show_selection(self, keys: frozenset[RegionKey]) -> None:
        current = self.list.currentRow()
        self.list.clear()
        shown: set[RegionKey] = set()
        for key in sorted_keys(keys):
            if key in shown:
                continue
            muscle, side = key
            pair = {(muscle, LEFT), (muscle, RIGHT)}
            # Both sides read better as one entry: "Calves (both sides)".
            entry = pair if side is not None and pair <= keys else {key}
            label = region_label((muscle, BOTH)) if len(entry) == 2 else region_label(key)
            item = QListWidgetItem(label)
            item.setData(_KEY_ROLE, sorted_keys(entry))
            self.list.addItem(item)
            shown |= entry
        empty = not keys
        self.empty_label.setVisible(empty)
        self.list.setVisible(not empty)
        self.clear_button.setEnabled(not empty)
        if not empty and current >= 0:
            self.list.setCurrentRow(min(current, self.list.count() - 1))

    def _unpick(self, keys: list[RegionKey]) -> None:
        self.body_map.set_selection(self.body_map.selection() - set(keys))
        if self.list.count() == 0:
            self.body_map.setFocus(Qt.FocusReason.OtherFocusReason)
