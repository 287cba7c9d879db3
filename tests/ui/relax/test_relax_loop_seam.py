"""The ambient loops repeat without a seam (issue 21).

The old loops faded out and in over 50 ms at their ends, heard as a dip of
about 35 dB every 90 s. Checked twice: on the files as Qt decodes them (the
end joins the start), and on what the null sink receives while the player
loops (Qt's gapless looping, ``QMediaPlayer.Loops.Infinite``).
"""

from __future__ import annotations

import statistics

import numpy as np
import pytest

from tests.ui.relax.conftest import StreamRecorder, own_stream_index, window_levels_db
from tests.ui.relax.test_relax_levels import AUDIO, RATE, decode

# Rain is steady pink noise: no 10 ms window of it falls 6 dB below its
# neighbours. Brown noise is deep (most of it below 150 Hz, one or two
# periods per window), so single windows of it naturally fall up to about
# 11 dB below their neighbours anywhere in the loop; the old seam fell 27 dB.
ALLOWED_DB = {"rain": 6.0, "brown": 12.0}
UNDERRUN_DB = -100.0
"""Exact digital silence: the stream ran dry (a busy machine), not the file."""


def dips(levels: list[float], allowed_db: float, around: int = 10) -> list[tuple[int, float]]:
    """Windows more than ``allowed_db`` below the median of their ``around``
    neighbours on each side. Windows of digital silence and their edges are
    left out: they are the sound server running dry, which a fade in the file
    cannot produce."""
    silent = {i for i, level in enumerate(levels) if level <= UNDERRUN_DB}
    found = []
    for i in range(around, len(levels) - around):
        if {i - 1, i, i + 1} & silent:
            continue
        neighbours = [v for v in levels[i - around:i] + levels[i + 1:i + 1 + around] if v > UNDERRUN_DB]
        drop = statistics.median(neighbours) - levels[i]
        if drop > allowed_db:
            found.append((i, round(drop, 1)))
    return found


@pytest.mark.parametrize("kind", ["rain", "brown"])
def test_the_end_of_each_loop_file_joins_its_start(kind, qtbot, qapp):
    samples = decode(AUDIO / f"ambient_{kind}.ogg", qtbot)
    across = np.concatenate([samples[-RATE:], samples[:RATE]])   # a second either side of the seam
    window = RATE // 100
    count = len(across) // window
    rms = np.sqrt(np.mean(across[:count * window].reshape(count, window) ** 2, axis=1))
    levels = list(20 * np.log10(np.maximum(rms, 1e-6)))
    assert dips(levels, ALLOWED_DB[kind]) == []


@pytest.mark.audio
@pytest.mark.parametrize("kind", ["rain", "brown"])
def test_the_ambient_loop_has_no_dip_at_its_seam(relax_page, qtbot, sink, kind):
    player = relax_page.ambient_player
    box = relax_page.ambient_box
    box.volume.setValue(100)
    box.combo.setCurrentIndex(box.combo.findData(kind))
    qtbot.waitUntil(lambda: player.position() > 300, timeout=10_000)
    duration = player.duration()
    player.seek(duration - 2500)
    qtbot.waitUntil(lambda: duration - 2000 < player.position() < duration, timeout=10_000)
    qtbot.waitUntil(lambda: own_stream_index() is not None, timeout=5_000)
    recorder = StreamRecorder(own_stream_index())
    # Past the seam (the loop started again) and far enough for the sound server to play it.
    qtbot.waitUntil(lambda: 1500 < player.position() < 10_000, timeout=20_000)
    levels = window_levels_db(recorder.stop())[5:]   # the recorder's first moments aside
    assert len(levels) > 200, "the recording should span the seam"
    assert statistics.median(levels) > -40, "the loop should be heard"
    assert dips(levels, ALLOWED_DB[kind]) == []
