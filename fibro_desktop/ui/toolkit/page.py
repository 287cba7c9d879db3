"""The Toolkit tab's page: the rescue button on top, then the kit and
today's routine side by side, the plan editor and the care team.

Its panels write through operations with the page as origin; the page
refreshes when another part of the app changes what it shows
(``DataEvents.changed``), and at the turn of the local day.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from fibro_desktop.core.changes import TOOLKIT_AREAS, Changes
from fibro_desktop.core.instants import local_day
from fibro_desktop.core.toolkit.days import DayRollover
from fibro_desktop.store import routine as routine_store
from fibro_desktop.ui.kit import tokens
from fibro_desktop.ui.kit.tab_bar import name_tab_bar
from fibro_desktop.ui.kit.widgets import ReflowRow, action_button
from fibro_desktop.ui.operations import Writer
from fibro_desktop.ui.toolkit.care_panel import CarePanel
from fibro_desktop.ui.toolkit.kit_panel import KitPanel
from fibro_desktop.ui.toolkit.plan_panel import PlanPanel
from fibro_desktop.ui.toolkit.routine_editor import RoutineEditorDialog
from fibro_desktop.ui.toolkit.routine_panel import RoutinePanel
from fibro_desktop.ui.toolkit.texts import tr

#: How often the page looks whether the local day has changed, in ms.
DAY_CHECK_MS = 60_000


class ToolkitPage(QWidget):
    """The whole tab. ``intents.rescue_plan`` opens the plan (wired elsewhere)."""

    def __init__(self, db, clock, data_events, intents, preferences, parent: QWidget | None = None):
        super().__init__(parent)
        self._db, self._clock, self._events, self._intents = db, clock, data_events, intents
        write = self.write = Writer(data_events, origin=self)
        self.setAccessibleName(tr("Toolkit"))

        self.rescue_button = action_button(tr("A spasm is starting"), scale=1.3)
        self.rescue_button.setAccessibleName(tr("A spasm is starting: open my rescue plan"))
        self.rescue_button.setDefault(True)
        self.rescue_hint = QLabel(tr("Opens your plan, one calm step at a time."))
        self.rescue_hint.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setAccessibleName(tr("Today at a glance"))
        self.summary.setWordWrap(True)

        # Each panel refreshes itself after its writes; the summary is the page's.
        # Their Learn links open guides through the app's one door.
        open_guide = intents.open_guide
        self.kit = KitPanel(db, clock, preferences, write, self._update_summary, open_guide=open_guide)
        self.routine = RoutinePanel(db, clock, write, self._update_summary, self.edit_routine,
                                    open_guide=open_guide)
        self.plan = PlanPanel(db, clock, write, self._update_summary, intents.rescue_plan.emit,
                              open_guide=open_guide)
        self.care = CarePanel(db, clock, write, self._update_summary, open_guide=open_guide)

        # Side by side, or the routine under the kit with large text.
        split = ReflowRow(spacing=tokens.SPACE_M)
        split.add(self.kit, 1)
        split.add(self.routine, 1)
        self.sections = QTabWidget()
        name_tab_bar(self.sections, tr("Toolkit sections"))
        self.sections.addTab(split, tr("Kit and routine"))
        self.sections.addTab(self.plan, tr("My rescue plan"))
        self.sections.addTab(self.care, tr("Care team"))

        header = QHBoxLayout()
        header.addWidget(self.rescue_button, 2)
        text = QVBoxLayout()
        text.addWidget(self.rescue_hint)
        text.addWidget(self.summary)
        header.addLayout(text, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.sections, 1)

        self.rescue_button.clicked.connect(intents.rescue_plan.emit)
        data_events.changed.connect(self._on_data_changed)
        self._rollover = DayRollover(clock.now())
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(DAY_CHECK_MS)
        self._day_timer.timeout.connect(self.check_day)
        self._day_timer.start()
        self._update_summary()

    def _on_data_changed(self, changes: Changes, origin: object) -> None:
        # Our own panels are already up to date.
        if origin is not self and changes.touches(*TOOLKIT_AREAS):
            self.refresh()

    def refresh(self) -> None:
        """Reload every panel from the store."""
        self.kit.refresh()
        self.routine.refresh()
        self.plan.refresh()
        self.care.refresh()
        self._update_summary()

    def check_day(self) -> bool:
        """At the turn of the day: fresh ticks, and back to today. True if it turned."""
        if not self._rollover.check(self._clock.now()):
            return False
        self.routine.show_today()
        self.refresh()
        return True

    def edit_routine(self) -> None:
        dialog = RoutineEditorDialog(self._db, self._clock, self.write, self)
        dialog.exec()
        if dialog.edited:
            self.routine.refresh()
            self._update_summary()

    def _update_summary(self) -> None:
        ready, total = self.kit.ready_count()
        day = routine_store.routine_day(self._db, local_day(self._clock.now()))
        text = tr("Kit ready today: %1 of %2  ·  Routine today: %3 of %4", ready, total, day.done_count, day.total)
        low = self.kit.low_count()
        if low:
            text += "  ·  " + tr("%n items running low", n=low, one="%n item running low")
        self.summary.setText(text)
