"""The sleep timer's end is silent once its fade has reached silence
(issue 21), checked on what the null sink receives."""

from __future__ import annotations

import pytest

from tests.ui.relax.conftest import StreamRecorder, own_stream_index, window_levels_db

pytestmark = pytest.mark.audio


def test_nothing_is_heard_after_the_sleep_timer_fade_reaches_silence(relax_page, qtbot, clock, sink):
    with qtbot.waitSignal(relax_page.player.loaded, timeout=10_000):
        relax_page.play_session("pmr_short", ask=False)
    relax_page.player.seek(20_000)   # in the middle of the words
    qtbot.waitUntil(lambda: relax_page.player.position() > 21_000, timeout=10_000)
    qtbot.waitUntil(lambda: own_stream_index() is not None, timeout=5_000)
    index = own_stream_index()
    relax_page.sleep_timer.start_minutes(1)
    # The fade runs down to its last quarter second (1/240 of the volume),
    # and real time passes until the sink hears silence: the fade has
    # reached silence, as on a real night.
    clock.advance(60 - 0.25)
    relax_page.sleep_timer.tick()
    quiet = StreamRecorder(index)
    qtbot.waitUntil(lambda: quiet.recorded_ms() > 400 and _last_level_db(quiet) < -70, timeout=20_000)
    quiet.stop()
    recorder = StreamRecorder(index)
    clock.advance(0.25)               # the timer's end
    with qtbot.waitSignal(relax_page.sleep_timer.finished, timeout=5_000):
        relax_page.sleep_timer.tick()
    qtbot.waitUntil(lambda: relax_page.player.state() == "paused", timeout=5_000)
    # Give the sound server time to play anything still buffered: wait until
    # the recording holds a second and a half of what came after the end.
    qtbot.waitUntil(lambda: recorder.recorded_ms() > 1500, timeout=20_000)
    levels = window_levels_db(recorder.stop())
    assert max(levels) < -70, f"loudest 10 ms after the fade: {max(levels):.1f} dBFS"
    # Played again, the session is at its own volume.
    relax_page.player.play()
    assert relax_page.player.fade() == 1.0


def _last_level_db(recorder: StreamRecorder) -> float:
    """The level of the last 100 ms recorded so far."""
    return max(window_levels_db(recorder.peek(100)))
