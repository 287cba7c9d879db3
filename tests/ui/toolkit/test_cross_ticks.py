"""The routine ticks itself where the person already said it: the check-in's
glasses of water, the heat timer run to its end (warmth), a few minutes with
the breathing pacer (relaxation), a movement break with a stretch (a stretch
item). And the rescue plan's heat timer runs on with the plan closed."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from fibro_desktop.core.journal.records import CheckIn
from fibro_desktop.core.relax.pacer import PRACTICE_S
from fibro_desktop.core.toolkit.rescue import HEAT_SECONDS
from fibro_desktop.ops import journal as journal_ops
from fibro_desktop.ops import toolkit as toolkit_ops
from fibro_desktop.store import routine as routine_store
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.toolkit.launcher import RescuePlanLauncher
from fibro_desktop.wiring import toolkit as wiring
from tests.conftest import TEST_NOW
from tests.ui.pacing.conftest import advance, driver, panel, quick_prefs  # noqa: F401 (fixtures)

TODAY = TEST_NOW.date()


@pytest.fixture
def listening(app_context):
    """Seeded defaults, and other tabs' reports written as the wiring does."""
    wiring.seed(app_context)
    app_context.intents.routine_progress.connect(
        lambda progress: wiring.record_progress(app_context, progress.kind, progress.amount))
    return app_context


def amount(ctx, kind, day=TODAY):
    return routine_store.routine_day(ctx.db, day).line_for_kind(kind).amount


# -- the check-in's water ------------------------------------------------------

def test_glasses_in_the_check_in_show_in_the_routine_without_entering_them_twice(listening, qtbot):
    from fibro_desktop.ui.journal.checkin_form import CheckInForm
    from fibro_desktop.ui.toolkit.page import ToolkitPage

    ctx = listening
    page = ToolkitPage(ctx.db, ctx.clock, ctx.data_events, ctx.intents, ctx.preferences)
    form = CheckInForm(ctx.db, ctx.clock, ctx.data_events)
    for widget in (page, form):
        qtbot.addWidget(widget)
        widget.show()
    water_row = next(row for row in page.routine.rows if row.line.item.kind == "water")
    assert water_row.count_label.text() == "0 of 8"
    form.water.setValue(6)
    with qtbot.waitSignal(ctx.data_events.changed) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    changes, origin = saved.args
    assert origin is form and changes.touches(routine_store_area())
    assert amount(ctx, "water") == 6
    water_row = next(row for row in page.routine.rows if row.line.item.kind == "water")
    assert water_row.count_label.text() == "6 of 8"


def routine_store_area():
    from fibro_desktop.core.changes import Area

    return Area.ROUTINE


def test_the_check_in_does_not_count_glasses_already_ticked_and_follows_its_own_correction(listening):
    ctx = listening
    for _ in range(3):  # three glasses from the pacing reminder
        toolkit_ops.count_routine_progress(ctx.db, TEST_NOW, "water", 1)
    journal_ops.save_checkin(ctx.db, CheckIn(day=TODAY, water_glasses=2), TEST_NOW)
    assert amount(ctx, "water") == 3  # the check-in's 2 are among the 3, not on top
    journal_ops.save_checkin(ctx.db, CheckIn(day=TODAY, water_glasses=7), TEST_NOW)
    assert amount(ctx, "water") == 7
    journal_ops.save_checkin(ctx.db, CheckIn(day=TODAY, water_glasses=5), TEST_NOW)
    assert amount(ctx, "water") == 5  # it said 7 before: a correction
    _saved, changes = journal_ops.save_checkin(ctx.db, CheckIn(day=TODAY, mood=4), TEST_NOW)
    assert amount(ctx, "water") == 5 and not changes.touches(routine_store_area())  # left open: unchanged


def test_an_old_check_in_leaves_the_routine_of_that_day_alone(listening):
    ctx = listening
    old = TODAY - timedelta(days=5)
    journal_ops.save_checkin(ctx.db, CheckIn(day=old, water_glasses=6), TEST_NOW)
    assert amount(ctx, "water", old) == 0
    journal_ops.save_checkin(ctx.db, CheckIn(day=TODAY - timedelta(days=1), water_glasses=4), TEST_NOW)
    assert amount(ctx, "water", TODAY - timedelta(days=1)) == 4


# -- the heat timer --------------------------------------------------------------

@pytest.fixture
def heat_launcher(qtbot, listening):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    notifier = FakeNotifier()
    built = RescuePlanLauncher(listening.db, listening.clock, listening.intents, window,
                               preferences=listening.preferences, notes=lambda: notifier)
    listening.intents.rescue_plan.connect(built.open)
    built.notes = notifier.shown
    built.notifier = notifier
    yield built
    if built.dialog is not None:
        built.dialog.close()


