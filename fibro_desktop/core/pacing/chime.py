"""The soft sound cue at the start of a break, made from numbers, not a file.

Two quiet sine tones a fifth apart with a slow rise and a long fade, so the
cue is gentle rather than an alarm. Pure: returns WAV bytes.
"""

from __future__ import annotations

import io
import math
import struct
import wave

#: Samples per second of the generated sound.
RATE = 22050


def chime_wav(seconds: float = 1.2, volume: float = 0.25, rate: int = RATE) -> bytes:
    """A mono 16-bit WAV of ``seconds`` length; ``volume`` is 0..1 of full scale."""
    count = int(seconds * rate)
    attack = int(0.04 * rate)
    frames = bytearray()
    for n in range(count):
        t = n / rate
        envelope = min(1.0, n / attack) * math.exp(-3.2 * t)
        sample = 0.6 * math.sin(2 * math.pi * 523.25 * t) + 0.4 * math.sin(2 * math.pi * 784.0 * t)
        frames += struct.pack("<h", int(32767 * volume * envelope * sample))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))
    return buffer.getvalue()
