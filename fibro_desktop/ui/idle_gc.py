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
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the counters are checked, in milliseconds.
CHECK_EVERY_MS = 500


class IdleCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_EVERY_MS):
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> int:
        """Collect the oldest generation whose threshold was crossed;
        returns the generation collected, or -1 when none was due."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return generation
        return -1

    def stop(self) -> None:
        """Give collection back to Python (e.g. when the app quits)."""
        self._timer.stop()
        gc.enable()
