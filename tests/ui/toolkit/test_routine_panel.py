"""Today's routine, yesterday afterwards, and editing the list."""

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer

from fibro_desktop.store import routine as store
from fibro_desktop.ui.toolkit.routine_editor import RoutineEditorDialog
from tests.conftest import TEST_NOW


def row(panel, name):
    return next(r for r in panel.rows if r.line.item.name == name)


def test_progress_is_shown_simply(page):
    assert page.routine.progress_label.text() == "0 of 8 done today"
    assert "good start" in page.routine.encouragement_label.text()


def test_ticking_an_item_counts(page, qtbot):
    routine = page.routine
    row(routine, "Morning stretch").check.setChecked(True)
    qtbot.waitUntil(lambda: routine.progress_label.text() == "1 of 8 done today")
    assert row(routine, "Morning stretch").check.isChecked()
    assert "Routine today: 1 of 8" in page.summary.text()
    row(routine, "Morning stretch").check.setChecked(False)
    qtbot.waitUntil(lambda: routine.progress_label.text() == "0 of 8 done today")


def test_the_water_counter_counts_glasses_towards_the_target(page, app_context, qtbot):
    routine = page.routine
    for expected in (1, 2):
        qtbot.mouseClick(row(routine, "Glasses of water").plus, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda e=expected: row(routine, "Glasses of water").line.amount == e)
    assert row(routine, "Glasses of water").count_label.text() == "2 of 8"
    qtbot.mouseClick(row(routine, "Glasses of water").minus, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row(routine, "Glasses of water").line.amount == 1)
    assert store.routine_day(app_context.db, TEST_NOW.date()).line_for_kind("water").amount == 1


def test_yesterday_can_be_filled_in(page, app_context, qtbot):
    routine = page.routine
    qtbot.mouseClick(routine.yesterday_button, Qt.MouseButton.LeftButton)
    assert routine.progress_label.text() == "0 of 8 done yesterday"
    row(routine, "Evening stretch").check.setChecked(True)
    qtbot.waitUntil(lambda: routine.progress_label.text() == "1 of 8 done yesterday")
    yesterday = TEST_NOW.date() - timedelta(days=1)
    assert store.routine_day(app_context.db, yesterday).line_for_kind("evening_stretch").done
    qtbot.mouseClick(routine.today_button, Qt.MouseButton.LeftButton)
    assert routine.progress_label.text() == "0 of 8 done today"


def test_at_midnight_the_page_goes_back_to_a_fresh_today(page, app_context, qtbot):
    routine = page.routine
    row(routine, "Morning stretch").check.setChecked(True)
    qtbot.waitUntil(lambda: routine.progress_label.text() == "1 of 8 done today")
    routine.yesterday_button.click()
    app_context.clock.advance(14 * 3600 + 60)  # 00:01 the next day
    assert page.check_day()
    assert not routine.showing_yesterday
    assert routine.progress_label.text() == "0 of 8 done today"


def test_everything_done_is_said_kindly(page, app_context, qtbot):
    for line in store.routine_day(app_context.db, TEST_NOW.date()).lines:
        store.set_routine_amount(app_context.db, TEST_NOW, line.item.id, TEST_NOW.date(), line.item.target)
    page.routine.refresh()
    assert page.routine.progress_label.text() == "8 of 8 done today"
    assert "Well looked after" in page.routine.encouragement_label.text()


def test_editing_the_list_add_target_reorder_remove(qtbot, app_context, page):
    dialog = RoutineEditorDialog(app_context.db, app_context.clock, page.write)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("")
    dialog.add_button.click()
    assert dialog.message.isVisible()
    dialog.name.setText("Tai chi")
    dialog.target.setValue(2)
    dialog.add_button.click()
    assert dialog.list.item(dialog.list.count() - 1).text() == "Tai chi  ·  2 a day"
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    names = [i.name for i in store.list_routine_items(app_context.db)]
    assert names[-2] == "Tai chi"
    dialog.list.setCurrentRow(0)
    dialog.remove_button.click()
    assert "Glasses of water" not in [i.name for i in store.list_routine_items(app_context.db)]
    assert dialog.edited


def test_edit_list_button_opens_the_editor(page, qtbot):
    def close_editor():
        editor = page.findChild(RoutineEditorDialog)
        editor.name.setText("Epsom-salt bath")
        editor.add_button.click()
        editor.reject()

    QTimer.singleShot(0, close_editor)
    page.routine.edit_button.click()
    assert page.routine.progress_label.text() == "0 of 9 done today"


def test_a_removed_routine_item_can_be_brought_back(qtbot, app_context, page):
    dialog = RoutineEditorDialog(app_context.db, app_context.clock, page.write)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.list.setCurrentRow(1)
    dialog.remove_button.click()
    assert len(store.list_routine_items(app_context.db)) == 7
    assert dialog.undo_bar.isVisible()
    dialog.undo_bar.undo_button.click()
    names = [i.name for i in store.list_routine_items(app_context.db)]
    assert names[1] == "Electrolytes or magnesium-rich food" and len(names) == 8
