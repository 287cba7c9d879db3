"""Writing the app's sounds as mono Ogg Vorbis, shared by the generators
(``make_voice_audio.py``, ``make_ambient_loops.py``)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import soundfile

#: libsndfile's Vorbis encoder crashes on very large writes: it is fed blocks.
BLOCK = 8192


def write_ogg(samples: np.ndarray, rate: int, out: Path, title: str, quality: float) -> None:
    """Mono Ogg Vorbis through libsndfile at ``quality`` (0-1), with title and artist tags."""
    data = np.ascontiguousarray(samples, dtype=np.float32)
    with soundfile.SoundFile(out, "w", rate, 1, format="OGG", subtype="VORBIS", compression_level=quality) as sink:
        sink.title = title
        sink.artist = "Fibro Desktop"
        for start in range(0, len(data), BLOCK):
            sink.write(data[start:start + BLOCK])
