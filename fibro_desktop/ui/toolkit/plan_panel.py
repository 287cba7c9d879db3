"""Editing the rescue plan: the steps, their one-line how-to, and order.

The plan itself is shown by :class:`RescuePlanDialog`; this panel is where
the person makes it theirs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from fibro_desktop.core.learn.links import RESCUE_STEP_LINKS
from fibro_desktop.core.toolkit import validation as v
from fibro_desktop.ops import toolkit as toolkit_ops
from fibro_desktop.store import rescue_plan as store
from fibro_desktop.ui.kit import tokens
from fibro_desktop.ui.kit.widgets import big_target, form_layout, heading
from fibro_desktop.ui.learn.link import beside, learn_link
from fibro_desktop.ui.operations import Writer
from fibro_desktop.ui.toolkit.ordered_list import OrderedList
from fibro_desktop.ui.toolkit.texts import error_text, inline_message, show_message, tr
from fibro_desktop.ui.toolkit.undo_bar import UndoBar


class PlanPanel(QWidget):
    """The steps of the plan, editable; writes go through ``write``,
    ``changed`` is called after each."""

    def __init__(self, db, clock, write: Writer, changed: Callable[[], None], open_plan: Callable[[], None],
                 parent: QWidget | None = None, *,
                 open_guide: Callable[[str, str], None] | None = None):
        super().__init__(parent)
        self._open_guide = open_guide
        self._db, self._clock, self._write, self._changed = db, clock, write, changed
        self.list = OrderedList(tr("Rescue plan steps"))
        self.title = QLineEdit()
        self.how_to = QLineEdit()
        self.how_to.setPlaceholderText(tr("One line, in your own words"))
        self.message = inline_message()
        self.add_button = QPushButton(tr("Add as &new step"))
        self.save_button = QPushButton(tr("&Save changes"))
        self.delete_button = QPushButton(tr("&Delete step"))
        self.up_button = QPushButton(tr("Move &up"))
        self.down_button = QPushButton(tr("Move do&wn"))
        self.try_button = QPushButton(tr("&Open the plan"))
        for button, name in ((self.add_button, tr("Add rescue step")),
                             (self.save_button, tr("Save changes to the selected step")),
                             (self.delete_button, tr("Delete the selected step")),
                             (self.up_button, tr("Move step up")), (self.down_button, tr("Move step down")),
                             (self.try_button, tr("Open the rescue plan"))):
            button.setAccessibleName(name)
        big_target(self.title, self.how_to, self.add_button, self.save_button, self.delete_button,
                   self.up_button, self.down_button, self.try_button)
        form = form_layout()
        for text, field in ((tr("Step &title"), self.title), (tr("&How to"), self.how_to)):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", ""))
            form.addRow(label, field)
        form.addRow("", self.message)
        buttons = QGridLayout()
        for index, button in enumerate((self.add_button, self.save_button, self.delete_button,
                                        self.up_button, self.down_button, self.try_button)):
            buttons.addWidget(button, index // 3, index % 3)
        layout = QVBoxLayout(self)
        self.learn_link = learn_link(tr("What helps when a spasm starts"), RESCUE_STEP_LINKS[None], self._open_guide,
                                     topic=tr("what helps when a spasm starts"))
        layout.addWidget(beside(heading(tr("My rescue plan"), tokens.HEADING_2), self.learn_link))
        intro = QLabel(tr("The steps you go through when a spasm starts, in the order that suits you. "
                          "Drag them, or use Alt+Up and Alt+Down."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.undo_bar = UndoBar()
        layout.addWidget(self.undo_bar)

        self.list.currentRowChanged.connect(lambda _row: self._load_current())
        self.list.order_changed.connect(self._on_order_changed)
        self.add_button.clicked.connect(self.add_step)
        self.save_button.clicked.connect(self.save_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.up_button.clicked.connect(lambda: self.list.move_current(-1))
        self.down_button.clicked.connect(lambda: self.list.move_current(1))
        self.try_button.clicked.connect(open_plan)
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        if select is None:
            select = self.list.current_id()
        self._steps = {s.id: s for s in store.list_steps(self._db)}
        self.list.blockSignals(True)
        self.list.clear()
        for number, step in enumerate(self._steps.values(), 1):
            item = self.list.add_row(step.id, f"{number}. {step.title}")
            item.setToolTip(step.how_to)
        self.list.blockSignals(False)
        self.list.select_id(select)
        self._load_current()

    def _load_current(self) -> None:
        step = self._steps.get(self.list.current_id())
        for button in (self.save_button, self.delete_button, self.up_button, self.down_button):
            button.setEnabled(step is not None)
        if step is not None:
            self.title.setText(step.title)
            self.how_to.setText(step.how_to)
        show_message(self.message, "")

    def _checked(self) -> tuple[str, str] | None:
        title, error = v.check_name(self.title.text())
        how_to, how_error = v.check_note(self.how_to.text())
        error = error or how_error
        show_message(self.message, error_text(error) if error else "")
        if error:
            self.title.setFocus()
            return None
        return title, how_to

    def add_step(self) -> None:
        checked = self._checked()
        if checked:
            step = self._write.value(lambda: toolkit_ops.add_plan_step(self._db, self._clock.now(), *checked))
            self.refresh(step.id)
            self._changed()

    def save_current(self) -> None:
        step_id = self.list.current_id()
        checked = self._checked()
        if step_id is not None and checked:
            self._write(lambda: toolkit_ops.update_plan_step(self._db, self._clock.now(), step_id,
                                                             title=checked[0], how_to=checked[1]))
            self.refresh(step_id)
            self._changed()

    def delete_current(self) -> None:
        step = self._steps.get(self.list.current_id())
        if step is not None:
            self._write(lambda: toolkit_ops.delete_plan_step(self._db, step.id))
            self.refresh()
            self._changed()
            self.undo_bar.offer(tr("“%1” was deleted.", step.title), lambda: self._restore(step))

    def _restore(self, step) -> None:
        self._write(lambda: toolkit_ops.undo_delete_plan_step(self._db, self._clock.now(), step))
        self.refresh(step.id)
        self._changed()

    def _on_order_changed(self, ids: list[int]) -> None:
        self._write(lambda: toolkit_ops.order_plan(self._db, self._clock.now(), ids))
        self.refresh()
        self._changed()
