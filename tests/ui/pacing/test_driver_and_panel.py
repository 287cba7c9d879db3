"""The driver on injected time, and the break panel a person sees."""

import pytest

from fibro_desktop.core.intents import PlaySession, RoutineProgress
from fibro_desktop.core.pacing import State
from fibro_desktop.store.pacing import breaks_for_day, desk_time
from fibro_desktop.ui import preferences as prefs
from tests.ui.pacing.conftest import advance, pulse_server_reachable


def test_one_timer_is_armed_for_the_next_deadline_and_nothing_ticks_unseen(driver):
    # 60 s to the first short pause, the notice 10 s before it
    assert 49_000 <= driver.next_wakeup_ms() <= 50_000
    assert not driver.ticking()
    driver.watch(True)
    assert driver.ticking()
    driver.watch(False)
    assert not driver.ticking()


def test_the_break_panel_appears_when_a_break_is_due(driver, panel, clock, qtbot):
    advance(clock, driver, 60)
    qtbot.waitUntil(panel.isVisible)
    assert panel.mode() == "break"
    assert panel.title.text() == "A short pause"
    assert panel.countdown.text() == "0:10 left"
    assert panel.exercise.isVisible() and panel.exercise.text()
    assert driver.ticking()  # the countdown is on screen
    advance(clock, driver, 4)
    assert panel.countdown.text() == "0:06 left"


def test_skip_is_recorded_and_the_panel_goes(driver, panel, clock, qtbot, app_context):
    advance(clock, driver, 60)
    with qtbot.waitSignal(app_context.data_events.changed):
        panel.skip_button.click()
    assert not panel.isVisible() and not driver.ticking()
    (entry,) = breaks_for_day(app_context.db, clock.now().date())
    assert entry.outcome == "skipped" and entry.kind == "micro" and entry.exercise


def test_postpone_is_recorded_and_the_break_comes_back_later(driver, panel, clock, app_context):
    advance(clock, driver, 60)
    assert panel.postpone_button.text() == "&Postpone 5 min"
    panel.postpone_button.click()
    (entry,) = breaks_for_day(app_context.db, clock.now().date())
    assert entry.outcome == "postponed"
    # five minutes of desk time for both tiers, so the other one does not come at once
    assert driver.status().next_in_s == 300


def test_i_did_it_is_recorded_and_counts_as_a_position_change(driver, panel, clock, qtbot, app_context):
    advance(clock, driver, 60)
    advance(clock, driver, 3)
    # Three seconds into a ten-second pause is not a break had yet.
    assert panel.did_it_button.isVisible() and not panel.did_it_button.isEnabled()
    advance(clock, driver, 3)
    assert panel.did_it_button.isEnabled()
    with qtbot.waitSignal(app_context.intents.routine_progress) as progress:
        panel.did_it_button.click()
    assert progress.args == [RoutineProgress("position_changes", 1)]
    (entry,) = breaks_for_day(app_context.db, clock.now().date())
    assert entry.outcome == "taken" and entry.did_it and entry.duration_s == 6


def test_a_break_left_to_run_ends_by_itself_and_the_panel_closes(driver, panel, clock, qtbot, app_context):
    advance(clock, driver, 60)
    advance(clock, driver, 10)
    assert not panel.isVisible()
    (entry,) = breaks_for_day(app_context.db, clock.now().date())
    assert entry.outcome == "taken" and not entry.did_it


def test_spasm_now_opens_the_quick_log_and_holds_desk_time(driver, panel, clock, qtbot, app_context):
    advance(clock, driver, 60)
    with qtbot.waitSignal(app_context.intents.quick_log) as opened:
        panel.spasm_button.click()
    assert opened.args[0].source_note  # says it comes from the break
    status = driver.status()
    assert status.state == State.ON_BREAK and status.break_kind == "recovery"
    assert panel.title.text() == "A recovery break" and not panel.skip_button.isVisible()
    desk = status.desk_today_s
    advance(clock, driver, 60)
    assert driver.status().desk_today_s == desk
    advance(clock, driver, 60)
    entries = breaks_for_day(app_context.db, clock.now().date())
    assert [(e.kind, e.outcome) for e in entries] == [("recovery", "taken")]


def test_warm_up_audio_asks_the_relax_tab(driver, panel, clock, qtbot, app_context):
    driver.take_break_now("movement")
    assert panel.audio_button.isVisible()
    with qtbot.waitSignal(app_context.intents.play_session) as played:
        panel.audio_button.click()
    assert played.args == [PlaySession("desk_warm_up")]


def test_strict_mode_leaves_the_break_to_the_overlay_and_a_recovery_break_to_the_panel(driver, panel, clock,
                                                                                      quick_prefs):
    quick_prefs.set(prefs.PACING_STRICT, True)
    advance(clock, driver, 60)
    assert driver.status().state == State.ON_BREAK and not panel.isVisible()
    driver.spasm_now()
    assert panel.isVisible() and panel.title.text() == "A recovery break"


