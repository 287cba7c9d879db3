"""The "a spasm is starting" plan: opening, stepping, logging, audio, heat."""

from PySide6.QtCore import Qt

from fibro_desktop.core.intents import PlaySession
from fibro_desktop.core.toolkit.rescue import HEAT_SECONDS
from fibro_desktop.store import rescue_plan as store
from fibro_desktop.ui.toolkit.heat_timer import HeatTimer
from tests.conftest import TEST_NOW


def open_plan(launcher, app_context, qtbot):
    app_context.intents.rescue_plan.emit()
    dialog = launcher.dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_the_big_button_opens_the_plan_at_step_one(page, launcher, qtbot):
    qtbot.mouseClick(page.rescue_button, Qt.MouseButton.LeftButton)
    dialog = launcher.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.counter.text() == "Step 1 of 6"
    assert dialog.step_title.text() == "Move gently"
    assert not dialog.back_button.isEnabled()


def test_stepping_through_and_log_this_spasm_prefills_what_was_tried(launcher, app_context, qtbot):
    dialog = open_plan(launcher, app_context, qtbot)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.step_title.text() == "Warmth, then a light stretch"
    qtbot.mouseClick(dialog.tried, Qt.MouseButton.LeftButton)
    assert dialog.tried.isChecked() and "Tried" in dialog.tried.text()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert not dialog.tried.isChecked()  # each step has its own tick
    dialog.tried.click()
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert dialog.tried.isChecked()
    with qtbot.waitSignal(app_context.intents.quick_log) as logged:
        qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    prefill = logged.args[0]
    assert prefill.reliefs == ("heat", "massage")
    assert prefill.source_note == ("From your rescue plan. Saved as tried: Warmth, then a light stretch; "
                                   "Press or massage the knot.")
    assert prefill.notes == "Tried from my rescue plan: Warmth, then a light stretch; Press or massage the knot."


def test_the_last_step_says_so(launcher, app_context, qtbot):
    dialog = open_plan(launcher, app_context, qtbot)
    for _ in range(10):
        dialog.go_next()
    assert dialog.counter.text() == "Step 6 of 6"
    assert not dialog.next_button.isEnabled() and "last" in dialog.next_button.text()


def test_play_release_audio_asks_the_relax_tab(launcher, app_context, qtbot):
    dialog = open_plan(launcher, app_context, qtbot)
    with qtbot.waitSignal(app_context.intents.play_session) as played:
        qtbot.mouseClick(dialog.play_button, Qt.MouseButton.LeftButton)
    assert played.args == [PlaySession("release_only")]


def test_a_second_request_keeps_the_progress(launcher, app_context, qtbot):
    dialog = open_plan(launcher, app_context, qtbot)
    dialog.go_next()
    app_context.intents.rescue_plan.emit()
    assert dialog.counter.text() == "Step 2 of 6"
    dialog.close()
    app_context.intents.rescue_plan.emit()
    assert dialog.counter.text() == "Step 1 of 6"  # a new spasm starts afresh


def test_the_plan_shows_the_edited_steps_and_the_care_team(launcher, app_context, qtbot):
    steps = store.list_steps(app_context.db)
    store.set_step_order(app_context.db, TEST_NOW, [steps[-1].id] + [s.id for s in steps[:-1]])
    store.save_contact(app_context.db, TEST_NOW, role="physical_therapist", name="Dana <Ruiz>", phone="555 0100")
    dialog = open_plan(launcher, app_context, qtbot)
    assert dialog.step_title.text() == "Slow breathing"
    assert "Physical therapist: Dana &lt;Ruiz&gt;" in dialog.contacts_label.text()
    assert '<a href="tel:5550100">555 0100</a>' in dialog.contacts_label.text()


def test_an_empty_plan_says_where_to_add_steps(launcher, app_context, qtbot):
    for step in store.list_steps(app_context.db):
        store.delete_step(app_context.db, step.id)
    dialog = open_plan(launcher, app_context, qtbot)
    assert dialog.step_title.text() == "No steps yet"
    assert not dialog.tried.isEnabled() and not dialog.next_button.isEnabled()


def test_the_heat_timer_ends_with_its_signal_on_the_injected_clock(qtbot, clock):
    timer = HeatTimer(clock, tick_ms=10)
    seen = []
    timer.remaining_changed.connect(seen.append)
    timer.start(HEAT_SECONDS)
    assert seen == [HEAT_SECONDS]
    clock.advance(HEAT_SECONDS - 1)
    timer.tick()
    assert timer.running and seen[-1] == 1
    clock.advance(1)
    with qtbot.waitSignal(timer.finished, timeout=2000):
        pass
    assert not timer.running and seen[-1] == 0


def test_the_heat_button_counts_down_and_tells_when_to_take_it_off(launcher, app_context, qtbot):
    dialog = open_plan(launcher, app_context, qtbot)
    qtbot.mouseClick(dialog.heat_button, Qt.MouseButton.LeftButton)
    assert dialog.heat_label.text() == "Heat on: 15:00 left"
    assert "Stop" in dialog.heat_button.text()
    app_context.clock.advance(HEAT_SECONDS)
    with qtbot.waitSignal(dialog.heat.finished, timeout=1000):
        dialog.heat.tick()  # what its once-a-second timer does
    assert "take the heat off" in dialog.heat_label.text()
    assert "Start" in dialog.heat_button.text()


def test_at_200_percent_the_plan_fits_the_screen_with_its_buttons_in_view(launcher, app_context, qtbot):
    # Mid-spasm, at large text: the plan was a fixed 820 x 520, wider than a
    # small screen, and scrolled its step's buttons out of view on a laptop
    # at 200 % (seen on a 1366 x 768 screen); it now takes the size its steps
    # need, up to the screen's.
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    from fibro_desktop.ui.kit.widgets import ColumnScroll

    font = QApplication.font()
    large = QApplication.font()
    large.setPointSizeF(font.pointSizeF() * 2)
    QApplication.setFont(large)
    try:
        dialog = open_plan(launcher, app_context, qtbot)
        scroll = dialog.findChild(ColumnScroll)  # the steps' column
        assert dialog.screen().availableGeometry().contains(dialog.frameGeometry())
        viewport = scroll.viewport()
        for button in (dialog.tried, dialog.next_button):
            corner = button.mapTo(viewport, QPoint(button.width(), button.height()))
            assert viewport.rect().contains(corner), (button.text(), corner, viewport.size())
    finally:
        QApplication.setFont(font)
