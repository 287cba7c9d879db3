"""The rescue kit checklist: tick what is ready today, keep the list tidy.

Ticks are per local day (a new day starts clear; the history is kept).
Items are added from the field below the list, edited in a dialog,
reordered by drag or Alt+Up/Down, archived, or deleted with an undo offer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fibro_desktop.core.instants import local_day
from fibro_desktop.core.learn.links import PLACE_LINKS
from fibro_desktop.core.toolkit import validation as v
from fibro_desktop.core.toolkit.kit import KitItem, items_to_restock
from fibro_desktop.ops import toolkit as toolkit_ops
from fibro_desktop.store import toolkit as store
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.kit import tokens
from fibro_desktop.ui.kit.widgets import big_target, empty_state, heading
from fibro_desktop.ui.learn.link import beside, learn_link
from fibro_desktop.ui.operations import Writer
from fibro_desktop.ui.toolkit.kit_editor import KitItemDialog
from fibro_desktop.ui.toolkit.ordered_list import OrderedList
from fibro_desktop.ui.toolkit.texts import error_text, inline_message, show_message, tr
from fibro_desktop.ui.toolkit.undo_bar import UndoBar


def item_text(item: KitItem) -> str:
    """One line: the name, then where it is and how many are left."""
    parts = [item.name]
    if item.location:
        parts.append(tr("kept: %1", item.location))
    if item.quantity is not None:
        parts.append(tr("%1 left", item.quantity))
    if item.needs_restock:
        parts.append(tr("running low"))
    if item.archived:
        parts.append(tr("archived"))
    return "  ·  ".join(parts)


class KitPanel(QWidget):
    """The kit checklist. Writes are operations run by ``write`` (the page's
    :class:`~fibro_desktop.ui.operations.Writer`); ``changed`` is called after
    each, once the panel shows it, so the page can update its summary."""

    def __init__(self, db, clock, preferences, write: Writer, changed: Callable[[], None],
                 parent: QWidget | None = None, *,
                 open_guide: Callable[[str, str], None] | None = None):
        super().__init__(parent)
        self._open_guide = open_guide
        self._db, self._clock, self._write, self._changed = db, clock, write, changed
        self._preferences = preferences
        self._items: list[KitItem] = []
        self.list = OrderedList(tr("Rescue kit items"))
        self.list.setToolTip(tr("Tick what you have with you today. Alt+Up and Alt+Down move an item."))
        self.restock_banner = QLabel()
        self.restock_banner.setWordWrap(True)
        self.restock_banner.setAccessibleName(tr("Restock reminder"))
        self.empty_label = empty_state(tr("Your kit is empty. Type the name of something that helps you when a "
                                           "spasm starts, then press Add."))
        self.add_field = QLineEdit()
        self.add_field.setPlaceholderText(tr("Add an item, e.g. a tennis ball"))
        self.add_field.setAccessibleName(tr("New kit item name"))
        self.add_button = QPushButton(tr("&Add"))
        self.add_button.setAccessibleName(tr("Add kit item"))
        self.add_message = inline_message()
        self.edit_button = QPushButton(tr("&Edit…"))
        self.up_button = QPushButton(tr("Move &up"))
        self.down_button = QPushButton(tr("Move do&wn"))
        self.archive_button = QPushButton(tr("Ar&chive"))
        self.delete_button = QPushButton(tr("&Delete"))
        self.show_archived = QCheckBox(tr("Show archived items"))
        self.remind = QCheckBox(tr("Remind me (at most once a day) when something runs low"))
        self.remind.setChecked(bool(preferences.get(prefs.RESTOCK_REMINDERS)))
        self.undo_bar = UndoBar()
        for button, name in ((self.edit_button, tr("Edit kit item")), (self.up_button, tr("Move kit item up")),
                             (self.down_button, tr("Move kit item down")),
                             (self.archive_button, tr("Archive kit item")),
                             (self.delete_button, tr("Delete kit item"))):
            button.setAccessibleName(name)
        big_target(self.add_field, self.add_button, self.edit_button, self.up_button, self.down_button,
                   self.archive_button, self.delete_button)

        add_row = QHBoxLayout()
        add_row.addWidget(self.add_field, 1)
        add_row.addWidget(self.add_button)
        buttons = QGridLayout()
        for index, button in enumerate((self.edit_button, self.archive_button, self.delete_button,
                                        self.up_button, self.down_button)):
            buttons.addWidget(button, index // 3, index % 3)
        buttons.addWidget(self.show_archived, 1, 2)
        layout = QVBoxLayout(self)
        self.learn_link = learn_link(tr("What goes in a rescue kit"), PLACE_LINKS["rescue_kit"], self._open_guide,
                                     topic=tr("a rescue kit"))
        layout.addWidget(beside(heading(tr("My rescue kit"), tokens.HEADING_2), self.learn_link))
        hint = QLabel(tr("Tick what is ready or with you today. The ticks start fresh each morning."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.restock_banner)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.add_message)
        layout.addLayout(buttons)
        layout.addWidget(self.remind)
        layout.addWidget(self.undo_bar)

        self.add_button.clicked.connect(self.add_from_field)
        self.add_field.returnPressed.connect(self.add_from_field)
        self.add_field.textChanged.connect(self._warn_duplicate)
        self.edit_button.clicked.connect(self.edit_current)
        self.list.itemActivated.connect(lambda _item: self.edit_current())
        self.up_button.clicked.connect(lambda: self.list.move_current(-1))
        self.down_button.clicked.connect(lambda: self.list.move_current(1))
        self.archive_button.clicked.connect(self.toggle_archive_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        self.remind.toggled.connect(lambda on: self._preferences.set(prefs.RESTOCK_REMINDERS, on))
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.order_changed.connect(self._on_order_changed)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.refresh()

    # -- reading -------------------------------------------------------------
    def today(self):
        return local_day(self._clock.now())

    def refresh(self) -> None:
        """Reload items and today's ticks from the store, keeping the selection."""
        keep = self.list.current_id()
        self._items = store.list_kit_items(self._db, include_archived=self.show_archived.isChecked())
        ready = store.ready_item_ids(self._db, self.today())
        self.list.blockSignals(True)
        self.list.clear()
        for item in self._items:
            row = self.list.add_row(item.id, item_text(item))
            if item.archived:
                row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            else:
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(Qt.CheckState.Checked if item.id in ready else Qt.CheckState.Unchecked)
            row.setToolTip(item.note)
        self.list.blockSignals(False)
        self.list.select_id(keep)
        low = items_to_restock(self._items)
        if low:
            names = ", ".join(tr("%1 (%2 left)", i.name, i.quantity) for i in low)
            self.restock_banner.setText(tr("Running low: %1. Worth restocking when you can.", names))
        self.restock_banner.setVisible(bool(low))
        self.empty_label.setVisible(not self._items)
        self._update_buttons()

    def item(self, item_id: int | None) -> KitItem | None:
        return next((i for i in self._items if i.id == item_id), None)

    def ready_count(self) -> tuple[int, int]:
        """(ticked, active) items today, as shown."""
        active = [i for i in self._items if not i.archived]
        ready = store.ready_item_ids(self._db, self.today())
        return sum(1 for i in active if i.id in ready), len(active)

    def low_count(self) -> int:
        """How many active items are running low (see ``needs_restock``)."""
        return len(items_to_restock(self._items))

    def _update_buttons(self) -> None:
        current = self.item(self.list.current_id())
        for button in (self.edit_button, self.archive_button, self.delete_button, self.up_button, self.down_button):
            button.setEnabled(current is not None)
        self.archive_button.setText(tr("Bring &back") if current and current.archived else tr("Ar&chive"))

    # -- writing -------------------------------------------------------------
    def _names(self) -> list[str]:
        return [i.name for i in store.list_kit_items(self._db, include_archived=True)]

    def _warn_duplicate(self) -> None:
        duplicate = v.is_duplicate(self.add_field.text(), self._names())
        show_message(self.add_message, tr("You already have an item with this name.") if duplicate else "")

    def add_from_field(self) -> None:
        name, error = v.check_name(self.add_field.text())
        if error:
            show_message(self.add_message, error_text(error))
            self.add_field.setFocus()
            return
        item = self._write.value(lambda: toolkit_ops.add_kit_item(self._db, self._clock.now(), name))
        self.add_field.clear()
        show_message(self.add_message, "")
        self.refresh()
        self.list.select_id(item.id)
        self._changed()

    def edit_current(self) -> None:
        current = self.item(self.list.current_id())
        if current is None:
            return
        dialog = KitItemDialog(current, self._names(), self)
        if dialog.exec():
            values = dialog.values()
            self._write(lambda: toolkit_ops.update_kit_item(self._db, self._clock.now(), current.id, **values))
            self.refresh()
            self._changed()

    def toggle_archive_current(self) -> None:
        current = self.item(self.list.current_id())
        if current is None:
            return
        self._write(lambda: toolkit_ops.archive_kit_item(self._db, self._clock.now(), current.id,
                                                         archived=not current.archived))
        self.refresh()
        self._changed()

    def delete_current(self) -> None:
        current = self.item(self.list.current_id())
        if current is None:
            return
        snapshot = self._write.value(lambda: toolkit_ops.delete_kit_item(self._db, current.id))
        self.refresh()
        self._changed()
        self.undo_bar.offer(tr("“%1” was deleted.", current.name), lambda: self._restore(snapshot))

    def _restore(self, snapshot) -> None:
        self._write(lambda: toolkit_ops.undo_delete_kit_item(self._db, self._clock.now(), snapshot))
        self.refresh()
        self.list.select_id(snapshot.item.id)
        self._changed()

    def _on_item_changed(self, row: QListWidgetItem) -> None:
        item_id = row.data(Qt.ItemDataRole.UserRole)
        ready = row.checkState() == Qt.CheckState.Checked
        self._write(lambda: toolkit_ops.tick_kit_item(self._db, self._clock.now(), item_id, self.today(), ready))
        self._changed()

    def _on_order_changed(self, ids: list[int]) -> None:
        # Archived rows (when shown) keep their own positions after the active ones.
        self._write(lambda: toolkit_ops.order_kit(self._db, self._clock.now(), ids))
        self._changed()
