"""Reference cycles are collected by the event loop's timer, not by Python
at an arbitrary moment inside a Qt call."""

import gc
import weakref

from fibro_desktop.ui.idle_gc import IdleCollector


class Node:
    pass


def test_cycles_wait_for_the_check_and_are_then_collected(qapp):
    was_enabled = gc.isenabled()
    collector = IdleCollector(qapp, interval_ms=60_000)  # checked by hand here
    try:
        assert not gc.isenabled()
        node = Node()
        node.me = node  # a cycle: reference counting alone never frees it
        gone = weakref.ref(node)
        del node
        # Cross generation 0's threshold (live allocations count, freed ones don't).
        kept = [[] for _ in range(gc.get_threshold()[0] + 10)]
        assert gone() is not None  # nothing collected behind our back
        assert collector.check() >= 0
        del kept
        if gone() is not None:  # it had moved to an older generation
            gc.collect()
        assert gone() is None
    finally:
        collector.stop()
        if not was_enabled:
            gc.disable()  # the session's own collector keeps running


def test_hidden_the_checks_slow_down_to_once_a_minute_and_speed_up_when_shown(qapp):
    """Issue 17: hidden in the tray the app woke twice a second for the
    collector; now each empty check doubles the wait, up to a minute."""
    was_enabled = gc.isenabled()
    shown = [False]
    collector = IdleCollector(qapp, interval_ms=500, hidden_max_ms=60_000, shown=lambda: shown[0])
    try:
        collector._timer.stop()  # driven by hand: no waiting in tests
        collector._timer.setInterval(500)
        waits = []
        for _ in range(9):
            gc.collect()  # nothing left to collect: an empty check
            collector._on_timer()
            waits.append(collector.interval_ms())
        assert waits == [1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]
        shown[0] = True  # the window came back
        collector._on_timer()
        assert collector.interval_ms() == 500
        assert not gc.isenabled()  # only the schedule changed: never inside a Qt call
    finally:
        collector.stop()
        if not was_enabled:
            gc.disable()


def test_the_focus_coming_back_brings_the_half_second_checks_back(qapp, qtbot):
    was_enabled = gc.isenabled()
    collector = IdleCollector(qapp, interval_ms=500, shown=lambda: False)
    try:
        collector._timer.setInterval(60_000)
        collector._on_focus_window(None)  # focus left the app: no change
        assert collector.interval_ms() == 60_000
        from PySide6.QtGui import QWindow

        window = QWindow()
        collector._on_focus_window(window)
        assert collector.interval_ms() == 500
    finally:
        collector.stop()
        if not was_enabled:
            gc.disable()
