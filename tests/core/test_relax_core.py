"""Relax rules: library manifest, listening log, pacer pattern, sleep fade, import checks."""

import json
from pathlib import Path

import pytest

from fibro_desktop.core.relax import imports, library, listening, pacer, sleep_timer
from tests.conftest import REPO_ROOT

MANIFEST = json.loads((REPO_ROOT / "resources/audio/manifest.json").read_text())


def test_the_manifest_lists_every_bundled_session_with_a_plain_file_name():
    sessions = library.parse_manifest(MANIFEST, Path("/lib"))
    assert {s.key for s in sessions} == set(library.SESSION_IDS)
    assert all(s.path.parent == Path("/lib") and s.duration_ms > 0 for s in sessions)


def test_a_manifest_entry_naming_another_folder_is_refused():
    bad = {"sessions": [dict(MANIFEST["sessions"][0], file="../escape.ogg")]}
    with pytest.raises(ValueError):
        library.parse_manifest(bad, Path("/lib"))


# The unhurried voice of issue 21 (about 120 words a minute, pauses kept as
# written) made the two speech-heaviest short sessions about 30 s longer.
@pytest.mark.parametrize("session_id, low_min, high_min", [
    ("pmr_full", 12, 15), ("pmr_short", 4.5, 6), ("paced_breathing", 4.5, 5.5),
    ("body_scan", 9, 11), ("desk_warm_up", 3, 6), ("sleep_wind_down", 14, 16)])
def test_bundled_sessions_last_as_long_as_the_issue_asks(session_id, low_min, high_min):
    entry = next(e for e in MANIFEST["sessions"] if e["id"] == session_id)
    assert low_min * 60_000 <= entry["duration_ms"] <= high_min * 60_000


def test_own_audio_appears_in_the_order_the_person_chose():
    items = [library.OwnAudio("b", "Second", "b.mp3", 10, 1), library.OwnAudio("a", "First", "a.ogg", 10, 0)]
    sessions = library.own_sessions(items, Path("/own"))
    assert [s.title for s in sessions] == ["First", "Second"]
    assert sessions[0].key == "own:a" and library.is_own_key(sessions[0].key)
    assert sessions[0].path == Path("/own/a.ogg") and not sessions[0].bundled


def test_finished_means_ended_or_nearly_ended():
    assert listening.is_finished(0, 0, ended_naturally=True)
    assert listening.is_finished(290_000, 300_000, ended_naturally=False)
    assert not listening.is_finished(200_000, 300_000, ended_naturally=False)


def test_a_mis_click_is_not_logged_but_a_finished_short_file_is():
    assert not listening.worth_logging(3, finished=False)
    assert listening.worth_logging(3, finished=True)
    assert listening.worth_logging(listening.MIN_LOGGED_S, finished=False)


def test_resume_only_from_the_middle_of_a_session_a_little_earlier():
    assert listening.resume_point_ms(None, 600_000) == 0
    assert listening.resume_point_ms(10_000, 600_000) == 0
    assert listening.resume_point_ms(590_000, 600_000) == 0
    assert listening.resume_point_ms(300_000, 600_000) == 295_000


def test_tension_must_be_zero_to_ten():
    assert listening.check_tension(None) is None
    assert listening.check_tension(0) == 0 and listening.check_tension(10) == 10
    for bad in (-1, 11, 3.5):
        with pytest.raises(ValueError):
            listening.check_tension(bad)


def test_the_tracker_counts_only_time_spent_playing():
    tracker = listening.ListenTracker()
    tracker.playing(100.0)
    tracker.paused(130.0)   # 30 s heard
    tracker.paused(140.0)   # pausing twice changes nothing
    tracker.playing(200.0)
    assert tracker.listened_s(215.0) == 45


def test_the_default_pattern_is_six_breaths_a_minute():
    pattern = pacer.BreathPattern()
    assert pattern.cycle_s == 10 and pattern.breaths_per_minute == 6


def test_the_pacer_follows_its_pattern_over_time():
    pattern = pacer.BreathPattern(inhale_s=4, hold_in_s=2, exhale_s=6, hold_out_s=1)
    start = pacer.pacer_state(pattern, 0)
    assert (start.phase, start.size, start.cycle) == ("in", 0.0, 0)
    assert pacer.pacer_state(pattern, 2).size == pytest.approx(0.5)
    held = pacer.pacer_state(pattern, 5)
    assert held.phase == "hold_in" and held.size == 1.0 and held.remaining_s == pytest.approx(1)
    out = pacer.pacer_state(pattern, 9)
    assert out.phase == "out" and out.size == pytest.approx(0.5)
    assert pacer.pacer_state(pattern, 12.5).phase == "hold_out"
    second = pacer.pacer_state(pattern, 13.5)
    assert second.phase == "in" and second.cycle == 1
    assert pacer.countdown_text_seconds(pacer.pacer_state(pattern, 0.2)) == 4


def test_a_pattern_without_breathing_in_or_out_is_refused():
    with pytest.raises(ValueError):
        pacer.BreathPattern(inhale_s=0)


def test_the_sleep_fade_falls_evenly_and_never_cuts():
    plan = sleep_timer.plan_after_minutes(now_s=1000, minutes=10, fade_s=60)
    assert plan.stop_at_s == 1600
    assert plan.factor(1000) == 1.0 and plan.factor(1540) == 1.0
    assert plan.factor(1570) == pytest.approx(0.5)
    assert plan.factor(1600) == 0.0 and plan.done(1600) and not plan.done(1599)


def test_the_fade_is_never_shorter_than_thirty_seconds():
    with pytest.raises(ValueError):
        sleep_timer.SleepPlan(stop_at_s=10, fade_s=5)
    short = sleep_timer.plan_at_session_end(now_s=0, remaining_ms=10_000)
    assert short.fade_s >= 30 and short.stop_at_s == 30


@pytest.mark.parametrize("name, head", [
    ("a.mp3", b"ID3\x04" + bytes(60)), ("b.mp3", b"\xff\xfb\x90\x00" + bytes(60)),
    ("c.m4a", b"\x00\x00\x00\x20ftypM4A " + bytes(52)), ("d.aac", b"\xff\xf1\x50\x80" + bytes(60)),
    ("e.ogg", b"OggS" + bytes(60)), ("f.opus", b"OggS" + bytes(60)),
    ("g.wav", b"RIFF\x00\x00\x00\x00WAVEfmt " + bytes(48)), ("h.FLAC", b"fLaC" + bytes(60))])
def test_each_listed_format_is_accepted(name, head):
    assert imports.check_import(name, 1000, head) == Path(name).suffix.lower()


@pytest.mark.parametrize("name, size, head, reason", [
    ("notes.txt", 10, b"hello", "unsupported"), ("empty.ogg", 0, b"", "empty"),
    ("text.mp3", 30, b"this is not audio at all......", "corrupt"),
    ("wrong.flac", 100, b"OggS" + bytes(60), "corrupt")])
def test_bad_files_are_refused_with_a_reason(name, size, head, reason):
    with pytest.raises(imports.ImportRefused) as refused:
        imports.check_import(name, size, head)
    assert refused.value.reason == reason


def test_titles_and_plain_names():
    assert imports.default_title("my_therapist-session 1.mp3") == "my therapist session 1"
    assert imports.is_plain_name("abc.ogg")
    for bad in ("", "..", "../x.ogg", "a/b.ogg", "a\\b.ogg"):
        assert not imports.is_plain_name(bad)
