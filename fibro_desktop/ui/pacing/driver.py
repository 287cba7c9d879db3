"""The one QObject that runs the pacing machine on real (or injected) time.

It arms a single-shot timer for the machine's next deadline (at most a
minute ahead, so a suspend or a clock change is noticed soon) and ticks once
a second only while a countdown is on screen (:meth:`PacingDriver.watch`).
Each wake-up reads the clocks into an :class:`Instant`, lets the pure machine
decide, writes what happened to the store and emits signals for the tab,
the break panel and the tray.
"""

from __future__ import annotations

import json
import logging
import math
import sys
import time
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from fibro_desktop.core.changes import Area, Changes
from fibro_desktop.core.clock import Clock, SystemClock
from fibro_desktop.core.instants import local_day
from fibro_desktop.core.intents import PlaySession, RoutineProgress
from fibro_desktop.core.journal.prefill import EpisodePrefill
from fibro_desktop.core.pacing import BreakEntry, Instant, PacingMachine, State, Status
from fibro_desktop.core.pacing.exercises import Exercise, choose_exercise, parse_exercises
from fibro_desktop.core.pacing.record import RESTED
from fibro_desktop.core.pacing.types import EventKind
from fibro_desktop.core.toolkit.routine import STRETCH, STRETCH_EXERCISES, RoutineKind
from fibro_desktop.ops import pacing as pacing_ops
from fibro_desktop.store import own_exercises as own_store
from fibro_desktop.store import pacing as pacing_store
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.events import DataEvents, Intents
from fibro_desktop.ui.operations import announce
from fibro_desktop.ui.pacing.config import (
    CONFIG_KEYS,
    config_from_preferences,
    disabled_exercises,
)
from fibro_desktop.ui.pacing.desktop_signals import DesktopSignals

log = logging.getLogger(__name__)

#: While nothing changes, the day's desk time is written at most this often (s).
DESK_SAVE_EVERY_S = 300
#: The Relax session each kind of break offers: the desk warm-up to move, and
#: "Release only" (no tightening) when a spasm is on.
BREAK_AUDIO = {"movement": "desk_warm_up", "recovery": "release_only"}


def boot_clock_for(clock: Clock) -> Callable[[], float] | None:
    """A clock that keeps running through suspend, for the real system clock;
    ``None`` for test clocks and where none is known.

    ``time.monotonic()`` stops during suspend on Linux and macOS, so the
    suspend-counting partner is ``CLOCK_BOOTTIME`` (Linux) or
    ``CLOCK_MONOTONIC`` (macOS, which keeps counting while asleep). On
    Windows ``time.monotonic()`` itself counts sleep, so it is the boot clock
    and :func:`awake_clock_for` supplies the awake-only one.
    """
    if not isinstance(clock, SystemClock):
        return None
    if sys.platform.startswith("linux") and hasattr(time, "CLOCK_BOOTTIME"):
        return lambda: time.clock_gettime(time.CLOCK_BOOTTIME)
    if sys.platform == "darwin" and hasattr(time, "CLOCK_MONOTONIC"):
        return lambda: time.clock_gettime(time.CLOCK_MONOTONIC)
    if sys.platform == "win32" and awake_clock_for(clock) is not None:
        return time.monotonic
    return None


def awake_clock_for(clock: Clock) -> Callable[[], float] | None:
    """A monotonic clock that stops during suspend, where ``clock.monotonic()``
    does not: Windows ``QueryUnbiasedInterruptTime`` (100 ns units). ``None``
    means ``clock.monotonic()`` is right as it is."""
    if not isinstance(clock, SystemClock) or sys.platform != "win32":
        return None
    try:
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        value = ctypes.c_ulonglong()

        def read() -> float:
            kernel32.QueryUnbiasedInterruptTime(ctypes.byref(value))
            return value.value / 1e7

        read()
        return read
    except (OSError, AttributeError):
        return None


def load_exercises() -> list[Exercise]:
    """The bundled exercises; an unreadable file gives none (prompts still work)."""
    from fibro_desktop.resources import resource_path

    try:
        raw = json.loads(resource_path("pacing", "exercises.json").read_text("utf-8"))
        return parse_exercises(raw, bundled=True)
    except (OSError, ValueError) as exc:
        log.error("Pacing exercises could not be read: %s", exc)
        return []


