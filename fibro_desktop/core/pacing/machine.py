"""The pacing state machine: pure, with no clock of its own.

The caller passes the current :class:`Instant` to every method; the machine
answers with the :class:`Event` list that happened and, through
:meth:`PacingMachine.next_deadline`, the monotonic moment it next needs to be
asked. The Qt side arms one single-shot timer for that moment (no polling).

Time model:

* Desk time is measured only with monotonic differences, so a wall-clock
  change (by hand, daylight saving, a new time zone) never moves a deadline.
* Each call compares how far the clocks moved since the previous one. Time
  the machine spent suspended is rest: it is ``boot`` minus ``mono`` progress
  when the platform gives a clock that counts suspend (Linux
  ``CLOCK_BOOTTIME``), otherwise wall minus ``mono`` progress (a manual clock
  change forward is then mistaken for a suspend; documented in docs/pacing.md).
* A rest at least as long as a break counts as that break (``natural``) and
  restarts its interval; a shorter one leaves the countdown where it was.

All counters are "desk seconds since the last break of this kind", kept as a
carried amount plus the open working segment (``mono - segment_start``), so
nothing is accumulated tick by tick and there is no drift.

Honest outcomes: during a break every ``idle_s`` reading says since when
the person has been away from keyboard and mouse; the union of those
stretches inside the break is its time away. A break left to run is
``taken`` when at least :data:`MOSTLY` of it was away, else ``missed``.
While ``busy`` (a fullscreen window, Do Not Disturb) breaks, notices and
reminders wait; a break on screen when it begins ends as ``deferred`` and
comes back, after a notice, when it ends.

Days: desk seconds are kept per local day (``_days``), and a day this
machine has not counted yet starts from ``desk_on(day)`` (the store's
figure), so setting the clock back into an earlier day continues that day's
total instead of starting it again from zero.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from fibro_desktop.core.instants import local_day
from fibro_desktop.core.pacing.config import PacingConfig
from fibro_desktop.core.pacing.on_screen import MOSTLY, OnScreenBreak, Tier
from fibro_desktop.core.pacing.record import BreakEntry, BreakKind, Outcome
from fibro_desktop.core.pacing.types import Event, EventKind, Instant, State, Status

__all__ = ["MOSTLY", "Event", "Instant", "PacingMachine", "State", "Status"]

#: Below this, a wall/boot clock running ahead of the monotonic one is timer
#: jitter, not a suspend (seconds).
SLEEP_TOLERANCE_S = 2.0
#: A micro-break that comes due this close to a movement break is folded into
#: the movement break (desk seconds), so two breaks never come back to back.
MERGE_WINDOW_S = 60
#: A natural break is only recorded when at least this much desk time had
#: built up since the last break (otherwise nothing was owed).
MIN_DESK_FOR_NATURAL_S = 60
#: The driver asks at least this often (seconds), to notice suspends and
#: wall-clock changes even when the next deadline is far away.
MAX_SLEEP_S = 60.0
#: During a break with idle readings, the driver asks at least this often (s),
#: so typing through it is seen.
BREAK_SAMPLE_S = 5.0
#: While a break or reminder waits for a fullscreen window or Do Not Disturb
#: to end, the driver asks this often (s).
BUSY_POLL_S = 10.0
#: A reminder due this close to a break (desk seconds) is folded into its panel.
FOLD_WINDOW_S = 60.0
_REMINDERS = ("water", "posture")


@dataclass
class PacingMachine:
    """Pacing for one person; see the module docstring for the time model.

    ``desk_today_s`` lets a restart on the same day continue the day's total.
    A restart starts every interval afresh (no break storm after a restart).
    """

    config: PacingConfig
    now: Instant
    desk_today_s: float = 0.0
    desk_on: Callable[[date], float] | None = None
    _state: State = field(init=False, default=State.WORKING)
    _last: Instant = field(init=False)
    _segment_start: float | None = field(init=False, default=None)
    _counters: dict[str, Tier] = field(init=False, default_factory=dict)
    _break: OnScreenBreak | None = field(init=False, default=None)
    _pause_until_mono: float | None = field(init=False, default=None)
    _pause_until_day: date | None = field(init=False, default=None)
    _pause_started: float = field(init=False, default=0.0)
    _off_since: float = field(init=False, default=0.0)
    _day: date = field(init=False)
    _day_desk: float = field(init=False, default=0.0)
    _limit_waived: date | None = field(init=False, default=None)
    _days: dict[date, float] = field(init=False, default_factory=dict)
    _busy: bool = field(init=False, default=False)
    _holding: bool = field(init=False, default=False)  # busy, and breaks wait for it

    def __post_init__(self) -> None:
        self._last = self.now
        self._day = local_day(self.now.wall)
        self._day_desk = float(self.desk_today_s)
        for kind in ("micro", "movement", "water", "posture"):
            self._counters[kind] = Tier(due_at=self.config.interval(kind))
        self._segment_start = self.now.mono
        self._state = State.WORKING

    # -- reading ------------------------------------------------------------
    @property
    def state(self) -> State:
        return self._state

    def elapsed(self, kind: str, now: Instant) -> float:
        """Desk seconds since the last break (or reminder) of ``kind``."""
        open_part = now.mono - self._segment_start if self._segment_start is not None else 0.0
        return self._counters[kind].carried + max(0.0, open_part)

    def desk_today(self, now: Instant) -> float:
        """Desk seconds of the current local day so far."""
        open_part = now.mono - self._segment_start if self._segment_start is not None else 0.0
        return self._day_desk + max(0.0, open_part)

    def status(self, now: Instant) -> Status:
        """A snapshot for display; does not change the machine."""
        if self._break is not None:
            b = self._break
            left = max(0.0, b.end_mono - now.mono)
            can_postpone = b.kind != "recovery" and (
                self.config.max_postpones == 0 or b.postpones < self.config.max_postpones)
            return Status(self._state, b.kind, left, b.length_s, b.exercise, None, None,
                          self.desk_today(now), not self.config.strict and b.kind != "recovery",
                          can_postpone, can_confirm=self._can_confirm(now), reminders=b.reminders)
        upcoming = self._next_break(now)
        next_kind, next_in = upcoming if upcoming is not None else (None, None)
        paused_until = None
        if self._state == State.PAUSED:
            if self._pause_until_mono is not None:
                paused_until = now.wall + timedelta(seconds=self._pause_until_mono - now.mono)
            elif self._pause_until_day is not None:
                paused_until = datetime.combine(self._pause_until_day, datetime.min.time(), now.wall.tzinfo)
        waiting = self._holding and self._state == State.WORKING and any(
            self._counters[k].waited for k in ("micro", "movement"))
        return Status(self._state, None, 0.0, 0.0, None, next_kind, next_in, self.desk_today(now),
                      not self.config.strict, True, paused_until, waiting=waiting)

    def _can_confirm(self, now: Instant) -> bool:
        return self._break is not None and self._break.can_confirm(now.mono)

    def _next_break(self, now: Instant) -> tuple[str, float] | None:
        """The next break kind and the desk seconds until it (None if none)."""
        best: tuple[str, float] | None = None
        for kind in ("movement", "micro"):
            if self.config.interval(kind) <= 0:
                continue
            left = max(0.0, self._counters[kind].due_at - self.elapsed(kind, now))
            # A micro-break that falls due shortly before the movement break
            # waits for it (at most a quarter of its own interval).
            merge = min(MERGE_WINDOW_S, self.config.micro_every_s / 4) if kind == "micro" else 0
            if best is None or left < best[1] - merge:
                best = (kind, left)
        return best

    def next_deadline(self, now: Instant) -> float | None:
        """Monotonic moment of the next thing to do (capped at
        :data:`MAX_SLEEP_S` ahead, so suspends and clock changes are noticed)."""
        candidates = [now.mono + MAX_SLEEP_S]
        if self._state == State.ON_BREAK and self._break is not None:
            candidates.append(self._break.end_mono)
            if self._break.sampled:
                candidates.append(now.mono + BREAK_SAMPLE_S)
        if self._state == State.PAUSED and self._pause_until_mono is not None:
            candidates.append(self._pause_until_mono)
        if self._state == State.WORKING and self._holding:
            candidates.append(now.mono + BUSY_POLL_S)  # to notice the end of it
        elif self._state == State.WORKING:
            for kind in _REMINDERS:
                left = self._counters[kind].due_at - self.elapsed(kind, now)
                # One already due waits for the break it is folded into.
                if self.config.interval(kind) > 0 and left > 0:
                    candidates.append(now.mono + left)
            upcoming = self._next_break(now)
            if upcoming is not None:
                kind, left = upcoming
                counter = self._counters[kind]
                if counter.start_at is not None:
                    candidates.append(counter.start_at)
                else:
                    candidates.append(now.mono + left)
                if not counter.noticed and self.config.notice_s > 0:
                    candidates.append(now.mono + left - self.config.notice_s)
            if self.config.daily_limit_s and self._limit_waived != local_day(now.wall):
                candidates.append(now.mono + self.config.daily_limit_s - self.desk_today(now))
        # Wall-based moments: midnight and work-hour changes, re-derived every call.
        midnight = datetime.combine(local_day(now.wall) + timedelta(days=1), datetime.min.time(), now.wall.tzinfo)
        candidates.append(now.mono + (midnight - now.wall).total_seconds())
        if self.config.work_hours is not None:
            change = self.config.work_hours.next_change(now.wall)
            candidates.append(now.mono + (change - now.wall).total_seconds())
        return max(now.mono, min(candidates))

    # -- the clock moves ------------------------------------------------------
    def update(self, now: Instant, idle_s: float | None = None, busy: bool | None = None) -> list[Event]:
        """Bring the machine to ``now``. ``idle_s``: seconds since the last
        keyboard/mouse input, where the platform can tell (else ``None``);
        ``busy``: whether a fullscreen window or Do Not Disturb is on
        (``None``: as at the previous reading)."""
        events: list[Event] = []
        slept = self._slept(now)
        events += self._roll_day(now)
        if slept > 0:
            events += self._rest(now, slept, fresh=True)
        if idle_s is not None:
            if self._state == State.ON_BREAK and self._break is not None:
                self._break.sample(now.mono, idle_s)
            events += self._idle(now, idle_s)
        if busy is not None:
            self._busy = busy
        events += self._follow_busy(now)
        events += self._evaluate(now)
        if idle_s is not None and self._break is not None:
            self._break.sampled = True  # started with readings: ask often (BREAK_SAMPLE_S)
        self._last = now
        return events

    def _follow_busy(self, now: Instant) -> list[Event]:
        """Follow the busy signal: a break on screen when it begins is deferred
        (a recovery break never is); when it ends, held breaks come back."""
        holding = self._busy and not self.config.keep_breaks_when_busy
        events: list[Event] = []
        if holding and self._break is not None and self._break.kind != "recovery" and not self._break.asked:
            kind, due = self._break.kind, self._break.due
            events += self._end_break(now, "deferred")
            counter = self._counters[BreakKind.MOVEMENT if kind == BreakKind.MOVEMENT else BreakKind.MICRO]
            counter.waited = True
            counter.first_due = counter.first_due or due
        if self._holding and not holding:
            for kind in ("micro", "movement"):
                counter = self._counters[kind]
                if counter.waited:
                    counter.noticed = False  # a notice first, then the break
        self._holding = holding
        return events

    def _slept(self, now: Instant) -> float:
        mono_step = now.mono - self._last.mono
        if now.boot is not None and self._last.boot is not None:
            gap = (now.boot - self._last.boot) - mono_step
        else:
            gap = (now.wall - self._last.wall).total_seconds() - mono_step
        return gap if gap > SLEEP_TOLERANCE_S else 0.0

    def _roll_day(self, now: Instant) -> list[Event]:
        today = local_day(now.wall)
        if today == self._day:
            return []
        if self._segment_start is not None:
            if today > self._day:
                # Split the open segment at local midnight (estimated on the
                # monotonic scale, after the previous reading) so each day
                # gets its own desk time.
                midnight = datetime.combine(today, datetime.min.time(), now.wall.tzinfo)
                midnight_mono = now.mono - max(0.0, (now.wall - midnight).total_seconds())
                cut = min(max(midnight_mono, self._last.mono, self._segment_start), now.mono)
            else:
                cut = now.mono  # the clock was set back: that time was spent in the later day
            self._close_segment(cut)
            self._segment_start = cut
        event = Event(EventKind.DAY_ENDED, now.wall, desk_s=round(self._day_desk), day=self._day)
        # Days are keyed: coming back to a day (the clock set back) continues
        # its total, from this run or from the store, never from zero.
        self._days[self._day] = self._day_desk
        self._day = today
        if today in self._days:
            self._day_desk = self._days[today]
        else:
            self._day_desk = float(self.desk_on(today)) if self.desk_on is not None else 0.0
        return [event]

    def _close_segment(self, at_mono: float) -> None:
        """Move the open segment's desk time into the carried counters."""
        if self._segment_start is None:
            return
        span = max(0.0, at_mono - self._segment_start)
        for counter in self._counters.values():
            counter.carried += span
        self._day_desk += span
        self._segment_start = None

    def _reset(self, kind: str) -> None:
        self._counters[kind].reset(self.config.interval(kind))

    def _restart_segment(self, now: Instant) -> None:
        self._close_segment(now.mono)
        self._segment_start = now.mono

    def _rest(self, now: Instant, rest_s: float, *, fresh: bool) -> list[Event]:
        """Credit ``rest_s`` seconds away from the desk ending at ``now``."""
        cfg = self.config
        if self._state == State.ON_BREAK and self._break is not None:
            left = self._break.end_mono - now.mono
            if rest_s >= left:
                return self._end_break(now, "taken")  # asleep or away: had
            return []
        if self._state != State.WORKING:
            return []
        kinds = []
        if cfg.movement_on and rest_s >= cfg.movement_length_s:
            kinds = ["movement", "micro"]
        elif cfg.micro_on and rest_s >= cfg.micro_length_s:
            kinds = ["micro"]
        if not kinds:
            return []
        self._restart_segment(now)
        owed = self._counters[kinds[0]].carried >= min(MIN_DESK_FOR_NATURAL_S, cfg.interval(kinds[0]) / 2)
        for kind in kinds:
            self._reset(kind)
        if not owed or not fresh:
            return []
        start = now.wall - timedelta(seconds=rest_s)
        entry = BreakEntry(BreakKind(kinds[0]), Outcome.NATURAL, due=start, started=start, ended=now.wall,
                           duration_s=round(rest_s))
        return [Event(EventKind.NATURAL, now.wall, kinds[0], entry)]

    def _idle(self, now: Instant, idle_s: float) -> list[Event]:
        """Credit time without input as rest; each idle stretch counts once
        per tier, however often it is reported."""
        if self._state != State.WORKING or idle_s < self.config.shortest_rest() or idle_s <= 0:
            return []
        start = now.mono - idle_s
        if self._segment_start is not None and self._segment_start < start:
            # Desk time ran until the input stopped; the idle part is not desk time.
            self._close_segment(start)
        self._segment_start = now.mono
        # Reported again for the same stretch, the counters are already at
        # zero, so no second natural break is recorded; a stretch that grows
        # past a movement break's length upgrades the credit once.
        return self._rest(now, idle_s, fresh=True)

    def _evaluate(self, now: Instant) -> list[Event]:
        events: list[Event] = []
        cfg = self.config
        if self._state == State.PAUSED and self._pause_over(now):
            events += self._resume(now)
        inside = cfg.work_hours is None or cfg.work_hours.contains(now.wall)
        if self._state == State.OUTSIDE_HOURS and inside:
            events += self._come_back(now, now.mono - self._off_since)
        if self._state == State.LIMIT_REACHED and not self._limit_hit(now):
            events += self._come_back(now, now.mono - self._off_since)
        if self._state == State.ON_BREAK and self._break is not None:
            if now.mono >= self._break.end_mono:
                events += self._end_break(now, self._break.judge())
        if self._state == State.WORKING and not inside:
            self._leave(now, State.OUTSIDE_HOURS)
        if self._state == State.WORKING and self._limit_hit(now):
            self._leave(now, State.LIMIT_REACHED)
            events.append(Event(EventKind.LIMIT, now.wall))
        if self._state == State.WORKING:
            events += self._working(now)
        return events

    def _limit_hit(self, now: Instant) -> bool:
        limit = self.config.daily_limit_s
        return bool(limit) and self._limit_waived != local_day(now.wall) and self.desk_today(now) >= limit

    def _leave(self, now: Instant, state: State) -> None:
        self._close_segment(now.mono)
        self._state = state
        self._off_since = now.mono

    def _come_back(self, now: Instant, away_s: float) -> list[Event]:
        """Back to work after time off the desk, which counts as rest."""
        self._state = State.WORKING
        self._segment_start = now.mono
        return self._rest(now, away_s, fresh=False)

    def _working(self, now: Instant) -> list[Event]:
        events: list[Event] = []
        upcoming = self._next_break(now)
        if self._holding:
            # A fullscreen window or Do Not Disturb: breaks, notices and
            # reminders wait; a break that falls due is marked to come back.
            if upcoming is not None and upcoming[1] <= self.config.notice_s:
                counter = self._counters[upcoming[0]]
                counter.waited = True
                if upcoming[1] <= 0 and counter.first_due is None:
                    counter.first_due = now.wall - timedelta(
                        seconds=self.elapsed(upcoming[0], now) - counter.due_at)
            return events
        # A reminder due with a break in sight waits for it and is folded in.
        break_near = upcoming is not None and upcoming[1] <= FOLD_WINDOW_S
        for kind in _REMINDERS:
            if (not break_near and self.config.interval(kind) > 0
                    and self.elapsed(kind, now) >= self._counters[kind].due_at):
                self._restart_segment(now)
                self._reset(kind)
                events.append(Event(EventKind.REMINDER, now.wall, reminder=kind))
        if upcoming is None:
            return events
        kind, left = upcoming
        counter = self._counters[kind]
        if left <= 0 and counter.waited and not counter.noticed and self.config.notice_s > 0:
            # Back from a fullscreen window: a few seconds' notice first.
            counter.noticed = True
            counter.start_at = now.mono + self.config.notice_s
            events.append(Event(EventKind.NOTICE, now.wall, kind))
        elif left <= 0 and (counter.start_at is None or now.mono >= counter.start_at):
            due = counter.first_due or now.wall - timedelta(seconds=self.elapsed(kind, now) - counter.due_at)
            events.append(Event(EventKind.DUE, now.wall, kind))
            events += self._start_break(now, kind, due)
        elif 0 < left <= self.config.notice_s and not counter.noticed:
            counter.noticed = True
            events.append(Event(EventKind.NOTICE, now.wall, kind))
        return events

    def _start_break(self, now: Instant, kind: str, due: datetime) -> list[Event]:
        self._close_segment(now.mono)
        counter = self._counters.get(kind)
        postpones = counter.postpones if counter is not None else 0
        if counter is not None:
            counter.waited, counter.start_at, counter.first_due = False, None, None
        folded: list[str] = []
        if kind != "recovery":
            for reminder in _REMINDERS:
                r = self._counters[reminder]
                if self.config.interval(reminder) > 0 and r.due_at - r.carried <= FOLD_WINDOW_S:
                    self._reset(reminder)
                    folded.append(reminder)
        self._break = OnScreenBreak(kind, due, now.wall, now.mono, float(self.config.length(kind)), postpones,
                             reminders=tuple(folded), covered_to=now.mono)
        self._state = State.ON_BREAK
        return [Event(EventKind.STARTED, now.wall, kind)]

    def _end_break(self, now: Instant, outcome: str, did_it: bool = False) -> list[Event]:
        b = self._break
        assert b is not None
        entry = b.record(now.wall, now.mono, outcome, did_it)
        if outcome in ("taken", "natural", "skipped", "missed"):
            # A skipped break restarts its interval too (otherwise it would
            # come straight back); a movement break also covers the micro one.
            for kind in (("movement", "micro") if b.kind in ("movement", "recovery") else ("micro",)):
                self._reset(kind)
        elif outcome == Outcome.POSTPONED:
            self._counters[b.kind].postpones = b.postpones + 1
            for kind in ("micro", "movement"):
                # Push every tier that would fall due inside the postponement,
                # so putting one break off never brings the other one at once.
                counter = self._counters[kind]
                if kind == b.kind or counter.due_at - counter.carried < self.config.postpone_s:
                    counter.due_at = counter.carried + self.config.postpone_s
                    counter.noticed = False
        self._break = None
        self._state = State.WORKING
        self._segment_start = now.mono
        return [Event(EventKind.ENDED, now.wall, b.kind, entry)]

    # -- the person acts ------------------------------------------------------
    def set_exercise(self, exercise_id: str | None) -> None:
        """Name the exercise shown for the current break (kept in its record)."""
        if self._break is not None:
            self._break.exercise = exercise_id

    def take_break_now(self, now: Instant, kind: str = "movement") -> list[Event]:
        """Start a break early (from the tray or the tab)."""
        events = self.update(now)
        if self._state == State.ON_BREAK:
            return events
        self._state = State.WORKING
        self._segment_start = self._segment_start if self._segment_start is not None else now.mono
        events += self._start_break(now, kind, now.wall)
        if self._break is not None:
            self._break.asked = True  # asked for, even over a fullscreen window
        return events

    def skip(self, now: Instant) -> list[Event]:
        """End the break unused; refused (no events) in strict mode."""
        events = self.update(now)
        if self._break is None or self.config.strict or self._break.kind == "recovery":
            return events
        return events + self._end_break(now, "skipped")

    def postpone(self, now: Instant) -> list[Event]:
        """Put the break off by ``postpone_s`` desk seconds, within the limit."""
        events = self.update(now)
        if self._break is None or not self.status(now).can_postpone:
            return events
        return events + self._end_break(now, "postponed")

    def did_it(self, now: Instant) -> list[Event]:
        """"I did it": the break was had, even if the countdown still runs.
        Counts only after most of it (:data:`MOSTLY`); earlier it is refused
        (no events) and the break goes on."""
        events = self.update(now)
        if self._break is None or not self._can_confirm(now):
            return events
        return events + self._end_break(now, "taken", did_it=True)

    def need_screen(self, now: Instant) -> list[Event]:
        """"I need my screen" (strict mode's way out): the break ends as
        skipped, strict or not."""
        events = self.update(now)
        if self._break is None:
            return events
        return events + self._end_break(now, "skipped")

    def spasm(self, now: Instant) -> list[Event]:
        """"Spasm now": turn the current break, or the work, into a recovery
        break of ``recovery_length_s``; desk time stops meanwhile."""
        events = self.update(now)
        if self._state in (State.PAUSED, State.OUTSIDE_HOURS, State.LIMIT_REACHED):
            self._state = State.WORKING
        if self._break is not None:
            self._break = replace(self._break, kind="recovery", started_mono=now.mono,
                                  length_s=float(self.config.recovery_length_s), covered_to=now.mono)
            return events + [Event(EventKind.STARTED, now.wall, "recovery")]
        return events + self._start_break(now, "recovery", now.wall)

    def pause(self, now: Instant, seconds: float | None = None) -> list[Event]:
        """Pause breaks for ``seconds`` (monotonic), or until the next local
        day when ``None``. A break on screen is recorded as skipped."""
        events = self.update(now)
        if self._break is not None:
            events += self._end_break(now, "skipped")
        self._leave(now, State.PAUSED)
        self._pause_started = now.mono
        self._pause_until_mono = now.mono + seconds if seconds is not None else None
        self._pause_until_day = None if seconds is not None else local_day(now.wall) + timedelta(days=1)
        return events + [Event(EventKind.PAUSED, now.wall)]

    def resume(self, now: Instant) -> list[Event]:
        """Resume after a pause, or keep working past today's desk limit."""
        events = self.update(now)
        if self._state == State.LIMIT_REACHED:
            self._limit_waived = local_day(now.wall)
            return events + self._come_back(now, now.mono - self._off_since) + [Event(EventKind.RESUMED, now.wall)]
        if self._state == State.PAUSED:
            return events + self._resume(now)
        return events

    def _pause_over(self, now: Instant) -> bool:
        if self._pause_until_mono is not None:
            return now.mono >= self._pause_until_mono
        return self._pause_until_day is not None and local_day(now.wall) >= self._pause_until_day

    def _resume(self, now: Instant) -> list[Event]:
        away = now.mono - self._pause_started
        self._pause_until_mono = self._pause_until_day = None
        return self._come_back(now, away) + [Event(EventKind.RESUMED, now.wall)]

    def set_config(self, now: Instant, config: PacingConfig) -> list[Event]:
        """Apply new settings; desk time already counted is kept."""
        events = self.update(now)
        self.config = config
        for kind, counter in self._counters.items():
            if counter.postpones == 0:
                counter.due_at = config.interval(kind)
        return events + self.update(now)
