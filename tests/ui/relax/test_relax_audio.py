"""Real playback through the PulseAudio null sink: what the sink receives.

Each test records only this process's own stream, so the checks hold on a
busy machine. Waits are on signals and conditions, never fixed sleeps.
"""

from __future__ import annotations

import hashlib
import json

import pytest

from fibro_desktop.core.changes import Area
from fibro_desktop.core.intents import PlaySession
from fibro_desktop.resources import resource_path
from fibro_desktop.store import relax as relax_store
from tests.ui.relax.conftest import own_stream_index, stream_rms

pytestmark = pytest.mark.audio

SILENT = 20.0
"""RMS below this (of 32767) counts as silence."""


def start(page, qtbot, key="pmr_short", position_ms=0):
    """Play ``key`` and wait until the position really advances."""
    with qtbot.waitSignal(page.player.loaded, timeout=10_000):
        page.play_session(key, ask=False)
    if position_ms:
        page.player.seek(position_ms)
    first = page.player.position()
    qtbot.waitUntil(lambda: page.player.position() > first + 400, timeout=10_000)
    qtbot.waitUntil(lambda: own_stream_index() is not None, timeout=5_000)
    return own_stream_index()


def test_a_bundled_session_plays_and_the_sink_hears_it(relax_page, qtbot, sink):
    index = start(relax_page, qtbot)
    assert relax_page.player.state() == "playing"
    assert relax_page.transport.play_button.text() == "Pause"
    assert relax_page.transport.elapsed.text() in ("0:00", "0:01", "0:02")
    # The voice begins after 1.5 s of quiet and a soft fade-in (issue 21):
    # the sink hears it once the first words come.
    qtbot.waitUntil(lambda: stream_rms(index) > 100, timeout=15_000)


def test_pause_silences_and_seek_moves(relax_page, qtbot, sink):
    index = start(relax_page, qtbot)
    with qtbot.waitSignal(relax_page.player.state_changed, timeout=5_000):
        relax_page.transport.play_button.click()
    assert relax_page.player.state() == "paused"
    # What was already buffered in the sound server drains within a moment.
    qtbot.waitUntil(lambda: stream_rms(index, 0.3) < SILENT, timeout=5_000)
    paused_at = relax_page.player.position()
    with qtbot.waitSignal(relax_page.player.position_changed, timeout=5_000):
        relax_page.transport.forward_button.click()
    assert relax_page.player.position() >= paused_at + 14_000
    relax_page.player.seek(120_000)
    qtbot.waitUntil(lambda: relax_page.player.position() >= 119_000, timeout=5_000)
    assert "2:00" in relax_page.transport.elapsed.text()


def test_the_level_falls_during_the_sleep_timer_fade(relax_page, qtbot, clock, sink):
    # The ambient rain is steady noise, so any change of level is the fade's.
    player = relax_page.ambient_player
    box = relax_page.ambient_box
    box.volume.setValue(100)
    box.combo.setCurrentIndex(box.combo.findData("rain"))
    qtbot.waitUntil(lambda: player.position() > 300, timeout=10_000)
    qtbot.waitUntil(lambda: own_stream_index() is not None, timeout=5_000)
    index = own_stream_index()
    relax_page.sleep_timer.start_minutes(1)   # a one-minute timer fades over its whole length
    levels = []
    for seconds in (0, 24, 18):               # at 0 s, 24 s and 42 s of 60
        clock.advance(seconds)
        relax_page.sleep_timer.tick()
        levels.append(stream_rms(index, 0.5))
    assert levels[0] > 1.5 * levels[1] > 1.5 * 1.5 * levels[2]
    assert levels[2] > SILENT  # still fading, not cut
    assert player.state() == "playing"


def test_the_sleep_timer_fades_then_stops_playback(relax_page, qtbot, clock, sink):
    start(relax_page, qtbot)
    relax_page.sleep_box.combo.setCurrentIndex(relax_page.sleep_box.combo.findData(10))
    assert relax_page.sleep_box.status.text() == "Sound stops in 10:00, after a gentle fade."
    clock.advance(10 * 60 - 30)   # half-way through the one-minute fade
    relax_page.sleep_timer.tick()
    assert relax_page.player.fade() == pytest.approx(0.5)
    assert relax_page.sleep_box.status.text() == "Fading out gently… silence in 0:30."

    clock.advance(31)
    with qtbot.waitSignal(relax_page.sleep_timer.finished, timeout=5_000):
        relax_page.sleep_timer.tick()
    qtbot.waitUntil(lambda: relax_page.player.state() != "playing", timeout=5_000)
    assert relax_page.player.fade() == 0.0   # silent until played again (issue 21)
    assert "sleep timer stopped" in relax_page.sleep_box.status.text()
    [logged] = relax_store.recent_listens(relax_page._ctx.db)
    assert logged.session_key == "pmr_short" and not logged.finished and logged.listened_s >= 540


