"""The Pacing tab, its settings, the tray actions and close-to-tray."""

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QIcon

from fibro_desktop.core.changes import Area, Changes
from fibro_desktop.core.pacing import State
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.tray import TrayIcon
from fibro_desktop.wiring import pacing as pacing_wiring
from tests.ui.closing import close_as_the_person_does


def pacing(shell, app_context, qtbot):
    page = shell.window.show_tab("pacing")
    qtbot.waitUntil(page.isVisible)
    return page, shell.state(pacing_wiring.FEATURE)


def test_the_tab_shows_the_next_break_and_an_empty_day_calmly(shell, app_context, qtbot):
    page, state = pacing(shell, app_context, qtbot)
    assert page.state_label.text() == "Working. Short pause in 10 min."
    assert page.countdown.text() == "10:00"
    assert page.empty.isVisible() and not page.record.isVisible()
    assert "No breaks have come due yet today." in page.summary.text()
    assert state.driver.ticking()  # the countdown is visible
    shell.window.showMinimized()
    qtbot.waitUntil(lambda: not state.driver.ticking())
    shell.window.showNormal()
    qtbot.waitUntil(state.driver.ticking)
    shell.window.show_tab("journal")
    assert not state.driver.ticking()


def test_tray_actions_take_a_break_pause_and_resume(shell, app_context, clock, qtbot):
    page, state = pacing(shell, app_context, qtbot)
    actions = shell.wired["pacing"].actions
    actions["take_break"].trigger()
    assert state.panel.mode() == "break" and state.panel.title.text() == "Time to move a little"
    clock.advance(4 * 60)  # most of the movement break
    state.driver.poll()
    state.panel.did_it_button.click()
    assert page.record.count() == 1 and "Movement break: Done" in page.record.item(0).text()
    actions["pause"].menu().actions()[0].trigger()  # 30 minutes
    assert state.driver.status().state == State.PAUSED
    assert actions["resume"].isVisible() and not actions["pause"].isVisible()
    assert page.resume_button.isVisible()
    actions["resume"].trigger()
    assert state.driver.status().state == State.WORKING


def test_closing_keeps_the_app_in_the_tray_while_breaks_are_timed(shell, app_context, qtbot, monkeypatch):
    shell.tray = TrayIcon(QIcon(), [], shell.window)
    assert close_as_the_person_does(shell.window, monkeypatch) is False
    assert shell.window.isHidden()
    shell.window.show()
    app_context.preferences.set(prefs.PACING_ENABLED, False)
    assert close_as_the_person_does(shell.window, monkeypatch) is True


def test_the_tray_tooltip_gives_the_time_to_the_next_break(shell, app_context, qtbot):
    shell.tray = TrayIcon(QIcon(), [], shell.window)
    page, state = pacing(shell, app_context, qtbot)
    state.driver.poll()
    assert shell.tray.toolTip() == "Fibro Desktop: next break in 10 min"


def test_a_hard_check_in_suggests_the_flare_day_and_never_switches_by_itself(shell, app_context, clock, qtbot):
    from fibro_desktop.core.journal.records import CheckIn
    from fibro_desktop.store.checkins import save_checkin

    save_checkin(app_context.db, CheckIn(clock.now().date(), overall_pain=8), clock.now())
    page, _ = pacing(shell, app_context, qtbot)
    app_context.data_events.changed.emit(Changes.of(Area.CHECKINS), None)
    assert page.flare_box.isVisible()
    assert app_context.preferences.get(prefs.PACING_PRESET) == "standard"
    page.use_flare.click()
    assert app_context.preferences.get(prefs.PACING_PRESET) == "flare"
    assert app_context.preferences.get(prefs.PACING_MOVEMENT_EVERY_MIN) == 25
    assert page.settings.movement_every.value() == 25 and not page.flare_box.isVisible()


def test_not_today_hides_the_suggestion_for_the_day(shell, app_context, clock, qtbot):
    from fibro_desktop.core.journal.records import CheckIn
    from fibro_desktop.store.checkins import save_checkin

    save_checkin(app_context.db, CheckIn(clock.now().date(), sleep_quality=1), clock.now())
    page, _ = pacing(shell, app_context, qtbot)
    page.refresh()
    page.not_today.click()
    page.refresh()
    assert not page.flare_box.isVisible()


def test_editing_a_timing_makes_the_rhythm_custom_and_applies_at_once(shell, app_context, qtbot):
    page, state = pacing(shell, app_context, qtbot)
    page.settings.micro_every.setValue(20)
    assert app_context.preferences.get(prefs.PACING_PRESET) == "custom"
    assert page.settings.preset.currentData() == "custom"
    assert state.driver.status().next_in_s == 20 * 60
    page.settings.preset.setCurrentIndex(page.settings.preset.findData("gentle"))
    assert page.settings.micro_every.value() == 15


