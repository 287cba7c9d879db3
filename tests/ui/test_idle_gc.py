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
