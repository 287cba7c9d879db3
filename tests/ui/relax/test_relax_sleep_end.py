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
    clock.advance(60)                 # the fade has reached silence
    relax_page.sleep_timer.tick()
    recorder = StreamRecorder(index)
    qtbot.waitUntil(lambda: relax_page.player.state() == "paused", timeout=5_000)
    # Give the sound server time to play anything still buffered: wait until
    # the recording holds a second of what came after the pause.
    qtbot.waitUntil(lambda: relax_page.player.state() == "paused" and recorder.recorded_ms() > 1500,
                    timeout=20_000)
    levels = window_levels_db(recorder.stop())
    assert max(levels) < -70, f"loudest 10 ms after the fade: {max(levels):.1f} dBFS"
    # Played again, the session is at its own volume.
    relax_page.player.play()
    assert relax_page.player.fade() == 1.0