def test_a_finished_session_is_logged_rated_and_ticks_the_routine(relax_page, qtbot, clock,
                                                                   app_context, sink):
    progress, areas = [], []
    app_context.intents.routine_progress.connect(lambda request: progress.append((request.kind, request.amount)))
    app_context.data_events.changed.connect(lambda changes, _origin: areas.extend(changes.areas))
    with qtbot.waitSignal(relax_page.player.loaded, timeout=10_000):
        relax_page.play_session("desk_warm_up")
    relax_page.tension.buttons[7].click()
    clock.advance(290)
    with qtbot.waitSignal(relax_page.session.logged, timeout=15_000):
        relax_page.player.seek(relax_page.player.duration() - 1200)
    assert progress == [("relaxation", 1)] and Area.LISTENING in areas
    assert relax_page.tension.kind() == "after"
    relax_page.tension.buttons[3].click()
    [logged] = relax_store.recent_listens(app_context.db)
    assert (logged.session_key, logged.finished) == ("desk_warm_up", True)
    assert (logged.tension_before, logged.tension_after) == (7, 3)
    assert relax_store.resume_position_s(app_context.db, "desk_warm_up") is None


def test_a_long_session_resumes_where_it_was_left(relax_page, qtbot, app_context, clock, sink):
    start(relax_page, qtbot, "pmr_full", position_ms=300_000)
    clock.advance(60)
    relax_page.player.pause()
    qtbot.waitUntil(lambda: relax_page.player.state() == "paused", timeout=5_000)
    relax_page.session.close()
    assert relax_store.resume_position_s(app_context.db, "pmr_full") >= 300
    relax_page.player.unload()
    with qtbot.waitSignal(relax_page.player.loaded, timeout=10_000):
        relax_page.play_session("pmr_full", ask=False)
    qtbot.waitUntil(lambda: relax_page.player.position() >= 290_000, timeout=5_000)
    assert relax_page.transport.resume_note.isVisibleTo(relax_page)


def test_every_bundled_file_loads_with_its_manifest_duration_and_checksum(qtbot, qapp):
    from fibro_desktop.ui.relax.player import AudioPlayer

    audio = resource_path("audio")
    manifest = json.loads((audio / "manifest.json").read_text())
    player = AudioPlayer()
    for entry in manifest["sessions"] + manifest["ambient"]:
        path = audio / entry["file"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == entry["sha256"], entry["file"]
        with qtbot.waitSignal(player.loaded, timeout=10_000):
            player.load(path)
        assert abs(player.duration() - entry["duration_ms"]) <= 500, entry["file"]
    assert sum(p.stat().st_size for p in audio.glob("*.ogg")) < 30 * 1024 * 1024


def test_the_ambient_layer_plays_on_its_own_player(relax_page, qtbot, sink):
    box = relax_page.ambient_box
    with qtbot.waitSignal(relax_page.ambient_player.state_changed, timeout=10_000):
        box.combo.setCurrentIndex(box.combo.findData("rain"))
    qtbot.waitUntil(lambda: relax_page.ambient_player.position() > 300, timeout=10_000)
    assert relax_page.player.state() == "stopped"
    box.combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: relax_page.ambient_player.state() == "stopped", timeout=5_000)


def test_a_broken_file_is_reported_in_plain_words(relax_page, qtbot, tmp_path):
    broken = tmp_path / "broken.ogg"
    broken.write_bytes(b"OggS" + bytes(range(256)) * 4)
    relax_page.import_file(broken)
    with qtbot.waitSignal(relax_page.player.failed, timeout=10_000):
        relax_page.play_session(relax_page._own[0].key, ask=False)
    qtbot.waitUntil(lambda: relax_page.player.state() == "stopped", timeout=5_000)
    assert "could not be played" in relax_page.status_text()


def test_switching_sessions_plays_the_new_one(relax_page, qtbot, sink):
    start(relax_page, qtbot, "pmr_short")
    relax_page.player.pause()
    relax_page.library.select("body_scan")
    relax_page.play_session("body_scan", ask=False)
    qtbot.waitUntil(lambda: relax_page.player.position() > 300, timeout=5_000)
    assert relax_page.player.source().name == "body_scan.ogg"
    assert relax_page.transport.title.text() == "Body scan"


def test_keyboard_shortcuts_skip_and_pause(relax_page, qtbot, sink):
    from PySide6.QtCore import Qt

    relax_page.show()
    qtbot.waitExposed(relax_page)
    start(relax_page, qtbot, position_ms=60_000)
    relax_page.library.list.setFocus()
    before = relax_page.player.position()
    qtbot.keyClick(relax_page.library.list, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: relax_page.player.position() >= before + 14_000, timeout=5_000)
    qtbot.keyClick(relax_page.library.list, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: relax_page.player.state() == "paused", timeout=5_000)


def test_the_pacing_door_plays_the_warm_up(shell, app_context, qtbot, sink):
    shell.window.show_tab("pacing")
    app_context.intents.play_session.emit(PlaySession("desk_warm_up"))
    page = shell.window.page("relax")
    assert shell.window.current_tab() == "relax"
    qtbot.waitUntil(lambda: page.player.position() > 100, timeout=10_000)
    assert page.player.source().name == "desk_warm_up.ogg" and page.player.state() == "playing"
    page.shutdown()