def test_a_glass_from_the_water_reminder_counts_for_the_routine(driver, panel, clock, qtbot, app_context,
                                                                 quick_prefs):
    quick_prefs.set(prefs.PACING_MICRO_EVERY_MIN, 0)
    quick_prefs.set(prefs.PACING_MOVEMENT_EVERY_MIN, 0)
    quick_prefs.set(prefs.PACING_WATER_EVERY_MIN, 20)
    driver.reminder.connect(panel.show_reminder)
    advance(clock, driver, 20 * 60)
    assert panel.mode() == "reminder" and panel.water_button.isVisible()
    with qtbot.waitSignal(app_context.intents.routine_progress) as progress:
        panel.water_button.click()
    assert progress.args == [RoutineProgress("water", 1)]


def test_reduce_motion_shows_the_panel_without_a_fade(driver, panel, clock, quick_prefs):
    quick_prefs.set(prefs.REDUCE_MOTION, True)
    advance(clock, driver, 60)
    assert panel.windowOpacity() == 1.0


def test_a_suspend_longer_than_a_break_is_rest(driver, clock, app_context):
    advance(clock, driver, 40)
    clock.sleep_machine(20)  # the wall clock moves, the monotonic one does not
    driver.poll()
    (entry,) = breaks_for_day(app_context.db, clock.now().date())
    assert entry.outcome == "natural" and entry.kind == "micro" and entry.duration_s == 20
    assert driver.status().next_in_s == 60


def test_a_restart_the_same_day_keeps_the_desk_time_without_a_break_storm(driver, clock, app_context,
                                                                          quick_prefs):
    from fibro_desktop.ui.pacing.driver import PacingDriver

    advance(clock, driver, 50)
    driver.save_desk_time()
    assert desk_time(app_context.db, clock.now().date()) == 50
    driver.machine = None
    again = PacingDriver(app_context.db, clock, quick_prefs, app_context.data_events, app_context.intents)
    status = again.status()
    assert status.state == State.WORKING and status.desk_today_s == 50 and status.next_in_s == 60
    again.machine = None


def test_switching_the_timer_off_stops_every_timer(driver, quick_prefs):
    quick_prefs.set(prefs.PACING_ENABLED, False)
    assert driver.status().state == State.OFF and driver.next_wakeup_ms() is None
    assert not driver.is_running()


def test_the_soft_cue_plays_through_the_sound_system(driver, panel, clock, quick_prefs, qtbot):
    if not pulse_server_reachable():
        pytest.skip("no PulseAudio server is reachable to play the cue into (dev.py test starts one)")
    quick_prefs.set(prefs.PACING_SOUND_CUE, True)
    advance(clock, driver, 60)
    effect = panel._chime.effect
    qtbot.waitUntil(lambda: effect.isPlaying() or effect.status() == effect.Status.Error, timeout=5000)
    assert effect.status() != effect.Status.Error
    qtbot.waitUntil(lambda: not effect.isPlaying(), timeout=5000)


def test_the_real_clock_has_a_suspend_counting_partner_here():
    import sys

    from fibro_desktop.core.clock import SystemClock
    from fibro_desktop.core.fake_clock import FakeClock
    from fibro_desktop.ui.pacing.driver import awake_clock_for, boot_clock_for

    assert boot_clock_for(FakeClock(wall=None)) is None and awake_clock_for(SystemClock()) is None
    if sys.platform.startswith("linux"):
        boot = boot_clock_for(SystemClock())
        assert boot is not None and boot() >= SystemClock().monotonic() - 1


def test_a_locked_screen_counts_as_time_away(driver, clock, app_context):
    advance(clock, driver, 40)
    driver.set_session_locked(True)
    clock.advance(15)
    driver.set_session_locked(False)
    (entry,) = breaks_for_day(app_context.db, clock.now().date())
    assert entry.outcome == "natural" and entry.kind == "micro"
    assert driver.status().desk_today_s == 40  # the locked time was not desk time


def test_the_lock_watcher_starts_quietly_without_a_session_bus(qapp):
    from fibro_desktop.ui.pacing.session_lock import SessionLockWatcher

    assert SessionLockWatcher().start() in (True, False)


def test_the_armed_timer_itself_wakes_the_driver_and_the_panel_appears(driver, panel, clock, qtbot):
    clock.advance(60)  # the break is due now, and nobody has polled yet
    driver._rearm()  # as after any wake-up: the deadline has passed, so 0 ms
    assert driver.next_wakeup_ms() == 0
    qtbot.waitUntil(panel.isVisible, timeout=2000)
    assert panel.mode() == "break"