class FakeNotifier:
    """Records notes as ``ui.notify.Notifier`` would show them."""

    def __init__(self):
        self.shown = []
        self.actions = {}

    def notify(self, key, title, text, action=None):
        self.shown.append((title, text))
        self.actions[key] = action
        return True

    def clear(self, key):
        self.actions.pop(key, None)


class FakeChime:
    def __init__(self):
        self.played = 0

    def play(self):
        self.played += 1


def test_the_heat_timer_runs_on_with_the_plan_closed_and_ends_with_a_note_and_warmth(heat_launcher, listening,
                                                                                     qtbot):
    ctx = listening
    ctx.intents.rescue_plan.emit()
    dialog = heat_launcher.dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.mouseClick(dialog.heat_button, Qt.MouseButton.LeftButton)
    dialog.close()  # lying down with the heat pad
    assert heat_launcher.heat.running and heat_launcher.heat_running()
    ctx.clock.advance(HEAT_SECONDS - 60)
    heat_launcher.heat.tick()  # what its once-a-second timer does
    assert heat_launcher.notes == [] and amount(ctx, "warmth") == 0
    ctx.clock.advance(60)
    heat_launcher.heat.tick()
    assert heat_launcher.notes == [("Heat timer", "Time to take the heat off. A light stretch now, "
                                                  "if it feels right.")]
    assert amount(ctx, "warmth") == 1 and not heat_launcher.heat_running()
    label, open_plan = heat_launcher.notifier.actions["heat_timer"]
    assert label == "Open my rescue plan"
    open_plan()  # clicking the note opens the plan, which says it there too
    assert dialog.isVisible() and "take the heat off" in dialog.heat_label.text()
    assert "heat_timer" not in heat_launcher.notifier.actions  # the note is put away


def test_reopening_the_plan_shows_the_time_left(heat_launcher, listening, qtbot):
    ctx = listening
    ctx.intents.rescue_plan.emit()
    dialog = heat_launcher.dialog
    dialog.heat_button.click()
    dialog.close()
    ctx.clock.advance(5 * 60)
    ctx.intents.rescue_plan.emit()
    assert dialog.heat_label.text() == "Heat on: 10:00 left" and "Stop" in dialog.heat_button.text()


def test_the_soft_sound_plays_only_when_chosen(heat_launcher, listening, qtbot):
    ctx = listening
    heat_launcher.chime = FakeChime()
    ctx.intents.rescue_plan.emit()
    dialog = heat_launcher.dialog
    assert dialog.heat_sound.isVisibleTo(dialog) and not dialog.heat_sound.isChecked()
    dialog.heat_button.click()
    ctx.clock.advance(HEAT_SECONDS)
    heat_launcher.heat.tick()
    assert heat_launcher.chime.played == 0
    qtbot.mouseClick(dialog.heat_sound, Qt.MouseButton.LeftButton)
    assert ctx.preferences.get(prefs.HEAT_SOUND)
    dialog.heat_button.click()
    ctx.clock.advance(HEAT_SECONDS)
    heat_launcher.heat.tick()
    assert heat_launcher.chime.played == 1


def test_stopping_the_heat_early_does_not_tick_warmth(heat_launcher, listening):
    ctx = listening
    ctx.intents.rescue_plan.emit()
    dialog = heat_launcher.dialog
    dialog.heat_button.click()
    ctx.clock.advance(60)
    dialog.heat_button.click()
    ctx.clock.advance(HEAT_SECONDS)
    heat_launcher.heat.tick()
    assert amount(ctx, "warmth") == 0 and heat_launcher.notes == []


def test_in_the_app_a_running_heat_timer_is_background_work(shell, app_context):
    launcher = shell.window.findChild(RescuePlanLauncher)
    assert launcher.heat_running in shell.background_work
    launcher.heat.start(HEAT_SECONDS)
    assert any(busy() for busy in shell.background_work)
    launcher.heat.stop()


# -- "Log this spasm" ------------------------------------------------------------

def test_log_this_spasm_opens_the_quick_log_with_what_was_tried_and_the_editor_one_click_away(
        shell, app_context, qtbot):
    from fibro_desktop.store.journal import get_episode
    from fibro_desktop.ui.journal.editor import EpisodeEditor
    from fibro_desktop.ui.journal.quick_log import QuickLogDialog

    app_context.preferences.set(prefs.JOURNAL_LAST_KIND, "tonic")
    app_context.intents.rescue_plan.emit()
    plan = shell.window.findChild(RescuePlanLauncher).dialog
    qtbot.waitUntil(plan.isVisible)
    plan.next_button.click()
    qtbot.mouseClick(plan.tried, Qt.MouseButton.LeftButton)  # warmth, then a stretch
    qtbot.mouseClick(plan.log_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.window.findChild(QuickLogDialog) is not None, timeout=2000)
    quick = shell.window.findChild(QuickLogDialog)
    assert shell.window.findChild(EpisodeEditor) is None  # not the long editor
    assert quick.selected_kind() == "tonic"  # the kind is not reset
    assert quick.prefill_note.isVisibleTo(quick)
    assert "Warmth, then a light stretch" in quick.prefill_note.text()
    qtbot.keyClick(quick, Qt.Key.Key_6)
    qtbot.mouseClick(quick.details_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.window.findChild(EpisodeEditor) is not None, timeout=2000)
    editor = shell.window.findChild(EpisodeEditor)
    assert editor.relief_rows["heat"].tried.isChecked()
    assert not editor.relief_rows["massage"].tried.isChecked()
    saved = get_episode(app_context.db, editor._original.uid)
    assert saved.kind == "tonic" and saved.intensity == 6
    assert [r.relief for r in saved.reliefs] == ["heat"]
    editor.reject()


