"""The Toolkit wired into the whole app: cross-tab ticks, tray, shortcut."""

from PySide6.QtGui import QIcon, QKeySequence

from fibro_desktop.core.changes import Area, Changes
from fibro_desktop.core.intents import RoutineProgress
from fibro_desktop.store import routine as routine_store
from fibro_desktop.store import toolkit as kit_store
from fibro_desktop.ui.toolkit.launcher import RescuePlanLauncher
from fibro_desktop.ui.tray import TrayIcon
from fibro_desktop.wiring import toolkit as wiring
from tests.conftest import TEST_NOW


def amount(db, kind):
    return routine_store.routine_day(db, TEST_NOW.date()).line_for_kind(kind).amount


def test_other_tabs_tick_the_routine_even_before_the_tab_is_opened(shell, app_context, qtbot):
    assert not shell.window.is_built("toolkit")
    with qtbot.waitSignal(app_context.data_events.changed) as changed:
        app_context.intents.routine_progress.emit(RoutineProgress("relaxation", 1))
    assert changed.args[0] == Changes.of(Area.ROUTINE)
    app_context.intents.routine_progress.emit(RoutineProgress("position_changes", 1))
    app_context.intents.routine_progress.emit(RoutineProgress("position_changes", 1))
    app_context.intents.routine_progress.emit(RoutineProgress("water", 1))
    db = app_context.db
    assert (amount(db, "relaxation"), amount(db, "position_changes"), amount(db, "water")) == (1, 2, 1)


def test_an_open_page_updates_when_another_tab_reports(shell, app_context, qtbot):
    page = shell.window.show_tab("toolkit")
    assert page.routine.progress_label.text() == "0 of 8 done today"
    app_context.intents.routine_progress.emit(RoutineProgress("relaxation", 1))
    assert page.routine.progress_label.text() == "1 of 8 done today"
    assert "Routine today: 1 of 8" in page.summary.text()


def test_unknown_kinds_and_zero_amounts_change_nothing(shell, app_context):
    app_context.intents.routine_progress.emit(RoutineProgress("juggling", 3))
    app_context.intents.routine_progress.emit(RoutineProgress("water", 0))
    day = routine_store.routine_day(app_context.db, TEST_NOW.date())
    assert all(line.amount == 0 for line in day.lines)


def test_defaults_are_seeded_once_per_data_folder(shell, app_context):
    assert len(kit_store.list_kit_items(app_context.db)) == 5
    assert wiring.seed(app_context) is False


def test_the_plan_is_in_the_tray_and_on_a_shortcut(shell, app_context, qtbot):
    action = shell.window.findChild(type(shell.actions.quit), "toolkit_rescue_plan")
    assert action.shortcut() == QKeySequence(wiring.RESCUE_SHORTCUT)
    assert action in shell.window.actions()
    shell.tray = TrayIcon(QIcon(), [], shell.window)
    shell.refresh_tray()
    assert action in shell.tray.menu.actions()
    action.trigger()
    dialog = shell.window.findChild(RescuePlanLauncher).dialog
    qtbot.waitUntil(dialog.isVisible)


def test_smoke_check_opens_and_closes_the_plan(shell, app_context):
    wiring.smoke_check(shell, app_context)
    assert not shell.window.findChild(RescuePlanLauncher).dialog.isVisible()


def test_the_plan_window_can_be_built_ahead_of_need_hidden(launcher):
    launcher.prepare()  # what the delayed timer calls
    assert launcher.dialog is not None and not launcher.dialog.isVisible()


def test_a_restock_note_at_most_once_a_day_and_only_if_wanted(shell, app_context):
    from fibro_desktop.ui import preferences as prefs

    shell.tray = TrayIcon(QIcon(), [], shell.window)
    assert wiring.remind_restock(shell, app_context) is False  # nothing low yet
    first = kit_store.list_kit_items(app_context.db)[0]
    kit_store.update_kit_item(app_context.db, TEST_NOW, first.id, quantity=0, restock_below=2)
    app_context.preferences.set(prefs.RESTOCK_REMINDERS, False)
    assert wiring.remind_restock(shell, app_context) is False
    app_context.preferences.set(prefs.RESTOCK_REMINDERS, True)
    assert wiring.remind_restock(shell, app_context) is True
    assert wiring.remind_restock(shell, app_context) is False  # once a day
    app_context.clock.advance(86400)
    assert wiring.remind_restock(shell, app_context) is True


def test_the_reminder_choice_is_kept_from_the_kit_panel(page, app_context):
    from fibro_desktop.ui import preferences as prefs

    page.kit.remind.setChecked(False)
    assert app_context.preferences.get(prefs.RESTOCK_REMINDERS) is False
