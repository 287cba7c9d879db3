"""A list the person can reorder by dragging or from the keyboard.

Alt+Up / Alt+Down move the current row (the Move up / Move down buttons of
the panels do the same); after any move :attr:`OrderedList.order_changed`
carries the ids in their new order. Each row keeps its record id in
``Qt.UserRole``.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from fibro_desktop.ui.kit import tokens

ID_ROLE = Qt.ItemDataRole.UserRole


class OrderedList(QListWidget):
    """A reorderable list of records; emits ``order_changed(list[int])``."""

    order_changed = Signal(list)

    def __init__(self, accessible_name: str, parent=None):
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setSpacing(2)
        self.model().rowsMoved.connect(lambda *_: self.order_changed.emit(self.ids()))

    def add_row(self, record_id: int, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, record_id)
        item.setSizeHint(item.sizeHint().expandedTo(QSize(0, tokens.TARGET_PX)))
        self.addItem(item)
        return item

    def ids(self) -> list[int]:
        return [self.item(row).data(ID_ROLE) for row in range(self.count())]

    def current_id(self) -> int | None:
        item = self.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def select_id(self, record_id: int | None) -> None:
        for row in range(self.count()):
            if self.item(row).data(ID_ROLE) == record_id:
                self.setCurrentRow(row)
                return

    def move_current(self, step: int) -> bool:
        """Move the current row up (−1) or down (+1); True if it moved."""
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return False
        # moveRow keeps the item (and its check state) and emits rowsMoved.
        self.model().moveRow(self.rootIndex(), row, self.rootIndex(), target + (1 if step > 0 else 0))
        self.setCurrentRow(target)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)
