#!/usr/bin/env python3
"""Render the two ambient loops (``resources/audio/ambient_brown.ogg`` and
``ambient_rain.ogg``) so that the end joins the start without a seam.

The player repeats a loop with Qt's gapless looping; the old loops (made by
``make_audio.py`` with SoX) faded out and in over 50 ms at their ends, which
was heard as a dip every 90 s (issue 21: about 35 dB for 40 ms; 10 ms windows
of the decoded files fell 27-28 dB). Here the last
``CROSSFADE_S`` of a longer noise render are blended (equal power) into the
first, so the sample after the last one is, in effect, the first one: no fade,
no click. The rain's slow swell repeats a whole number of times per loop.

Build-time only, like the voice generator; it needs numpy, scipy and
soundfile (the ``voice`` extra), in its own virtual environment::

    /tmp/voice-venv/bin/python packaging/make_ambient_loops.py

It rewrites the loops and their manifest entries (size, checksum, length).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import numpy as np
import soundfile
from scipy import signal

sys.path.insert(0, str(Path(__file__).resolve().parent))
from vorbis import write_ogg  # noqa: E402

AUDIO_DIR = Path(__file__).resolve().parent.parent / "resources" / "audio"
RATE = 22050
SECONDS = 90
CROSSFADE_S = 2.0
"""Long enough that the blend of two noises is not heard as a change."""
WARM_UP_S = 5.0
"""Filters settle on noise that is thrown away."""
LEVEL_DBFS = -21.0
"""RMS level, as the old loops (they sit under the voice at the ambient slider's level)."""
SWELLS_PER_LOOP = 14
"""The rain rises and falls gently 14 times a loop (about every 6.4 s)."""
SWELL_DEPTH = 0.2
VORBIS_QUALITY = 0.6
SEEDS = {"brown": 2101, "rain": 2102}


def noise(kind: str, samples: int) -> np.ndarray:
    """Band-limited seeded noise: deep and steady (brown) or brighter (rain, pink)."""
    rng = np.random.default_rng(SEEDS[kind])
    white = rng.standard_normal(samples)
    if kind == "brown":
        coloured = signal.lfilter([1.0], [1.0, -0.995], white)
        band = (50.0, 1500.0)
    else:
        # Paul Kellet's economy pink filter.
        coloured = signal.lfilter([0.049922035, -0.095993537, 0.050612699, -0.004408786],
                                  [1, -2.494956002, 2.017265875, -0.522189400], white)
        band = (50.0, 5000.0)
    sos = signal.butter(4, band, btype="bandpass", fs=RATE, output="sos")
    return signal.sosfilt(sos, coloured)


def seamless(kind: str) -> np.ndarray:
    """``SECONDS`` of noise whose end continues into its start."""
    length, blend, warm = SECONDS * RATE, int(CROSSFADE_S * RATE), int(WARM_UP_S * RATE)
    render = noise(kind, warm + length + blend)[warm:]
    loop = render[:length].copy()
    # The start becomes the tail's continuation fading into fresh noise; the
    # two are independent, so sine/cosine weights keep the power even.
    ramp = np.linspace(0.0, np.pi / 2, blend, endpoint=False)
    loop[:blend] = render[:blend] * np.sin(ramp) + render[length:length + blend] * np.cos(ramp)
    if kind == "rain":
        phase = 2 * np.pi * SWELLS_PER_LOOP * np.arange(length) / length
        loop *= 1.0 + SWELL_DEPTH * np.sin(phase)
    loop *= 10 ** (LEVEL_DBFS / 20) / np.sqrt(np.mean(loop ** 2))
    peak = np.max(np.abs(loop))
    if peak > 0.7:  # never near clipping
        loop *= 0.7 / peak
    return loop.astype(np.float32)


def encode(samples: np.ndarray, out: Path, title: str) -> None:
    write_ogg(samples, RATE, out, title, VORBIS_QUALITY)


def main() -> int:
    manifest_path = AUDIO_DIR / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    entries = []
    for kind in ("brown", "rain"):
        out = AUDIO_DIR / f"ambient_{kind}.ogg"
        encode(seamless(kind), out, f"Ambient {kind}")
        info = soundfile.info(out)
        entries.append({"id": kind, "file": out.name,
                        "duration_ms": round(info.frames / info.samplerate * 1000),
                        "bytes": out.stat().st_size,
                        "sha256": hashlib.sha256(out.read_bytes()).hexdigest()})
        print(f"{out.name}: {info.frames / info.samplerate:.2f} s, {out.stat().st_size / 1e6:.2f} MB")
    manifest["ambient"] = entries
    manifest_path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
