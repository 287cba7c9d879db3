"""Every shipped session is as loud as the others and never clips (issue 21):
integrated loudness -19 LUFS +-1, true peak at most -1.5 dBTP, mono 22.05 kHz.

The files are decoded the way the app plays them (Qt's FFmpeg backend); the
levels are measured with the generator's own BS.1770 code."""

from __future__ import annotations

import json

import numpy as np
import pytest

from fibro_desktop.resources import resource_path
from tests.packaging.helpers import load

AUDIO = resource_path("audio")
MANIFEST = json.loads((AUDIO / "manifest.json").read_text(encoding="utf-8"))
RATE = 22050


def decode(path, qtbot) -> np.ndarray:
    """The file as mono float samples at RATE, decoded by Qt."""
    from PySide6.QtCore import QUrl
    from PySide6.QtMultimedia import QAudioDecoder, QAudioFormat

    wanted = QAudioFormat()
    wanted.setSampleFormat(QAudioFormat.SampleFormat.Float)
    wanted.setChannelCount(1)
    wanted.setSampleRate(RATE)
    decoder = QAudioDecoder()
    decoder.setAudioFormat(wanted)
    decoder.setSource(QUrl.fromLocalFile(str(path)))
    parts: list[np.ndarray] = []

    def take() -> None:
        buffer = decoder.read()
        assert buffer.format().sampleRate() == RATE and buffer.format().channelCount() == 1
        parts.append(np.frombuffer(bytes(buffer.constData()), dtype=np.float32).copy())

    decoder.bufferReady.connect(take)
    with qtbot.waitSignal(decoder.finished, timeout=60_000):
        decoder.start()
    assert decoder.error() == QAudioDecoder.Error.NoError, decoder.errorString()
    return np.concatenate(parts).astype(np.float64)


@pytest.mark.parametrize("entry", MANIFEST["sessions"], ids=lambda e: e["id"])
def test_every_session_is_at_minus_19_lufs_without_clipping(entry, qtbot, qapp):
    levels = load("audio_levels.py")
    samples = decode(AUDIO / entry["file"], qtbot)
    assert abs(len(samples) / RATE * 1000 - entry["duration_ms"]) <= 500
    assert abs(levels.integrated_loudness(samples, RATE) - (-19.0)) <= 1.0
    assert levels.true_peak_db(samples, RATE) <= -1.5