def test_work_hours_that_end_before_they_start_are_not_saved(shell, app_context, qtbot):
    page, _ = pacing(shell, app_context, qtbot)
    page.settings.work_hours.setChecked(True)
    page.settings.work_end.setTime(QTime(8, 0))
    assert page.settings.hours_error.isVisible()
    assert app_context.preferences.get(prefs.PACING_WORK_END) == "17:00"
    page.settings.work_end.setTime(QTime(16, 0))
    assert not page.settings.hours_error.isVisible()
    assert app_context.preferences.get(prefs.PACING_WORK_END) == "16:00"


def test_every_control_has_a_name_a_screen_reader_can_say(shell, app_context, qtbot):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLabel

    page, state = pacing(shell, app_context, qtbot)
    for widget in page.findChildren(QAbstractButton) + state.panel.findChildren(QAbstractButton):
        assert widget.text() or widget.accessibleName()
    labelled = {label.buddy() for label in page.findChildren(QLabel) if label.buddy()}
    for widget in page.findChildren(QAbstractSpinBox) + page.findChildren(QComboBox):
        assert widget in labelled or widget.accessibleName(), widget


def test_an_exercise_turned_off_is_never_shown(shell, app_context, qtbot):
    page, state = pacing(shell, app_context, qtbot)
    box = page.settings.exercises
    micro_ids = [e.id for e in state.driver.bundled_exercises if e.suits("micro")]
    for row in range(box.list.count()):
        item = box.list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in micro_ids[1:]:
            item.setCheckState(Qt.CheckState.Unchecked)
    assert set(app_context.preferences.get(prefs.PACING_DISABLED_EXERCISES).split(",")) == set(micro_ids[1:])
    for _ in range(3):
        state.driver.take_break_now("micro")
        assert state.driver.status().exercise == micro_ids[0]
        state.panel.did_it_button.click()


def test_your_own_exercise_is_kept_and_shown_in_a_break(shell, app_context, qtbot):
    from fibro_desktop.ui.pacing.exercises_form import OwnExerciseDialog

    page, state = pacing(shell, app_context, qtbot)
    dialog = OwnExerciseDialog()
    qtbot.addWidget(dialog)
    dialog.title.setText("Therapist's shoulder set")
    dialog._save()
    assert dialog.steps_error.isVisibleTo(dialog) and dialog.result_exercise is None
    dialog.steps.setPlainText("Roll the shoulders back\n\nBreathe out")
    dialog.tier.setCurrentIndex(dialog.tier.findData("micro"))
    dialog._save()
    page.settings.exercises.add_exercise(dialog.result_exercise)
    assert "Therapist's shoulder set (yours)" in [page.settings.exercises.list.item(i).text()
                                                  for i in range(page.settings.exercises.list.count())]
    box = page.settings.exercises
    for row in range(box.list.count()):
        item = box.list.item(row)
        if not item.data(Qt.ItemDataRole.UserRole).startswith("own_"):
            item.setCheckState(Qt.CheckState.Unchecked)
    state.driver.take_break_now("micro")
    assert "Therapist" in state.panel.exercise.text() and "Breathe out" in state.panel.exercise.text()


def test_closing_to_the_tray_says_so_once(shell, app_context, qtbot, monkeypatch):
    shell.tray = TrayIcon(QIcon(), [], shell.window)
    assert close_as_the_person_does(shell.window, monkeypatch) is False
    qtbot.waitUntil(lambda: app_context.preferences.get(prefs.CLOSE_TO_TRAY_NOTICE_SHOWN))
    notice = shell.state(pacing_wiring.FEATURE).tray_notice
    if notice is not None:  # no tray messages here: a small non-modal box instead
        assert "keeps running in the tray" in notice.text() and not notice.isModal()
        notice.close()


def test_without_tray_messages_the_notice_comes_in_the_panel(shell, app_context, qtbot, clock):
    page, state = pacing(shell, app_context, qtbot)
    clock.advance(10 * 60 - 10)
    state.driver.poll()
    assert state.panel.mode() == "notice" and state.panel.take_now_button.isVisible()
    state.panel.take_now_button.click()
    assert state.panel.mode() == "break" and state.driver.status().break_kind == "micro"


def test_the_daily_limit_is_said_calmly(shell, app_context, qtbot, clock):
    app_context.preferences.set(prefs.PACING_DAILY_LIMIT_MIN, 5)
    page, state = pacing(shell, app_context, qtbot)
    clock.advance(5 * 60)
    state.driver.poll()
    assert state.panel.mode() == "reminder"
    assert state.panel.title.text() == "Enough desk time for today"
    assert page.resume_button.isVisible() and page.resume_button.text() == "&Keep going today"
    page.resume_button.click()
    assert state.driver.status().state == State.WORKING
