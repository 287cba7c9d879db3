"""The dialog that edits the routine list: add, rename, set a daily target,
reorder (drag or Alt+Up/Down) and remove. Removing archives the item, so
past days keep their record."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fibro_desktop.core.toolkit import validation as v
from fibro_desktop.core.toolkit.routine import RoutineItem
from fibro_desktop.ops import toolkit as toolkit_ops
from fibro_desktop.store import routine as store
from fibro_desktop.ui.kit.widgets import big_target, form_layout
from fibro_desktop.ui.operations import Writer
from fibro_desktop.ui.toolkit.ordered_list import OrderedList
from fibro_desktop.ui.toolkit.texts import error_text, inline_message, show_message, tr
from fibro_desktop.ui.toolkit.undo_bar import UndoBar


def row_text(item: RoutineItem) -> str:
    return tr("%1  ·  %2 a day", item.name, item.target) if item.counted else item.name


class RoutineEditorDialog(QDialog):
    """Edits the routine in place; every button writes at once (one
    transaction each), so Close just closes."""

    def __init__(self, db, clock, write: Writer, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Edit the daily routine"))
        self._db, self._clock, self._write = db, clock, write
        self.edited = False
        self.list = OrderedList(tr("Routine items"))
        self.name = QLineEdit()
        self.target = QSpinBox()
        self.target.setRange(1, v.MAX_COUNT)
        self.message = inline_message()
        self.add_button = QPushButton(tr("&Add as new"))
        self.save_button = QPushButton(tr("&Save changes"))
        self.remove_button = QPushButton(tr("&Remove from the list"))
        self.up_button = QPushButton(tr("Move &up"))
        self.down_button = QPushButton(tr("Move do&wn"))
        self.add_button.setAccessibleName(tr("Add routine item"))
        self.save_button.setAccessibleName(tr("Save changes to the selected routine item"))
        self.remove_button.setAccessibleName(tr("Remove the selected routine item"))
        self.up_button.setAccessibleName(tr("Move routine item up"))
        self.down_button.setAccessibleName(tr("Move routine item down"))
        big_target(self.name, self.target, self.add_button, self.save_button, self.remove_button,
                   self.up_button, self.down_button)
        form = form_layout()
        for text, field in ((tr("&Name"), self.name), (tr("Daily &target"), self.target)):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", ""))
            form.addRow(label, field)
        form.addRow("", self.message)
        hint = QLabel(tr("A target of 1 is a simple tick; more shows a counter, e.g. 8 glasses of water."))
        hint.setWordWrap(True)
        buttons = QGridLayout()
        for index, button in enumerate((self.add_button, self.save_button, self.remove_button,
                                        self.up_button, self.down_button)):
            buttons.addWidget(button, index // 3, index % 3)
        self.undo_bar = UndoBar()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        big_target(*close.buttons())
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.undo_bar)
        layout.addWidget(close)
        self.resize(520, 520)

        self.list.currentRowChanged.connect(lambda _row: self._load_current())
        self.list.order_changed.connect(self._on_order_changed)
        self.add_button.clicked.connect(self.add_item)
        self.save_button.clicked.connect(self.save_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.list.move_current(-1))
        self.down_button.clicked.connect(lambda: self.list.move_current(1))
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        self._items = {i.id: i for i in store.list_routine_items(self._db)}
        self.list.blockSignals(True)
        self.list.clear()
        for item in self._items.values():
            self.list.add_row(item.id, row_text(item))
        self.list.blockSignals(False)
        self.list.select_id(select)
        self._load_current()

    def _load_current(self) -> None:
        item = self._items.get(self.list.current_id())
        for button in (self.save_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(item is not None)
        if item is not None:
            self.name.setText(item.name)
            self.target.setValue(item.target)
        show_message(self.message, "")

    def _checked_name(self) -> str | None:
        name, error = v.check_name(self.name.text())
        show_message(self.message, error_text(error) if error else "")
        if error:
            self.name.setFocus()
            return None
        return name

    def _done(self, select: int | None) -> None:
        self.edited = True
        self.refresh(select)

    def add_item(self) -> None:
        name = self._checked_name()
        if name is not None:
            target = self.target.value()
            item = self._write.value(lambda: toolkit_ops.add_routine_item(self._db, self._clock.now(), name, target))
            self._done(item.id)

    def save_current(self) -> None:
        item_id = self.list.current_id()
        name = self._checked_name()
        if item_id is not None and name is not None:
            target = self.target.value()
            self._write(lambda: toolkit_ops.update_routine_item(self._db, self._clock.now(), item_id, name, target))
            self._done(item_id)

    def remove_current(self) -> None:
        item = self._items.get(self.list.current_id())
        if item is not None:
            self._write(lambda: toolkit_ops.archive_routine_item(self._db, self._clock.now(), item.id))
            self._done(None)
            self.undo_bar.offer(tr("“%1” was taken off the list.", item.name),
                                lambda: self._bring_back(item.id))

    def _bring_back(self, item_id: int) -> None:
        self._write(lambda: toolkit_ops.archive_routine_item(self._db, self._clock.now(), item_id, archived=False))
        self._done(item_id)

    def _on_order_changed(self, ids: list[int]) -> None:
        self._write(lambda: toolkit_ops.order_routine(self._db, self._clock.now(), ids))
        self.edited = True
