"""The timeline's filter bar: period, kind, muscle group, trigger and text.

Emits ``changed(EpisodeFilter)``; typing in the search box waits for a short
pause (debounce) so each key press does not run a query.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from fibro_desktop.core import vocabulary as v
from fibro_desktop.core.clock import Clock
from fibro_desktop.core.instants import local_day
from fibro_desktop.core.journal.records import EpisodeFilter
from fibro_desktop.ui.kit import tokens
from fibro_desktop.ui.kit.widgets import ReflowRow, big_target
from fibro_desktop.ui.labels import term_label
from fibro_desktop.ui.translate import translator

#: Periods offered, in days back from today (None = all time).
PERIODS = (None, 7, 30, 90, 365)
#: Pause after the last key press before searching, in milliseconds.
SEARCH_DEBOUNCE_MS = 250


_tr = translator("JournalFilters")


class FilterBar(QWidget):
    changed = Signal(object)  # EpisodeFilter

    def __init__(self, clock: Clock, parent=None):
        super().__init__(parent)
        self._clock = clock
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # Three groups in a row that reflows: one under the other when the
        # text is large or the window narrow, never wider than the window.
        row = ReflowRow(spacing=tokens.SPACE_M)
        outer.addWidget(row)
        groups = [QWidget() for _ in range(3)]
        group_layouts = []
        for group in groups:
            group_layout = QHBoxLayout(group)
            group_layout.setContentsMargins(0, 0, 0, 0)
            group_layouts.append(group_layout)

        self.period = QComboBox()
        for days in PERIODS:
            self.period.addItem(_tr("All time") if days is None else _tr("Last %n days", n=days, one="Today"), days)
        self.kind = QComboBox()
        self.kind.addItem(_tr("Every kind"), None)
        for term in v.SPASM_KINDS:
            self.kind.addItem(term_label(term.id), term.id)
        self.muscle = QComboBox()
        self.muscle.addItem(_tr("Anywhere"), None)
        for term in v.MUSCLE_GROUPS:
            self.muscle.addItem(term_label(term.id), term.id)
        self.trigger = QComboBox()
        self.trigger.addItem(_tr("Any trigger"), None)
        for term in v.TRIGGERS:
            self.trigger.addItem(term_label(term.id), term.id)
        self.search = QLineEdit()
        self.search.setPlaceholderText(_tr("Search notes"))
        self.search.setClearButtonEnabled(True)
        self.reset = QPushButton(_tr("Show all"))

        for widget, name in ((self.period, _tr("Period")), (self.kind, _tr("Kind of spasm")),
                             (self.muscle, _tr("Muscle group")), (self.trigger, _tr("Trigger")),
                             (self.search, _tr("Search the notes")), (self.reset, _tr("Clear the filters"))):
            widget.setAccessibleName(name)
            big_target(widget)
        show = QLabel(_tr("Show:"))
        show.setBuddy(self.period)
        group_layouts[0].addWidget(show)
        # Each filter has a visible label too: Qt on Linux would name a
        # combo box only by the value it shows ("Every kind").
        labels = {self.kind: _tr("Kind:"), self.muscle: _tr("Where:"), self.trigger: _tr("Trigger:")}
        homes = {self.period: 0, self.kind: 0, self.muscle: 1, self.trigger: 1}
        for widget in (self.period, self.kind, self.muscle, self.trigger):
            if widget in labels:
                label = QLabel(labels[widget])
                label.setBuddy(widget)
                group_layouts[homes[widget]].addWidget(label)
            group_layouts[homes[widget]].addWidget(widget)
            widget.currentIndexChanged.connect(self._emit)
        group_layouts[2].addWidget(self.search, 1)
        group_layouts[2].addWidget(self.reset)
        for index, group in enumerate(groups):
            row.add(group, 1 if index == 2 else 0)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.reset.clicked.connect(self.clear)

    def current(self) -> EpisodeFilter:
        days = self.period.currentData()
        today = local_day(self._clock.now())
        kind = self.kind.currentData()
        return EpisodeFilter(
            first_day=None if days is None else today - timedelta(days=days - 1),
            kinds=frozenset({kind}) if kind else frozenset(),
            muscle=self.muscle.currentData(), trigger=self.trigger.currentData(),
            text=self.search.text().strip(),
        )

    def is_filtered(self) -> bool:
        return self.current() != EpisodeFilter()

    def clear(self) -> None:
        for combo in (self.period, self.kind, self.muscle, self.trigger):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        self._debounce.stop()
        self.changed.emit(self.current())
