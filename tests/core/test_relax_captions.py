"""WebVTT captions of the guided sessions: parsing and the cue at a position (issue 21)."""

import json
from pathlib import Path

import pytest

from fibro_desktop.core.relax import captions, library
from tests.conftest import REPO_ROOT

SAMPLE = """WEBVTT

1
00:00:01.500 --> 00:00:06.717
This is a short session.

2
00:00:08.067 --> 00:00:11.036 align:center
Sit or lie
in a supported position.

NOTE a comment block
is skipped

01:02.000 --> 01:03.250
in
"""


def test_cues_are_parsed_with_times_in_milliseconds_and_joined_lines():
    cues = captions.parse_vtt(SAMPLE)
    assert [(c.start_ms, c.end_ms) for c in cues] == [(1500, 6717), (8067, 11036), (62000, 63250)]
    assert cues[1].text == "Sit or lie in a supported position."
    assert cues[2].text == "in"


def test_the_cue_at_a_position_is_found_and_gaps_have_none():
    cues = captions.parse_vtt(SAMPLE)
    assert captions.cue_at(cues, 0) is None
    assert captions.cue_at(cues, 1500).text == "This is a short session."
    assert captions.cue_at(cues, 6716).text == "This is a short session."
    assert captions.cue_at(cues, 6717) is None          # the end is exclusive
    assert captions.cue_at(cues, 7000) is None          # between phrases
    assert captions.cue_at(cues, 9000).start_ms == 8067
    assert captions.cue_at(cues, 10 ** 9) is None
    assert captions.cue_at((), 5000) is None


def test_a_file_that_is_not_webvtt_is_refused():
    with pytest.raises(ValueError):
        captions.parse_vtt("1\n00:00:01.000 --> 00:00:02.000\nhello\n")
    with pytest.raises(ValueError):
        captions.parse_vtt("WEBVTT\n\n00:00:03.000 --> 00:00:02.000\nbackwards\n")


@pytest.mark.parametrize("entry", library.SESSION_IDS)
def test_every_bundled_caption_file_parses_in_order(entry):
    sessions = library.parse_manifest(
        json.loads((REPO_ROOT / "resources/audio/manifest.json").read_text()),
        REPO_ROOT / "resources/audio")
    session = next(s for s in sessions if s.key == entry)
    assert session.captions is not None and session.captions.name == f"{entry}.vtt"
    cues = captions.parse_vtt(session.captions.read_text(encoding="utf-8"))
    assert len(cues) > 5
    assert all(a.end_ms <= b.start_ms for a, b in zip(cues, cues[1:]))
    assert cues[-1].end_ms <= session.duration_ms


def test_a_manifest_captions_name_in_another_folder_is_refused():
    entry = {"id": "x", "file": "x.ogg", "title": "X", "description": "", "duration_ms": 1,
             "sha256": "", "captions": "../x.vtt"}
    with pytest.raises(ValueError):
        library.parse_manifest({"sessions": [entry]}, Path("/lib"))
    without = dict(entry, captions=None)
    del without["captions"]
    assert library.parse_manifest({"sessions": [without]}, Path("/lib"))[0].captions is None


def test_the_last_started_cue_is_kept_between_phrases():
    cues = captions.parse_vtt(SAMPLE)
    assert captions.last_started(cues, 1000) is None
    assert captions.last_started(cues, 7000).start_ms == 1500
    assert captions.last_started(cues, 10 ** 9).text == "in"
