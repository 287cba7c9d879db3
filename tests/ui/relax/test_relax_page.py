"""The Relax tab as a person sees it: library, own audio, pacer, prompts, doors in."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from fibro_desktop.core.intents import PlaySession
from fibro_desktop.core.relax.library import SESSION_IDS
from fibro_desktop.store import relax as relax_store
from fibro_desktop.ui import preferences as prefs
from tests.conftest import REPO_ROOT

OGG = b"OggS" + bytes(60)


def titles(page):
    return [page.library.list.item(i).text().split("\n")[0] for i in range(page.library.list.count())]


def test_the_library_lists_every_bundled_session_with_its_length(relax_page):
    shown = titles(relax_page)
    assert len(shown) == len(SESSION_IDS)
    assert shown[0].startswith("Progressive muscle relaxation, full") and "14 min" in shown[0]
    assert relax_page.library.empty_own.isVisibleTo(relax_page)


def test_choosing_a_session_shows_its_title_and_length(relax_page):
    relax_page.library.select("body_scan")
    assert relax_page.transport.title.text() == "Body scan"
    # The length the manifest gives (it changes when the voice is rendered again).
    manifest = json.loads((REPO_ROOT / "resources" / "audio" / "manifest.json").read_text(encoding="utf-8"))
    seconds = next(s["duration_ms"] for s in manifest["sessions"] if s["id"] == "body_scan") // 1000
    assert relax_page.transport.remaining.text() == f"{seconds // 60}:{seconds % 60:02d} left"


def test_a_good_file_is_added_and_a_bad_one_refused_with_a_message(relax_page, tmp_path, app_context):
    good = tmp_path / "Therapist session.ogg"
    good.write_bytes(OGG + b"x" * 10)
    assert relax_page.import_file(good)
    assert titles(relax_page)[-2:] == ["Your recordings", "Therapist session"]
    assert "was added" in relax_page.library_message.text()
    assert not relax_page.library.empty_own.isVisibleTo(relax_page)
    text = tmp_path / "notes.mp3"
    text.write_text("not audio at all, just words")
    assert not relax_page.import_file(text)
    assert "doesn't look like the audio" in relax_page.library_message.text()
    assert len(relax_store.own_audio(app_context.db)) == 1


def test_own_recordings_can_be_renamed_moved_and_removed(relax_page, tmp_path, monkeypatch):
    for name in ("first.ogg", "second.ogg"):
        (tmp_path / name).write_bytes(OGG)
        relax_page.import_file(tmp_path / name)
    second = relax_page._own[1].key
    relax_page.library.select(second)
    assert relax_page.library.up_button.isEnabled() and not relax_page.library.down_button.isEnabled()
    relax_page.library.up_button.click()
    assert titles(relax_page)[-2:] == ["second", "first"]
    from PySide6.QtWidgets import QInputDialog
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Evening calm", True))
    relax_page.library.rename_button.click()
    assert titles(relax_page)[-2] == "Evening calm"
    relax_page.remove_own_audio(second, confirm=False)
    assert titles(relax_page)[-1] == "first" and "was removed" in relax_page.library_message.text()


def test_the_pacer_follows_the_pattern_with_the_injected_clock(relax_page, clock):
    box = relax_page.pacer_box
    box.toggle()
    assert box.pacer.text() == "Breathe in… 4"
    clock.advance(4.5)
    assert box.pacer.text() == "Breathe out… 6"
    assert box.pacer.state().size < 1.0
    box.hold.setValue(2)
    assert box.rate.text() == "About 5.0 breaths a minute"
    box.toggle()
    assert not box.pacer.is_running()


def test_reduce_motion_shows_a_text_countdown(relax_page, app_context, qtbot):
    pacer = relax_page.pacer_box.pacer
    assert not pacer.uses_text()
    app_context.preferences.set(prefs.REDUCE_MOTION, True)
    assert pacer.uses_text()
    relax_page.pacer_box.toggle()
    assert "Breathe in" in pacer.accessibleDescription() or pacer.text().startswith("Breathe in")


def test_the_tension_prompt_takes_one_tap_or_a_skip(relax_page, qtbot):
    prompt = relax_page.tension
    prompt.ask("before")
    assert prompt.isVisibleTo(relax_page) and "Before you start" in prompt.question.text()
    with qtbot.waitSignal(prompt.answered) as answered:
        qtbot.mouseClick(prompt.buttons[6], Qt.MouseButton.LeftButton)
    assert answered.args == ["before", 6] and not prompt.isVisibleTo(relax_page)
    prompt.ask("after")
    with qtbot.waitSignal(prompt.answered) as answered:
        prompt.skip_button.click()
    assert answered.args == ["after", -1]


def test_with_no_sound_device_the_tab_opens_and_says_so(qtbot, app_context):
    from fibro_desktop.ui.relax.page import RelaxPage

    outputs = []
    page = RelaxPage(app_context, audio_available=lambda: bool(outputs))
    qtbot.addWidget(page)
    assert "No sound output was found" in page.status_text()
    page.pacer_box.toggle()
    assert page.pacer_box.pacer.is_running()
    outputs.append("headphones")  # plugged in: the next Play finds them
    page.play_session("pmr_short", ask=False)
    assert page.status_text() == ""
    page.shutdown()


def test_other_tabs_open_the_relax_tab_through_the_intent(shell, app_context, monkeypatch):
    from fibro_desktop.ui.relax.page import RelaxPage

    played = []
    monkeypatch.setattr(RelaxPage, "play_session", lambda self, key, ask=True: played.append(key))
    app_context.intents.play_session.emit(PlaySession("release_only"))
    assert shell.window.current_tab() == "relax" and played == ["release_only"]


def test_an_unknown_session_id_is_ignored(relax_page):
    assert not relax_page.play_session("no_such_session")


def test_the_tray_action_opens_the_tab_when_nothing_plays(shell):
    from fibro_desktop.wiring import relax as relax_wiring

    shell.window.show_tab("journal")
    relax_wiring.toggle_from_tray(shell)
    assert shell.window.current_tab() == "relax"
    assert any("Relaxation" in action.text() for action in shell.tray_feature_actions if action)


def test_the_tension_questions_can_be_turned_off(relax_page, app_context):
    relax_page.ask_tension.setChecked(False)
    assert app_context.preferences.get(prefs.RELAX_ASK_TENSION) is False
    relax_page.play_session("pmr_short")
    assert relax_page.tension.kind() == ""
