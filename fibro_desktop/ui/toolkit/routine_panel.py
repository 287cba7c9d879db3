"""Today's prevention routine (and yesterday, to fill in afterwards).

Progress is shown as "5 of 8" with a kind sentence and no scolding: a
partial day is still a day of looking after yourself. Items fed by other
tabs (relaxation, position changes, water) update when those tabs report.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fibro_desktop.core.instants import local_day
from fibro_desktop.core.toolkit.routine import MINERALS, RoutineDay
from fibro_desktop.ops import toolkit as toolkit_ops
from fibro_desktop.store import routine as store
from fibro_desktop.ui.kit import tokens
from fibro_desktop.ui.kit.focus import quiet_container
from fibro_desktop.ui.kit.widgets import ColumnScroll, big_target, heading, subheading
from fibro_desktop.ui.operations import Writer
from fibro_desktop.ui.toolkit.routine_row import RoutineRow
from fibro_desktop.ui.toolkit.texts import minerals_note, tr


def encouragement(day: RoutineDay) -> str:
    """A calm line for the progress; never a reproach."""
    if day.total == 0:
        return tr("Your routine is empty. Add a few small habits that help you.")
    if day.done_count == day.total:
        return tr("Everything on the list is done. Well looked after.")
    if day.done_count == 0:
        return tr("Any one of these is a good start.")
    return tr("Every small step counts; the rest can wait.")


class RoutinePanel(QWidget):
    """Lines of the routine for today or yesterday; writes go through
    ``write``, ``changed`` is called after each, ``edit_list`` when the
    person asks to edit the list."""

    def __init__(self, db, clock, write: Writer, changed: Callable[[], None], edit_list: Callable[[], None],
                 parent: QWidget | None = None, *, open_guide: Callable[[str, str], None] | None = None):
        super().__init__(parent)
        self._open_guide = open_guide
        self._db, self._clock, self._write, self._changed = db, clock, write, changed
        self.showing_yesterday = False
        self.today_button = QPushButton(tr("&Today"))
        self.yesterday_button = QPushButton(tr("&Yesterday"))
        group = QButtonGroup(self)
        for button in (self.today_button, self.yesterday_button):
            button.setCheckable(True)
            group.addButton(button)
        self.today_button.setChecked(True)
        self.today_button.setAccessibleName(tr("Show today's routine"))
        self.yesterday_button.setAccessibleName(tr("Show yesterday's routine to fill it in"))
        self.progress_label = subheading("")
        self.progress_label.setAccessibleName(tr("Routine progress"))
        self.encouragement_label = QLabel()
        self.encouragement_label.setWordWrap(True)
        self.edit_button = QPushButton(tr("Edit the &list…"))
        self.edit_button.setAccessibleName(tr("Edit the routine list"))
        big_target(self.today_button, self.yesterday_button, self.edit_button)
        self.rows_host = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_host)
        self.rows_layout.setContentsMargins(4, 4, 4, 4)
        scroll = ColumnScroll(self.rows_host)
        quiet_container(scroll)  # Tab goes to the controls inside
        scroll.setAccessibleName(tr("Routine items"))
        self.rows: list[RoutineRow] = []
        self.minerals_note = minerals_note()

        switch = QHBoxLayout()
        switch.addWidget(self.today_button)
        switch.addWidget(self.yesterday_button)
        switch.addStretch(1)
        switch.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Daily prevention routine"), tokens.HEADING_2))
        layout.addLayout(switch)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.encouragement_label)
        layout.addWidget(scroll, 1)

        self.today_button.toggled.connect(self._on_day_switched)
        self.edit_button.clicked.connect(edit_list)
        self.refresh()

    def shown_day(self):
        today = local_day(self._clock.now())
        return today - timedelta(days=1) if self.showing_yesterday else today

    def _on_day_switched(self, today_checked: bool) -> None:
        self.showing_yesterday = not today_checked
        self.refresh()

    def show_today(self) -> None:
        self.today_button.setChecked(True)
        self.refresh()

    def refresh(self) -> None:
        day = store.routine_day(self._db, self.shown_day())
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = [RoutineRow(line, self._set_amount, open_guide=self._open_guide) for line in day.lines]
        while self.rows_layout.count():
            self.rows_layout.takeAt(0)
        for row in self.rows:
            self.rows_layout.addWidget(row)
        self.rows_layout.addWidget(self.minerals_note)
        self.minerals_note.setVisible(day.line_for_kind(MINERALS) is not None)
        self.rows_layout.addStretch(1)
        if self.showing_yesterday:
            text = tr("%1 of %2 done yesterday", day.done_count, day.total)
        else:
            text = tr("%1 of %2 done today", day.done_count, day.total)
        self.progress_label.setText(text)
        self.encouragement_label.setText(encouragement(day))
        self.day = day

    def _set_amount(self, item_id: int, amount: int) -> None:
        day = self.shown_day()
        self._write(lambda: toolkit_ops.tick_routine_item(self._db, self._clock.now(), item_id, day, amount))
        self._changed()
        # Rebuild after the click has finished, not inside the clicked button's own signal.
        QTimer.singleShot(0, self, self.refresh)
