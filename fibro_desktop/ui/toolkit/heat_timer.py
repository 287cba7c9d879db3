"""The heat timer: a countdown (about 15 minutes) with a gentle end signal.

It measures on the injected clock's monotonic time, so a wall-clock change
never ends it early, and a test can move time by hand. A QTimer only asks
"how much is left?" every ``tick_ms``; it does not count by itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from fibro_desktop.core.toolkit.rescue import HEAT_SECONDS, HeatTimerState


class HeatTimer(QObject):
    """Emits ``remaining_changed(seconds)`` while running and ``finished()``
    once at the end. ``tick_ms`` is how often it looks (1 s by default)."""

    remaining_changed = Signal(float)
    finished = Signal()

    def __init__(self, clock, parent: QObject | None = None, *, tick_ms: int = 1000):
        super().__init__(parent)
        self._clock = clock
        self.state = HeatTimerState()
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)

    @property
    def running(self) -> bool:
        return self.state.running

    def start(self, seconds: float = HEAT_SECONDS) -> None:
        self.state.start(self._clock.monotonic(), seconds)
        self._timer.start()
        self.remaining_changed.emit(self.remaining())

    def stop(self) -> None:
        self.state.stop()
        self._timer.stop()

    def remaining(self) -> float:
        return self.state.remaining(self._clock.monotonic())

    def tick(self) -> None:
        if not self.state.running:
            return
        if self.state.finished(self._clock.monotonic()):
            self.stop()
            self.remaining_changed.emit(0.0)
            self.finished.emit()
        else:
            self.remaining_changed.emit(self.remaining())
