"""Python's cyclic garbage collector, run only between events.

By default Python collects reference cycles whenever allocations cross a
threshold, which can be in the middle of a Qt call. If that collection
destroys a Qt object (say the context menu of a chart that was replaced)
while Qt holds a lock for the call that was running (a signal
``disconnect``), the destructor waits for that same lock and the app
freezes for good. This was seen here: the test suite hung in
``QObject::~QObject`` inside pyqtgraph's ``disconnect``.

:class:`IdleCollector` turns automatic collection off and checks the
collector's counters on a timer instead, from the event loop, where no Qt
lock is held; it collects the generations whose thresholds were crossed,
as Python itself would. Reference counting still frees everything that is
not in a cycle at once, as before.

The timer is adaptive (issue 17): every half second while a window of the
app is on screen or the app is active, where the person works and garbage
is made; while every window is hidden (the app waits in the tray), each
check that finds nothing to collect doubles the wait, up to a minute, so
the hidden app wakes about once a minute instead of twice a second. The app
getting the keyboard focus again brings the half-second checks back at once. Only the
schedule changes: collection still happens from the event loop, never
inside a Qt call.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

#: How often the counters are checked while a window is shown, in milliseconds.
CHECK_EVERY_MS = 500
#: The longest wait between checks while every window is hidden.
HIDDEN_MAX_MS = 60_000


def any_window_shown() -> bool:
    """True while a top-level window of the app is on screen (the main
    window, a dialog, the break panel)."""
    return any(window.isVisible() for window in QGuiApplication.topLevelWindows())


class IdleCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_EVERY_MS, *,
                 hidden_max_ms: int = HIDDEN_MAX_MS, shown: Callable[[], bool] = any_window_shown):
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._base_ms = interval_ms
        self._max_ms = max(interval_ms, hidden_max_ms)
        self._shown = shown
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer)
        self._timer.start()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            # Not applicationStateChanged: its Qt.ApplicationState argument
            # would build the whole Qt namespace before the first paint.
            app.focusWindowChanged.connect(self._on_focus_window)

    def interval_ms(self) -> int:
        """The wait before the next check."""
        return self._timer.interval()

    def check(self) -> int:
        """Collect the oldest generation whose threshold was crossed;
        returns the generation collected, or -1 when none was due."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return generation
        return -1

    def _on_timer(self) -> None:
        collected = self.check()
        if self._shown():
            self._set_interval(self._base_ms)
        elif collected < 0:  # hidden and nothing made: wait longer
            self._set_interval(min(self._max_ms, self._timer.interval() * 2))

    def _on_focus_window(self, window) -> None:
        if window is not None:  # the person came back to one of our windows
            self._set_interval(self._base_ms)

    def _set_interval(self, ms: int) -> None:
        if ms == self._timer.interval():
            return
        if self._timer.isActive():
            self._timer.start(ms)  # restarts the wait with the new interval
        else:
            self._timer.setInterval(ms)

    def stop(self) -> None:
        """Give collection back to Python (e.g. when the app quits)."""
        self._timer.stop()
        gc.enable()
