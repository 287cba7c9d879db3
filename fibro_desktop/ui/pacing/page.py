"""The Pacing tab: where pacing stands, today's record, and the settings.

Left: the current state and the countdown to the next break (ticking only
while this page is visible), Take a break now / Pause / Resume, a Flare-day
suggestion when today's check-in reports a hard day, and today at a glance
(breaks had of due, desk time, a gentle streak, the list of breaks).
Right: :class:`PacingSettingsForm`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fibro_desktop.core.changes import Area, Changes
from fibro_desktop.core.clock import Clock
from fibro_desktop.core.instants import local_day
from fibro_desktop.core.learn.links import PLACE_LINKS
from fibro_desktop.core.pacing import State, Status
from fibro_desktop.core.pacing.flare import suggests_flare_day
from fibro_desktop.store import pacing as pacing_store
from fibro_desktop.ui import formats
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.events import DataEvents
from fibro_desktop.ui.kit import tokens
from fibro_desktop.ui.kit.widgets import ColumnScroll, ReflowRow, big_target, empty_state, heading, section
from fibro_desktop.ui.learn.link import learn_link
from fibro_desktop.ui.pacing import texts
from fibro_desktop.ui.pacing.config import apply_preset
from fibro_desktop.ui.pacing.driver import PacingDriver
from fibro_desktop.ui.pacing.menus import pause_menu
from fibro_desktop.ui.pacing.own_exercises import OwnExercises
from fibro_desktop.ui.pacing.settings_form import PacingSettingsForm
from fibro_desktop.ui.translate import translator

_tr = translator("PacingPage")


def todays_checkin(db, day):
    """Today's check-in from the journal, or None (also while the journal's
    store is not there: it is another feature, imported lazily)."""
    try:
        from fibro_desktop.store.checkins import checkin_for_day
    except ImportError:
        return None
    return checkin_for_day(db, day)


class PacingPage(QWidget):
    def __init__(self, db, clock: Clock, driver: PacingDriver, preferences: prefs.Preferences,
                 data_events: DataEvents, parent: QWidget | None = None, *,
                 open_guide: Callable[[str, str], None] | None = None):
        super().__init__(parent)
        self._db = db
        self._clock = clock
        self._driver = driver
        self._prefs = preferences
        self._watching = False
        self._window_watched = False
        page = QVBoxLayout(self)
        page.setContentsMargins(24, 20, 24, 20)
        # The settings go under the timer when the text is large or the window narrow.
        outer = ReflowRow(spacing=24)
        page.addWidget(outer)

        left = QVBoxLayout()
        left.setSpacing(12)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleName(_tr("Break timer status"))
        self.countdown = QLabel()
        font = self.countdown.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.countdown.setFont(font)
        self.countdown.setAccessibleName(_tr("Time to the next break"))
        left.addWidget(self.state_label)
        left.addWidget(self.countdown)

        buttons = QHBoxLayout()
        self.take_break = QPushButton(_tr("&Take a break now"))
        self.take_break.clicked.connect(lambda: driver.take_break_now("movement"))
        self.pause_button = QPushButton(_tr("&Pause breaks"))
        self.pause_button.setMenu(pause_menu(driver, self))
        self.resume_button = QPushButton(_tr("&Resume breaks"))
        self.resume_button.clicked.connect(driver.resume)
        # A spasm does not wait for a break panel: a recovery break from here
        # (and from the tray), with the "Release only" audio on offer.
        self.spasm_button = QPushButton(_tr("Spasm &now"))
        self.spasm_button.setToolTip(_tr("Starts a recovery break, holds desk time and opens the quick log"))
        self.spasm_button.clicked.connect(
            lambda: driver.spasm_now(_tr("Logged from the Pacing tab (Spasm now)")))
        for button in (self.take_break, self.pause_button, self.resume_button, self.spasm_button):
            big_target(button)
            buttons.addWidget(button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        self.learn_link = learn_link(_tr("Why short breaks help"), PLACE_LINKS["pacing"], open_guide,
                                     topic=_tr("pacing your day"))
        if self.learn_link is not None:
            left.addWidget(self.learn_link, 0, Qt.AlignmentFlag.AlignLeft)

        self.flare_box, flare_layout = section()
        self.flare_text = QLabel(_tr(
            "Today's check-in shows a hard day. A Flare-day rhythm, with shorter spells at the desk "
            "and longer rests, may suit today better. It is your choice."))
        self.flare_text.setWordWrap(True)
        flare_buttons = QHBoxLayout()
        self.use_flare = QPushButton(_tr("Use &Flare day"))
        self.use_flare.clicked.connect(self._use_flare)
        self.not_today = QPushButton(_tr("&Not today"))
        self.not_today.clicked.connect(self._dismiss_flare)
        flare_buttons.addWidget(self.use_flare)
        flare_buttons.addWidget(self.not_today)
        flare_buttons.addStretch(1)
        flare_layout.addWidget(self.flare_text)
        flare_layout.addLayout(flare_buttons)
        left.addWidget(self.flare_box)

        today_title = heading(_tr("Today"), tokens.HEADING_2)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(_tr("Today at a glance"))
        self.record = QListWidget()
        self.record.setAccessibleName(_tr("Today's breaks"))
        self.empty = empty_state(_tr("No breaks yet today. The first one will come by itself; "
                                     "you can also take one whenever you like."))
        left.addWidget(today_title)
        left.addWidget(self.summary)
        left.addWidget(self.empty)
        left.addWidget(self.record, 1)
        left_box = QWidget()
        left_box.setLayout(left)
        outer.add(left_box, 3)

        own = OwnExercises(db, clock, data_events)
        self.settings = PacingSettingsForm(preferences, driver.desktop_signals, driver.bundled_exercises, own)
        driver.signals_changed.connect(self.settings.show_signals)
        scroll = ColumnScroll(self.settings)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls inside
        scroll.setAccessibleName(_tr("Break settings"))
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.add(scroll, 2)

        self.setAccessibleName(_tr("Pacing"))
        driver.status_changed.connect(self.show_status)
        data_events.changed.connect(self._on_changed)
        self.show_status(driver.status())
        self.refresh()

    # -- live ------------------------------------------------------------------
    # The countdown ticks only while a person can see it: the page shown and
    # its window not minimised (a minimised window keeps its pages "visible").
    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self._window_watched:
            self.window().installEventFilter(self)
            self._window_watched = True
        self._update_watch()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().hideEvent(event)
        self._update_watch(force_off=True)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.WindowStateChange:
            self._update_watch()
        return False

    def _update_watch(self, force_off: bool = False) -> None:
        want = not force_off and self.isVisible() and not self.window().isMinimized()
        if want != self._watching:
            self._watching = want
            self._driver.watch(want)

    def show_status(self, status: Status) -> None:
        self.state_label.setText(texts.state_line(status))
        if status.state == State.ON_BREAK:
            self.countdown.setText(texts.countdown(status.break_left_s))
        elif status.state == State.WORKING and status.next_in_s is not None:
            self.countdown.setText(texts.countdown(status.next_in_s))
        else:
            self.countdown.setText("–")
        running = status.state != State.OFF
        self.take_break.setEnabled(running and status.state != State.ON_BREAK)
        self.pause_button.setVisible(status.state not in (State.PAUSED, State.LIMIT_REACHED))
        self.pause_button.setEnabled(running)
        self.resume_button.setVisible(status.state in (State.PAUSED, State.LIMIT_REACHED))
        self.resume_button.setText(_tr("&Keep going today") if status.state == State.LIMIT_REACHED
                                   else _tr("&Resume breaks"))
        self._show_summary(status.desk_today_s)

    def _on_changed(self, changes: Changes, _origin: object) -> None:
        if changes.touches(Area.BREAKS, Area.CHECKINS):
            self.refresh()

    def refresh(self) -> None:
        """Reload today's record and the Flare-day suggestion from the store."""
        today = local_day(self._clock.now())
        self._day_summary = pacing_store.day_summary(self._db, today)
        self._streak = pacing_store.streak(self._db, today)
        entries = pacing_store.breaks_for_day(self._db, today)
        self.record.clear()
        for entry in reversed(entries):
            moment = entry.started or entry.due
            text = _tr("%1  %2: %3").replace("%1", formats.time_of_day(moment)).replace(
                "%2", texts.kind_label(entry.kind)).replace("%3", texts.outcome_label(entry.outcome, entry.did_it))
            if entry.duration_s and entry.outcome != "postponed":
                text += _tr(" (%1)").replace("%1", texts.duration(entry.duration_s))
            QListWidgetItem(text, self.record)
        self.record.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        self._show_summary(self._driver.status().desk_today_s)
        self.flare_box.setVisible(self._flare_suggested(today))

    def _show_summary(self, desk_s: float) -> None:
        summary = getattr(self, "_day_summary", None)
        if summary is None:
            return
        if summary.due:
            had = _tr("Breaks had: %1 of %2").replace("%1", str(summary.rested)).replace("%2", str(summary.due))
        else:
            had = _tr("No breaks have come due yet today.")
        lines = [had, _tr("Desk time: %1").replace("%1", texts.duration(desk_s))]
        if summary.missed:
            # Said plainly, without blame: the break came and work went on.
            lines.append(_tr("Worked through: %1").replace("%1", str(summary.missed)))
        if summary.recovery:
            lines.append(_tr("Recovery breaks: %1").replace("%1", str(summary.recovery)))
        if self._streak:
            lines.append(_tr("Gentle streak: %n days in a row with at least half your breaks", n=self._streak,
                             one="Gentle streak: %n day with at least half your breaks"))
        self.summary.setText("\n".join(lines))

    # -- flare day --------------------------------------------------------------
    def _flare_suggested(self, today) -> bool:
        if self._prefs.get(prefs.PACING_PRESET) == "flare":
            return False
        if self._prefs.get(prefs.PACING_FLARE_HINT_DISMISSED) == today.isoformat():
            return False
        checkin = todays_checkin(self._db, today)
        return checkin is not None and suggests_flare_day(checkin.overall_pain, checkin.sleep_quality,
                                                          checkin.sleep_hours)

    def _use_flare(self) -> None:
        apply_preset(self._prefs, "flare")
        self.settings.reload()
        self.flare_box.hide()

    def _dismiss_flare(self) -> None:
        self._prefs.set(prefs.PACING_FLARE_HINT_DISMISSED, local_day(self._clock.now()).isoformat())
        self.flare_box.hide()
