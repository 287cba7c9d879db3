"""The guided sessions rendered with the Piper voice (issue 21): their
captions follow the script in order and in time, delivery is unhurried, and
the library stays small. Reads the committed files only; no synthesis here."""

from __future__ import annotations

import json
import re

import pytest

from fibro_desktop.resources import resource_path
from tests.packaging.helpers import load

AUDIO = resource_path("audio")
MANIFEST = json.loads((AUDIO / "manifest.json").read_text(encoding="utf-8"))
SESSIONS = [entry["id"] for entry in MANIFEST["sessions"]]
_STAMP = r"(\d\d):(\d\d):(\d\d)\.(\d\d\d)"
_TIMING = re.compile(rf"^{_STAMP} --> {_STAMP}$")


def _seconds(parts: tuple[str, ...]) -> float:
    hours, minutes, secs, millis = map(int, parts)
    return hours * 3600 + minutes * 60 + secs + millis / 1000


def read_cues(session_id: str) -> list[tuple[float, float, str]]:
    """(start s, end s, text) of every cue in ``<id>.vtt``."""
    text = (AUDIO / f"{session_id}.vtt").read_text(encoding="utf-8")
    blocks = text.strip().split("\n\n")
    assert blocks[0] == "WEBVTT"
    cues = []
    for block in blocks[1:]:
        lines = block.split("\n")
        timing = _TIMING.match(lines[1])
        assert timing, block
        groups = timing.groups()
        cues.append((_seconds(groups[:4]), _seconds(groups[4:]), " ".join(lines[2:])))
    return cues


def expected_phrases(session_id: str) -> list[str]:
    """What the script says, in order, including spoken breathing cues."""
    make_audio = load("make_audio.py")
    script = make_audio.parse_script(
        session_id, (AUDIO / "scripts" / f"{session_id}.txt").read_text(encoding="utf-8"))
    phrases: list[str] = []
    for event in script.events:
        if isinstance(event, make_audio.Speech):
            phrases.append(event.text)
        elif isinstance(event, make_audio.Breathe) and event.cue == "words":
            phrases += ["breathe in", "and breathe out"] * event.cycles
    return phrases


def test_all_seven_sessions_are_the_piper_voice_with_captions():
    assert len(SESSIONS) == 7
    assert MANIFEST["voice"].startswith("en_US-joe-medium")
    for entry in MANIFEST["sessions"]:
        assert entry["captions"] == f"{entry['id']}.vtt"


@pytest.mark.parametrize("session_id", SESSIONS)
def test_captions_follow_the_script_in_order_and_in_time(session_id):
    cues = read_cues(session_id)
    assert [text for _start, _end, text in cues] == expected_phrases(session_id)
    for (start, end, _text), (next_start, _next_end, _next) in zip(cues, cues[1:]):
        assert start < end <= next_start
    duration_s = next(e["duration_ms"] for e in MANIFEST["sessions"] if e["id"] == session_id) / 1000
    assert cues[0][0] > 0 and cues[-1][1] <= duration_s


@pytest.mark.parametrize("session_id", SESSIONS)
def test_the_voice_speaks_at_a_calm_pace(session_id):
    """Words a minute while speaking (pauses and breathing cues left out):
    calm narration is 100-130; the old voice was 170-200."""
    breathing = {"breathe in", "and breathe out"}
    phrases = [(start, end, text) for start, end, text in read_cues(session_id)
               if text not in breathing]
    words = sum(len(text.split()) for _start, _end, text in phrases)
    speaking_s = sum(end - start for start, end, _text in phrases)
    assert 100 <= words / speaking_s * 60 <= 130


def test_the_library_stays_under_16_mb():
    assert sum(p.stat().st_size for p in AUDIO.glob("*.ogg")) < 16_000_000