# -- the breathing pacer -----------------------------------------------------------

def test_three_minutes_with_the_breathing_pacer_tick_relaxation_once(listening, qtbot):
    from fibro_desktop.ui.relax.page import RelaxPage

    ctx = listening
    page = RelaxPage(ctx)
    qtbot.addWidget(page)
    try:
        box = page.pacer_box
        qtbot.mouseClick(box.start_button, Qt.MouseButton.LeftButton)
        ctx.clock.advance(PRACTICE_S - 1)
        box.pacer.check_practice()  # what its frame timer does
        assert amount(ctx, "relaxation") == 0
        ctx.clock.advance(1)
        box.pacer.check_practice()
        assert amount(ctx, "relaxation") == 1
        ctx.clock.advance(PRACTICE_S)
        qtbot.mouseClick(box.start_button, Qt.MouseButton.LeftButton)  # stop
        assert amount(ctx, "relaxation") == 1  # once per run
        qtbot.mouseClick(box.start_button, Qt.MouseButton.LeftButton)
        ctx.clock.advance(30)
        qtbot.mouseClick(box.start_button, Qt.MouseButton.LeftButton)
        assert amount(ctx, "relaxation") == 1  # half a minute is not a session
    finally:
        page.shutdown()


# -- a movement break with a stretch ---------------------------------------------------

def stretch_break(driver, clock, exercise):  # noqa: F811 (the fixture passed in)
    driver.take_break_now("movement")
    driver.machine.set_exercise(exercise)
    clock.advance(4 * 60)  # "I did it" counts after most of the 5-minute break (issue 17)
    driver.did_it()


def test_a_movement_break_with_a_stretch_ticks_the_stretches_of_the_routine(listening, driver, clock):  # noqa: F811
    stretch_break(driver, clock, "gentle_side_reach")
    assert (amount(listening, "morning_stretch"), amount(listening, "evening_stretch")) == (1, 0)
    stretch_break(driver, clock, "shoulder_circles")
    assert (amount(listening, "morning_stretch"), amount(listening, "evening_stretch")) == (1, 1)
    stretch_break(driver, clock, "ankle_rolls")
    assert (amount(listening, "morning_stretch"), amount(listening, "evening_stretch")) == (1, 1)


def test_a_walk_is_not_a_stretch(listening, driver, clock):  # noqa: F811
    stretch_break(driver, clock, "stand_and_walk")
    assert (amount(listening, "morning_stretch"), amount(listening, "evening_stretch")) == (0, 0)
    assert amount(listening, "position_changes") == 1


def test_without_a_stretch_item_nothing_is_written(listening, driver, clock):  # noqa: F811
    for item in routine_store.list_routine_items(listening.db):
        if item.kind in ("morning_stretch", "evening_stretch"):
            routine_store.archive_routine_item(listening.db, TEST_NOW, item.id)
    assert toolkit_ops.count_routine_progress(listening.db, TEST_NOW, "stretch", 1).empty


def test_the_stretch_exercises_are_pacing_exercises():
    from fibro_desktop.core.toolkit.routine import STRETCH_EXERCISES
    from fibro_desktop.ui.pacing.driver import load_exercises

    known = {exercise.id: exercise for exercise in load_exercises()}
    assert STRETCH_EXERCISES <= set(known)
    assert all(known[name].suits("movement") for name in STRETCH_EXERCISES)


def test_in_the_app_the_note_shows_in_the_window_even_without_a_tray(shell, app_context, qtbot):
    launcher = shell.window.findChild(RescuePlanLauncher)
    launcher.heat.start(HEAT_SECONDS)
    app_context.clock.advance(HEAT_SECONDS)
    launcher.heat.tick()
    notice = shell.window.notices.notice("heat_timer")
    assert notice is not None and "take the heat off" in " ".join(
        label.text() for label in notice.findChildren(QLabel))
    app_context.intents.rescue_plan.emit()  # opening the plan puts the note away
    assert shell.window.notices.notice("heat_timer") is None
    launcher.dialog.close()
