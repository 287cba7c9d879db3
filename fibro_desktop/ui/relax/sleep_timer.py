"""The sleep timer: fades the players out smoothly, then pauses them.

A QObject owning one QTimer; the plan maths is in
:mod:`fibro_desktop.core.relax.sleep_timer`, time comes from the injected clock.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from fibro_desktop.core.relax.sleep_timer import SleepPlan, plan_after_minutes, plan_at_session_end

TICK_MS = 250


class SleepTimer(QObject):
    """``start_minutes(n)`` or ``start_at_end(remaining_ms)``; ``cancel()``.

    While a plan runs, each tick sets the fade factor of every player in
    ``players``; at the end they are paused (so the session can resume),
    still silent, and their fade is restored when they next play (restoring
    it at once made the last buffered sound audible). Signals: ``changed()`` when the plan starts or
    ends, ``progress(seconds_left, fading)`` at each tick, ``finished()``
    after the players were paused.
    """

    changed = Signal()
    finished = Signal()
    #: Seconds left (float) and whether the fade has begun, at every tick.
    progress = Signal(float, bool)

    def __init__(self, clock, players, parent: QObject | None = None):
        super().__init__(parent)
        self._clock = clock
        self._players = list(players)
        self._plan: SleepPlan | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.tick)

    def start_minutes(self, minutes: float, fade_s: float = 60.0) -> None:
        self._begin(plan_after_minutes(self._clock.monotonic(), minutes, fade_s))

    def start_at_end(self, remaining_ms: int, fade_s: float = 60.0) -> None:
        self._begin(plan_at_session_end(self._clock.monotonic(), remaining_ms, fade_s))

    def _begin(self, plan: SleepPlan) -> None:
        self._plan = plan
        self._timer.start(TICK_MS)
        self.tick()
        self.changed.emit()

    def cancel(self) -> None:
        if self._plan is None:
            return
        self._plan = None
        self._timer.stop()
        for player in self._players:
            player.set_fade(1.0)
        self.changed.emit()

    def active(self) -> bool:
        return self._plan is not None

    def seconds_left(self) -> float:
        return 0.0 if self._plan is None else max(0.0, self._plan.stop_at_s - self._clock.monotonic())

    def fading(self) -> bool:
        return self._plan is not None and self._plan.factor(self._clock.monotonic()) < 1.0

    def tick(self) -> None:
        if self._plan is None:
            return
        now = self._clock.monotonic()
        factor = self._plan.factor(now)
        for player in self._players:
            player.set_fade(factor)
        self.progress.emit(max(0.0, self._plan.stop_at_s - now), factor < 1.0)
        if self._plan.done(now):
            for player in self._players:
                if player.state() == "playing":
                    player.pause()
                player.unfade_on_next_play()
            self._plan = None
            self._timer.stop()
            self.changed.emit()
            self.finished.emit()
