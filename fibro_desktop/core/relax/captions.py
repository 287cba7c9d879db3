"""Captions of a guided session: WebVTT parsing and the phrase at a position.

The player shows the current phrase under the transport ("Show words").
A session's cues are parsed once when it is opened; each position update
then finds its cue by binary search, so the lookup stays cheap even for
the long sessions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_TIME = r"(?:(\d+):)?(\d{2}):(\d{2})\.(\d{3})"
_TIMING = re.compile(rf"^{_TIME}\s+-->\s+{_TIME}(?:\s|$)")


@dataclass(frozen=True)
class Cue:
    """One phrase, shown from ``start_ms`` until just before ``end_ms``."""

    start_ms: int
    end_ms: int
    text: str


def _ms(hours: str | None, minutes: str, seconds: str, millis: str) -> int:
    return ((int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + int(millis)


def parse_vtt(text: str) -> tuple[Cue, ...]:
    """The cues of a WebVTT file, in file order; lines of one cue joined by spaces.

    Raises ``ValueError`` when the text does not start with ``WEBVTT``, when
    a cue ends before it starts, or when cues are not in time order.
    """
    text = text.lstrip("\ufeff")
    if not text.startswith("WEBVTT"):
        raise ValueError("not a WebVTT file")
    cues: list[Cue] = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [line.strip() for line in block.strip().split("\n") if line.strip()]
        timing_at = next((i for i, line in enumerate(lines) if "-->" in line), None)
        if timing_at is None or lines[0].startswith("NOTE"):
            continue
        match = _TIMING.match(lines[timing_at])
        if match is None:
            raise ValueError(f"unreadable cue timing: {lines[timing_at]!r}")
        start, end = _ms(*match.groups()[:4]), _ms(*match.groups()[4:])
        if end <= start or (cues and start < cues[-1].start_ms):
            raise ValueError(f"cue times out of order at {lines[timing_at]!r}")
        cues.append(Cue(start, end, " ".join(lines[timing_at + 1:])))
    return tuple(cues)


def cue_at(cues: Sequence[Cue], position_ms: int) -> Cue | None:
    """The cue showing at ``position_ms``, or ``None`` between phrases."""
    cue = last_started(cues, position_ms)
    return cue if cue is not None and position_ms < cue.end_ms else None


def last_started(cues: Sequence[Cue], position_ms: int) -> Cue | None:
    """The last cue starting at or before ``position_ms`` (it may have ended), or ``None``."""
    low, high = 0, len(cues)
    while low < high:
        middle = (low + high) // 2
        if cues[middle].start_ms <= position_ms:
            low = middle + 1
        else:
            high = middle
    return cues[low - 1] if low else None
