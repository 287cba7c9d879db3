"""Make ``resources/sounds/soundcheck.ogg``: the short, soft chime that
``--smoke-test`` plays to its end to prove sound works in a build.

    python packaging/make_soundcheck.py

Two gentle sine notes (A4 then E5, 0.7 s in all: short, because every
smoke test plays it) with a soft attack and decay, at a quiet level,
synthesised here (nothing downloaded), written as WAV by the standard
library and encoded to Ogg Vorbis with ``oggenc`` (Debian package
``vorbis-tools``). Ogg Vorbis on purpose: playing it proves that the FFmpeg
multimedia backend and its decoders made it into the frozen build. The
result (about 5 KB, byte for byte the same on every run) is committed, so
builds do not need ``oggenc``.
"""

from __future__ import annotations

import math
import shutil
import struct
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "sounds" / "soundcheck.ogg"
RATE = 44100  # samples per second
NOTES = ((440.0, 0.3), (659.25, 0.4))  # (frequency in Hz, length in seconds)
LEVEL = 0.25  # peak amplitude, 0..1: soft


def samples() -> list[int]:
    """16-bit mono samples of the chime; each note fades in over 30 ms and
    decays exponentially so nothing clicks."""
    out: list[int] = []
    for frequency, length in NOTES:
        count = int(RATE * length)
        for i in range(count):
            t = i / RATE
            envelope = min(1.0, t / 0.03) * math.exp(-6.0 * t) * min(1.0, (count - i) / (0.02 * RATE))
            out.append(int(32767 * LEVEL * envelope * math.sin(2 * math.pi * frequency * t)))
    return out


def main() -> int:
    if not shutil.which("oggenc"):
        print("oggenc is needed (Debian: apt install vorbis-tools)", file=sys.stderr)
        return 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "soundcheck.wav"
        with wave.open(str(wav), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            data = samples()
            out.writeframes(struct.pack(f"<{len(data)}h", *data))
        subprocess.run(["oggenc", "-Q", "-q", "2", "--discard-comments", "--serial", "1", "-o", str(OUT), str(wav)],
                       check=True)
    print(OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
