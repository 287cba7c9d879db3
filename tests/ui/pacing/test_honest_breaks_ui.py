"""Issue 17 as a person meets it: the strict overlay on every screen, honest
outcomes stored from fake idle and busy signals, reminders folded into the
break panel, Spasm now from the tab and the tray, and a clock set back
across midnight that loses no day (real SQLite, fake clock)."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from fibro_desktop.core.fake_clock import FakeClock
from fibro_desktop.core.intents import PlaySession, RoutineProgress
from fibro_desktop.core.pacing import State
from fibro_desktop.store.pacing import breaks_for_day, desk_time, save_desk_time
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.wiring import pacing as pacing_wiring
from tests.conftest import TEST_NOW
from tests.ui.pacing.conftest import advance


@pytest.fixture
def signals():
    """What the desktop adapters would say: seconds since the last input, and
    whether a fullscreen window or Do Not Disturb is on."""
    return {"idle": 0.0, "busy": False}


@pytest.fixture
def sensing_driver(app_context, quick_prefs, signals, qtbot):
    from fibro_desktop.ui.pacing.driver import PacingDriver

    d = PacingDriver(app_context.db, app_context.clock, quick_prefs, app_context.data_events,
                     app_context.intents, idle_seconds=lambda: signals["idle"],
                     busy_signal=lambda: signals["busy"])
    yield d
    d.machine = None


@pytest.fixture
def overlay(driver, quick_prefs, qtbot):
    from fibro_desktop.ui.pacing.overlay import StrictOverlay

    quick_prefs.set(prefs.PACING_STRICT, True)
    made = StrictOverlay(driver, quick_prefs)
    yield made
    made._close()


# -- strict mode's overlay ------------------------------------------------------------------

def test_the_strict_overlay_covers_every_screen_with_the_countdown_and_the_exercise(driver, overlay, clock,
                                                                                   qtbot):
    advance(clock, driver, 60)
    screens = QGuiApplication.screens()
    assert len(overlay.covers) == len(screens) >= 1
    for cover, screen in zip(overlay.covers, screens, strict=True):
        qtbot.waitUntil(cover.isVisible)
        assert cover.geometry() == screen.geometry()
        assert cover.title.text() == "A short pause" and cover.countdown.text() == "0:10 left"
        assert cover.exercise.text()
    advance(clock, driver, 4)
    assert overlay.covers[0].countdown.text() == "0:06 left"


def test_esc_and_closing_do_nothing_until_the_break_ends(driver, overlay, clock, qtbot):
    advance(clock, driver, 60)
    cover = overlay.covers[0]
    qtbot.waitUntil(cover.isVisible)
    qtbot.keyClick(cover, Qt.Key.Key_Escape)
    cover.close()
    assert cover.isVisible() and driver.status().state == State.ON_BREAK
    advance(clock, driver, 10)  # the fake clock reaches the end of the break
    assert not overlay.is_shown() and not cover.isVisible()
    assert driver.status().state == State.WORKING


def test_i_need_my_screen_ends_the_break_as_skipped(driver, overlay, clock, qtbot, app_context):
    advance(clock, driver, 60)
    cover = overlay.covers[0]
    assert cover.need_screen_button.isVisible()
    advance(clock, driver, 2)
    cover.need_screen_button.click()
    assert not overlay.is_shown() and not cover.isVisible()
    (entry,) = breaks_for_day(app_context.db, clock.now().date())
    assert entry.outcome == "skipped" and entry.duration_s == 2


def test_a_recovery_break_is_never_covered(driver, overlay, clock):
    driver.spasm_now()
    assert driver.status().break_kind == "recovery" and not overlay.is_shown()


def test_strict_mode_is_off_by_default_and_set_in_the_pacing_settings(app_context, qtbot):
    from fibro_desktop.ui.pacing.settings_form import PacingSettingsForm

    assert app_context.preferences.get(prefs.PACING_STRICT) is False
    from fibro_desktop.ui.pacing.desktop_signals import DesktopSignals

    form = PacingSettingsForm(app_context.preferences, DesktopSignals(idle="GetLastInputInfo"))
    qtbot.addWidget(form)
    assert "screen" in form.strict.text().lower()
    form.strict.setChecked(True)
    assert app_context.preferences.get(prefs.PACING_STRICT) is True


# -- honest outcomes from the idle and busy signals ---------------------------------------------

def test_a_break_typed_through_is_stored_as_missed_and_is_no_position_change(sensing_driver, clock, signals,
                                                                             qtbot, app_context):
    advance(clock, sensing_driver, 60)
    assert sensing_driver.status().state == State.ON_BREAK
    with qtbot.assertNotEmitted(app_context.intents.routine_progress):
        for _ in range(10):
            advance(clock, sensing_driver, 1)  # idle stays 0: typing on
    (entry,) = breaks_for_day(app_context.db, clock.now().date())
    assert entry.outcome == "missed"


def test_a_break_spent_away_is_stored_as_taken(sensing_driver, clock, signals, app_context):
    advance(clock, sensing_driver, 60)
    for second in range(1, 11):
        signals["idle"] = float(second)
        advance(clock, sensing_driver, 1)
    (entry,) = breaks_for_day(app_context.db, clock.now().date())
    assert entry.outcome == "taken"


def test_a_break_behind_a_fullscreen_window_is_deferred_and_the_panel_goes(sensing_driver, clock, signals,
                                                                          quick_prefs, qtbot, app_context):
    from fibro_desktop.ui.pacing.panel import BreakPanel

    panel = BreakPanel(sensing_driver, quick_prefs)
    qtbot.addWidget(panel)
    advance(clock, sensing_driver, 60)
    assert panel.isVisible()
    signals["busy"] = True
    advance(clock, sensing_driver, 2)
    assert not panel.isVisible()
    (entry,) = breaks_for_day(app_context.db, clock.now().date())
    assert entry.outcome == "deferred"
    advance(clock, sensing_driver, 120)
    assert not panel.isVisible() and sensing_driver.status().waiting


def test_keep_breaks_anyway_brings_them_while_busy(sensing_driver, clock, signals, quick_prefs):
    quick_prefs.set(prefs.PACING_KEEP_BREAKS_WHEN_BUSY, True)
    signals["busy"] = True
    advance(clock, sensing_driver, 60)
    assert sensing_driver.status().state == State.ON_BREAK


def test_a_water_reminder_due_with_a_break_is_folded_into_its_panel(driver, panel, clock, qtbot, quick_prefs,
                                                                    app_context):
    quick_prefs.set(prefs.PACING_WATER_EVERY_MIN, 1)
    driver.reminder.connect(panel.show_reminder)
    advance(clock, driver, 60)
    assert panel.mode() == "break" and panel.title.text() == "A short pause"
    assert panel.also.isVisible() and "water" in panel.also.text()
    with qtbot.waitSignal(app_context.intents.routine_progress) as progress:
        panel.water_button.click()
    assert progress.args == [RoutineProgress("water", 1)]
    assert panel.mode() == "break" and not panel.water_button.isVisible()


# -- Spasm now ---------------------------------------------------------------------------------

def test_spasm_now_from_the_pacing_tab_starts_a_recovery_break_offering_release_only(shell, app_context, qtbot):
    page = shell.window.show_tab("pacing")
    state = shell.state(pacing_wiring.FEATURE)
    with qtbot.waitSignal(app_context.intents.quick_log):
        page.spasm_button.click()
    panel = state.panel
    assert state.driver.status().break_kind == "recovery" and panel.mode() == "break"
    assert panel.audio_button.isVisible() and "release" in panel.audio_button.text().lower()
    with qtbot.waitSignal(app_context.intents.play_session) as played:
        panel.audio_button.click()
    assert played.args == [PlaySession("release_only")]


def test_spasm_now_is_in_the_tray_menu(shell, app_context, qtbot):
    state = shell.state(pacing_wiring.FEATURE)
    with qtbot.waitSignal(app_context.intents.quick_log):
        shell.wired["pacing"].actions["spasm_now"].trigger()
    assert state.driver.status().break_kind == "recovery"


# -- the clock set back across midnight ------------------------------------------------------------

def test_setting_the_clock_back_across_midnight_keeps_the_earlier_days_desk_time(app_context, quick_prefs):
    from fibro_desktop.ui.pacing.driver import PacingDriver

    quick_prefs.set(prefs.PACING_MICRO_EVERY_MIN, 0)
    quick_prefs.set(prefs.PACING_MOVEMENT_EVERY_MIN, 0)
    monday = TEST_NOW.date()
    save_desk_time(app_context.db, monday, 24_330, TEST_NOW)
    clock = FakeClock(wall=datetime.combine(monday + timedelta(days=1), datetime.min.time(), TEST_NOW.tzinfo))
    driver = PacingDriver(app_context.db, clock, quick_prefs, app_context.data_events, app_context.intents)
    try:
        for _ in range(38):
            advance(clock, driver, 60)  # 00:38 on Tuesday
        clock.jump_wall(-3600)  # set back to 23:38 on Monday
        driver.poll()
        advance(clock, driver, 60)
        driver.save_desk_time()
        assert desk_time(app_context.db, monday) == 24_330 + 60  # not 60, not 2,280
        assert desk_time(app_context.db, monday + timedelta(days=1)) == 38 * 60
    finally:
        driver.machine = None


def test_the_strict_cover_itself_never_counts_as_a_fullscreen_window(sensing_driver, clock, signals, quick_prefs,
                                                                     app_context):
    from fibro_desktop.ui.pacing.overlay import StrictOverlay

    quick_prefs.set(prefs.PACING_STRICT, True)
    overlay = StrictOverlay(sensing_driver, quick_prefs)
    try:
        advance(clock, sensing_driver, 60)
        assert overlay.is_shown()
        signals["busy"] = True  # the desktop sees a fullscreen window in front: ours
        signals["idle"] = 5.0
        advance(clock, sensing_driver, 5)
        assert overlay.is_shown() and sensing_driver.status().state == State.ON_BREAK
    finally:
        overlay._close()


def test_the_tab_says_when_a_break_waits_and_how_many_were_worked_through(shell, app_context, clock, qtbot):
    from fibro_desktop.core.pacing import BreakEntry, Status
    from fibro_desktop.store.pacing import record_break
    from fibro_desktop.ui.pacing import texts

    waiting = Status(State.WORKING, next_kind="micro", next_in_s=0.0, waiting=True)
    assert "waiting" in texts.state_line(waiting) and "waiting" in texts.tooltip(waiting)
    for minute, outcome in ((-30, "taken"), (-20, "missed")):
        due = clock.now() + timedelta(minutes=minute)
        record_break(app_context.db, BreakEntry("micro", outcome, due, due, due, 30), clock.now())
    page = shell.window.show_tab("pacing")
    qtbot.waitUntil(page.isVisible)
    page.refresh()
    qtbot.waitUntil(lambda: "Worked through: 1" in page.summary.text())
    assert "Breaks had: 1 of 2" in page.summary.text()


def test_a_spasm_logged_during_the_recovery_break_swaps_an_exercise_that_uses_that_group(
        app_context, quick_prefs, clock, qtbot):
    from fibro_desktop.core.journal.records import Episode
    from fibro_desktop.core.pacing.exercises import Exercise
    from fibro_desktop.ops import journal as journal_ops
    from fibro_desktop.ui.operations import announce
    from fibro_desktop.ui.pacing.driver import PacingDriver
    from fibro_desktop.ui.pacing.panel import BreakPanel

    still = Exercise("breathe", "any", "Long breaths out", ("Breathe out slowly.",), release=True)
    jaw = Exercise("jaw", "any", "Soften the jaw", ("Let the teeth part.",), frozenset({"jaw"}), release=True)
    driver = PacingDriver(app_context.db, clock, quick_prefs, app_context.data_events, app_context.intents,
                          exercises=[still, jaw])
    panel = BreakPanel(driver, quick_prefs)
    qtbot.addWidget(panel)
    try:
        driver.spasm_now()
        assert driver.status().exercise == "jaw" and "Soften the jaw" in panel.exercise.text()
        _saved, changes = journal_ops.save_episode(
            app_context.db, Episode(clock.now(), "cramp", 6, muscles=frozenset({("jaw", "left")})), clock.now())
        announce(app_context.data_events, changes, origin=None)
        assert driver.status().exercise == "breathe" and "Long breaths out" in panel.exercise.text()
    finally:
        driver.machine = None