class PacingDriver(QObject):
    """Runs pacing for the whole app; the tab, panel and tray listen to it."""

    #: A fresh :class:`Status` (after every wake-up and every action).
    status_changed = Signal(object)
    #: A break started: (break kind, :class:`Exercise` or None).
    break_started = Signal(str, object)
    #: A break ended or a natural break was counted: the :class:`BreakEntry`.
    break_ended = Signal(object)
    #: The exercise of the break on screen was changed (:class:`Exercise` or None):
    #: a spasm logged meanwhile names a group the first one moves.
    exercise_changed = Signal(object)
    #: A break comes in a few seconds: its kind.
    notice = Signal(str)
    #: An independent reminder: ``water`` or ``posture``.
    reminder = Signal(str)
    #: Today's desk-time limit was reached.
    limit_reached = Signal()
    #: What this desktop tells (a :class:`DesktopSignals`), when it changed.
    signals_changed = Signal(object)

    def __init__(self, db, clock: Clock, preferences: prefs.Preferences, data_events: DataEvents,
                 intents: Intents, *, exercises: list[Exercise] | None = None,
                 boot_clock: Callable[[], float] | None = None,
                 awake_clock: Callable[[], float] | None = None,
                 idle_seconds: Callable[[], float | None] | None = None,
                 busy_signal: Callable[[], bool] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._clock = clock
        self._prefs = preferences
        self._events = data_events
        self._intents = intents
        self.bundled_exercises = load_exercises() if exercises is None else exercises
        self._exercises = self.bundled_exercises + self._own_exercises()
        self._boot = boot_clock
        self._awake = awake_clock or clock.monotonic
        self._idle = idle_seconds
        self._busy = busy_signal
        #: What this desktop tells (the Settings say it); see desktop_watch.py.
        self.desktop_signals = DesktopSignals(idle="yes" if idle_seconds is not None else None)
        #: True while the strict overlay covers the screens (set by it).
        self.covering = False
        self._turn = 0
        self._locked_since: float | None = None
        self._viewers = 0
        self._last_desk_save = -math.inf
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # Precise: a coarse timer may fire 5 % late (3 s on a minute).
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.poll)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self.machine: PacingMachine | None = None
        preferences.changed.connect(self._on_preference)
        data_events.changed.connect(self._on_data_changed)
        self._start_or_stop()

    # -- clocks -----------------------------------------------------------------
    def instant(self) -> Instant:
        """The clocks now, as the machine reads them."""
        return Instant(self._awake(), self._clock.now(), self._boot() if self._boot else None)

    # -- what the desktop tells (ui/pacing/idle.py, desktop_busy.py) --------------
    def set_idle_reader(self, read: Callable[[], float | None]) -> None:
        """Idle time found after start-up (Wayland's, over D-Bus)."""
        self._idle = read

    def set_busy_source(self, busy: Callable[[], object]) -> None:
        """The desktop's ``() -> BusyReason | None`` (full screen, Do Not
        Disturb), found after start-up; a reason is truthy, so it is read as
        the busy signal."""
        self._busy = busy

    def set_desktop_signals(self, signals: DesktopSignals) -> None:
        self.desktop_signals = signals
        self.signals_changed.emit(signals)

    # -- running ----------------------------------------------------------------
    def is_running(self) -> bool:
        """True while breaks are being timed (for close-to-tray)."""
        return self.machine is not None

    def _start_or_stop(self) -> None:
        if self._prefs.get(prefs.PACING_ENABLED) and self.machine is None:
            now = self.instant()
            today = pacing_store.desk_time(self._db, local_day(now.wall))
            # A restart the same day continues the total; intervals start afresh.
            # Days are keyed: a day the clock is set back into continues its stored total.
            self.machine = PacingMachine(config_from_preferences(self._prefs), now, desk_today_s=today,
                                         desk_on=lambda day: pacing_store.desk_time(self._db, day))
            self._last_desk_save = now.mono  # nothing new to write yet (no fsync at start-up)
            self._turn = len(pacing_store.breaks_for_day(self._db, local_day(now.wall)))
            self.poll()
        elif not self._prefs.get(prefs.PACING_ENABLED) and self.machine is not None:
            self.save_desk_time()
            self.machine = None
            self._timer.stop()
            self._ticker.stop()
            self.status_changed.emit(self.status())

    def _own_exercises(self) -> list[Exercise]:
        return own_store.own_exercises(self._db)

    def _on_data_changed(self, changes: Changes, _origin: object) -> None:
        if changes.touches(Area.EXERCISES):  # added or removed in Settings, or an import / restore
            self._exercises = self.bundled_exercises + self._own_exercises()
        if changes.touches(Area.EPISODES):
            self._spare_spasming_group()

    def _spare_spasming_group(self) -> None:
        """A spasm was just logged (often from "Spasm now"): if the exercise
        on screen moves a group it names, offer another one."""
        if self.machine is None:
            return
        status = self.machine.status(self.instant())
        current = next((e for e in self._exercises if e.id == status.exercise), None)
        if status.state != State.ON_BREAK or current is None or not current.muscles & self._spasming_today():
            return
        exercise = self._choose(status.break_kind or "recovery")
        self.machine.set_exercise(exercise.id if exercise else None)
        self.exercise_changed.emit(exercise)

    def _on_preference(self, key: str) -> None:
        if key == prefs.PACING_ENABLED.key:
            self._start_or_stop()
        elif key in CONFIG_KEYS and self.machine is not None:
            self._handle(self.machine.set_config(self.instant(), config_from_preferences(self._prefs)))

    def status(self) -> Status:
        if self.machine is None:
            return Status(State.OFF)
        return self.machine.status(self.instant())

    def poll(self) -> None:
        """Bring the machine up to now and re-arm the timer (the timer's slot)."""
        if self.machine is None:
            return
        now = self.instant()
        idle = self._idle() if self._idle is not None else None
        if self._locked_since is not None:
            # A locked screen is time away, however the OS idle clock sees it.
            idle = max(idle or 0.0, now.mono - self._locked_since)
        busy = self._read_busy()
        self._handle(self.machine.update(now, idle, busy))

    def _read_busy(self) -> bool:
        """Whether a fullscreen window or Do Not Disturb is on (best effort:
        a detector that fails counts as not busy, so breaks still come)."""
        if self._busy is None or self.covering:
            # The strict cover is a fullscreen window itself: never a reason to defer.
            return False
        try:
            return bool(self._busy())
        except Exception:  # an OS probe; never stop the timer for it
            log.exception("Could not tell whether a fullscreen window is on")
            return False

    def set_session_locked(self, locked: bool) -> None:
        """The screen was locked (True) or unlocked (False); the time locked
        counts as time away from the desk."""
        if locked and self._locked_since is None:
            self._locked_since = self._awake()
            self.poll()
        elif not locked and self._locked_since is not None:
            self.poll()  # credit the locked stretch before forgetting it
            self._locked_since = None

    def next_wakeup_ms(self) -> int | None:
        """Milliseconds until the armed timer fires (None when not armed)."""
        return self._timer.remainingTime() if self._timer.isActive() else None

    def _rearm(self) -> None:
        if self.machine is None:
            return
        now = self.instant()
        deadline = self.machine.next_deadline(now)
        self._timer.start(max(0, math.ceil((deadline - now.mono) * 1000)))
        self._update_ticker()

    # -- countdown on screen ----------------------------------------------------
    def watch(self, visible: bool) -> None:
        """A countdown became visible (True) or hidden (False); counted, so
        the panel and the tab can both watch. Ticks only while watched."""
        self._viewers = max(0, self._viewers + (1 if visible else -1))
        self._update_ticker()
        if visible:
            self.status_changed.emit(self.status())

    def _update_ticker(self) -> None:
        if self._viewers > 0 and self.machine is not None:
            if not self._ticker.isActive():
                self._ticker.start()
        else:
            self._ticker.stop()

    def ticking(self) -> bool:
        return self._ticker.isActive()

    def _tick(self) -> None:
        self.status_changed.emit(self.status())

    # -- what happened ------------------------------------------------------------
    def _handle(self, events) -> None:
        if self._events.maintenance.closed:  # the data file is being replaced: write once it is back
            self._events.maintenance.when_open(lambda: self._handle(events))
            return
        now = self.instant()
        changes = Changes()
        for event in events:
            if event.kind == EventKind.STARTED:
                exercise = self._choose(event.break_kind)
                self.machine.set_exercise(exercise.id if exercise else None)
                self.break_started.emit(event.break_kind, exercise)
            elif event.kind in (EventKind.ENDED, EventKind.NATURAL):
                changes |= self._record(event.entry, now)
            elif event.kind == EventKind.DAY_ENDED:
                pacing_ops.save_desk_time(self._db, event.day, event.desk_s, now.wall)
            elif event.kind == EventKind.NOTICE:
                self.notice.emit(event.break_kind)
            elif event.kind == EventKind.REMINDER:
                self.reminder.emit(event.reminder)
            elif event.kind == EventKind.LIMIT:
                self.limit_reached.emit()
        if not changes.empty or now.mono - self._last_desk_save >= DESK_SAVE_EVERY_S:
            self.save_desk_time()
        # Several breaks may end in one step (after a sleep): one announcement.
        announce(self._events, changes, origin=self)
        self._rearm()
        self.status_changed.emit(self.status())

    def _record(self, entry: BreakEntry, now: Instant) -> Changes:
        changes = pacing_ops.record_break(self._db, entry, now.wall)
        if entry.outcome in RESTED:
            # A break had is a change of position for today's routine.
            self._intents.routine_progress.emit(RoutineProgress(RoutineKind.POSITION_CHANGES, 1))
        if entry.outcome == "taken" and entry.kind == "movement" and entry.exercise in STRETCH_EXERCISES:
            # ... and a movement break with a stretch ticks a stretch of the routine.
            self._intents.routine_progress.emit(RoutineProgress(STRETCH, 1))
        self.break_ended.emit(entry)
        return changes

    def save_desk_time(self) -> None:
        """Write today's desk seconds (also called on quit)."""
        if self.machine is None:
            return
        if self._events.maintenance.closed:  # the data file is being replaced: write once it is back
            self._events.maintenance.when_open(self.save_desk_time)
            return
        now = self.instant()
        pacing_ops.save_desk_time(self._db, local_day(now.wall), round(self.machine.desk_today(now)), now.wall)
        self._last_desk_save = now.mono

    def _choose(self, kind: str) -> Exercise | None:
        self._turn += 1
        # Whatever is spasming now was not logged yet when "Spasm now" was
        # pressed; today's episodes still leave their groups out.
        return choose_exercise(self._exercises, kind, self._turn,
                               disabled=disabled_exercises(self._prefs),
                               avoid_muscles=self._spasming_today())

    def _spasming_today(self) -> frozenset[str]:
        """Muscle groups logged in today's episodes, left out of exercises."""
        try:
            from fibro_desktop.store.journal import episodes_between
        except ImportError:
            return frozenset()
        today: date = local_day(self._clock.now())
        try:
            return frozenset(muscle for episode in episodes_between(self._db, today, today)
                             for muscle, _side in episode.muscles)
        except Exception:  # the journal is another feature; never stop a break for it
            log.exception("Could not read today's episodes for the break exercise")
            return frozenset()

    # -- the person acts ------------------------------------------------------------
    def _act(self, method, *args) -> None:
        if self.machine is None:
            return
        self._handle(getattr(self.machine, method)(self.instant(), *args))

    def take_break_now(self, kind: str = "movement") -> None:
        self._act("take_break_now", kind)

    def skip(self) -> None:
        self._act("skip")

    def postpone(self) -> None:
        self._act("postpone")

    def did_it(self) -> None:
        self._act("did_it")

    def need_screen(self) -> None:
        """"I need my screen" from the strict overlay: the break is skipped."""
        self._act("need_screen")

    def spasm_now(self, note: str = "") -> None:
        """Start a recovery break (or turn this break into one) and open the
        journal's quick log. Works with the timer off too: nothing is timed
        then, but the quick log still opens."""
        self._act("spasm")
        self._intents.quick_log.emit(EpisodePrefill(source_note=note))

    def pause(self, seconds: float | None) -> None:
        """Pause for ``seconds``, or until tomorrow with ``None``."""
        self._act("pause", seconds)
        self.save_desk_time()

    def resume(self) -> None:
        self._act("resume")

    def water_logged(self) -> None:
        """A glass of water from the water reminder counts for the routine."""
        self._intents.routine_progress.emit(RoutineProgress(RoutineKind.WATER, 1))

    def play_break_audio(self) -> None:
        """The Relax session that suits the break on screen: the desk warm-up
        for a movement break, "Release only" for a recovery break."""
        kind = self.status().break_kind or "movement"
        self._intents.play_session.emit(PlaySession(BREAK_AUDIO.get(kind, BREAK_AUDIO["movement"])))
