""""Show words" under the player (issue 21): the phrase follows playback,
the toggle is remembered, own recordings say why there are no words, the
text follows the text size and is what a screen reader reads."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from fibro_desktop.core.relax.captions import parse_vtt
from fibro_desktop.resources import resource_path
from fibro_desktop.ui import preferences as prefs
from tests.ui.relax.conftest import own_stream_index

OGG = b"OggS" + bytes(60)


def cues(session_id):
    return parse_vtt((resource_path("audio") / f"{session_id}.vtt").read_text(encoding="utf-8"))


def open_without_sound(page, key):
    """Open ``key`` as the current session (the position is driven by hand)."""
    page.play_session(key, ask=False)
    page.player.stop()


def test_the_toggle_is_named_reachable_by_keyboard_and_remembered(relax_page, app_context):
    toggle = relax_page.captions.toggle
    assert toggle.text().replace("&", "") == "Show words" and toggle.isCheckable()
    assert toggle.focusPolicy() & toggle.focusPolicy().TabFocus
    assert not toggle.isChecked() and app_context.preferences.get(prefs.RELAX_SHOW_WORDS) is False
    toggle.click()
    assert app_context.preferences.get(prefs.RELAX_SHOW_WORDS) is True


def test_the_phrase_at_the_position_is_shown_and_dimmed_between_phrases(relax_page, qtbot):
    relax_page.show()
    qtbot.waitExposed(relax_page)
    open_without_sound(relax_page, "pmr_short")
    view = relax_page.captions
    view.toggle.setChecked(True)
    first, second = cues("pmr_short")[:2]
    relax_page.player.position_changed.emit(first.start_ms + 10)
    assert view.shown_text() == first.text and not view.dimmed()
    relax_page.player.position_changed.emit(first.end_ms + 10)   # the pause after it
    assert view.shown_text() == first.text and view.dimmed()
    relax_page.player.position_changed.emit(second.start_ms)
    assert view.shown_text() == second.text and not view.dimmed()
    relax_page.player.position_changed.emit(0)                   # before the first words
    assert view.shown_text() == ""
    view.toggle.click()
    assert view.shown_text() == "" and not view.text.isVisibleTo(relax_page)
    view.toggle.click()
    relax_page.player.position_changed.emit(second.start_ms + 5)
    assert view.shown_text() == second.text


def test_a_screen_reader_reads_the_phrase(relax_page):
    open_without_sound(relax_page, "body_scan")
    relax_page.captions.toggle.setChecked(True)
    cue = cues("body_scan")[3]
    relax_page.player.position_changed.emit(cue.start_ms + 100)
    label = QAccessible.queryAccessibleInterface(relax_page.captions.text)
    assert label.text(QAccessible.Text.Name) == cue.text


@pytest.mark.parametrize("theme_name", ["light", "dark"])
def test_the_words_follow_the_text_size_in_both_themes(relax_page, app_context, theme_name):
    from fibro_desktop.ui import theme

    app = QApplication.instance()
    original, sheet, palette = app.font(), app.styleSheet(), app.palette()
    preferences = app_context.preferences
    try:
        preferences.set(prefs.THEME, theme_name)
        controller = theme.ThemeController(app, preferences)   # as the app runs
        label = relax_page.captions.text
        QApplication.processEvents()
        body = app.font().pointSizeF()
        assert label.font().pointSizeF() == pytest.approx(body * 1.35, rel=0.05)
        preferences.set(prefs.TEXT_SCALE, 200)
        QApplication.processEvents()
        assert app.font().pointSizeF() == pytest.approx(body * 2)
        assert label.font().pointSizeF() == pytest.approx(body * 2 * 1.35, rel=0.05)
        assert label.palette().color(label.foregroundRole()).name().upper() == \
            controller.colors()["text"].upper()
    finally:
        app.setFont(original)
        app.setStyleSheet(sheet)
        app.setPalette(palette)


def test_an_own_recording_has_no_words_and_says_why(relax_page, tmp_path):
    relax_page.captions.toggle.setChecked(True)
    own = tmp_path / "Therapist.ogg"
    own.write_bytes(OGG + b"x" * 10)
    relax_page.import_file(own)
    open_without_sound(relax_page, relax_page._own[0].key)
    view = relax_page.captions
    assert not view.toggle.isEnabled()
    assert view.reason.isVisibleTo(relax_page) and "no written words" in view.reason.text()
    assert "no written words" in view.toggle.accessibleDescription()
    relax_page.player.position_changed.emit(5000)
    assert view.shown_text() == ""
    open_without_sound(relax_page, "pmr_short")
    assert view.toggle.isEnabled() and not view.reason.isVisibleTo(relax_page)


@pytest.mark.audio
def test_the_words_follow_real_playback(relax_page, qtbot, sink):
    relax_page.show()
    qtbot.waitExposed(relax_page)
    relax_page.captions.toggle.setChecked(True)
    with qtbot.waitSignal(relax_page.player.loaded, timeout=10_000):
        relax_page.play_session("pmr_short", ask=False)
    qtbot.waitUntil(lambda: own_stream_index() is not None, timeout=10_000)
    for cue in (cues("pmr_short")[5], cues("pmr_short")[2]):   # forwards, then back
        relax_page.player.seek(cue.start_ms + 200)
        qtbot.waitUntil(lambda cue=cue: relax_page.captions.shown_text() == cue.text
                        and not relax_page.captions.dimmed(), timeout=10_000)
