"""The kit checklist as a person uses it."""

from datetime import timedelta

from PySide6.QtCore import Qt

from fibro_desktop.core.changes import Area, Changes
from fibro_desktop.store import toolkit as store
from fibro_desktop.ui.toolkit.kit_editor import KitItemDialog
from tests.conftest import TEST_NOW


def texts(kit):
    return [kit.list.item(row).text() for row in range(kit.list.count())]


def test_the_default_kit_is_shown_unticked(page):
    kit = page.kit
    assert kit.list.count() == 5
    assert texts(kit)[0].startswith("Travel magnesium or electrolyte mix")
    assert all(kit.list.item(r).checkState() == Qt.CheckState.Unchecked for r in range(5))
    assert "Kit ready today: 0 of 5" in page.summary.text()


def test_tick_and_untick_ready_for_today(page, app_context, qtbot):
    kit = page.kit
    with qtbot.waitSignal(app_context.data_events.changed) as changed:
        kit.list.item(1).setCheckState(Qt.CheckState.Checked)
    changes, origin = changed.args
    assert changes.areas == {Area.KIT} and origin is page
    heating_pad = kit.list.item(1).data(Qt.ItemDataRole.UserRole)
    assert store.ready_item_ids(app_context.db, TEST_NOW.date()) == {heating_pad}
    assert "Kit ready today: 1 of 5" in page.summary.text()
    kit.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert store.ready_item_ids(app_context.db, TEST_NOW.date()) == set()


def test_add_from_the_field_with_enter(page, qtbot):
    kit = page.kit
    kit.add_field.setFocus()
    qtbot.keyClicks(kit.add_field, "Tennis ball ")
    kit.add_field.insert("⚾")  # QTest can only type ASCII
    qtbot.keyClick(kit.add_field, Qt.Key.Key_Return)
    assert texts(kit)[-1] == "Tennis ball ⚾"
    assert kit.add_field.text() == ""
    assert kit.list.currentRow() == 5


def test_an_empty_name_is_refused_with_a_message_and_a_duplicate_warned(page, qtbot):
    kit = page.kit
    kit.add_field.setText("   ")
    qtbot.mouseClick(kit.add_button, Qt.MouseButton.LeftButton)
    assert kit.add_message.isVisible() and "name" in kit.add_message.text()
    assert kit.list.count() == 5
    kit.add_field.setText("heating PAD")
    assert "already" in kit.add_message.text()
    qtbot.mouseClick(kit.add_button, Qt.MouseButton.LeftButton)
    assert kit.list.count() == 6  # allowed, only warned


def test_reorder_by_keyboard_is_saved(page, app_context, qtbot):
    kit = page.kit
    kit.list.setFocus()
    kit.list.setCurrentRow(0)
    first = store.list_kit_items(app_context.db)[0].name
    qtbot.keyClick(kit.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert texts(kit)[1].startswith(first) and kit.list.currentRow() == 1
    assert [i.name for i in store.list_kit_items(app_context.db)][1] == first
    qtbot.mouseClick(kit.up_button, Qt.MouseButton.LeftButton)
    assert [i.name for i in store.list_kit_items(app_context.db)][0] == first


def test_a_tick_survives_reordering(page, app_context, qtbot):
    kit = page.kit
    kit.list.item(0).setCheckState(Qt.CheckState.Checked)
    kit.list.setCurrentRow(0)
    kit.list.move_current(1)
    assert kit.list.item(1).checkState() == Qt.CheckState.Checked


def test_delete_then_undo(page, app_context, qtbot):
    kit = page.kit
    kit.list.setCurrentRow(2)
    name = store.list_kit_items(app_context.db)[2].name
    qtbot.mouseClick(kit.delete_button, Qt.MouseButton.LeftButton)
    assert kit.list.count() == 4 and kit.undo_bar.isVisible()
    assert name in kit.undo_bar.message.text()
    qtbot.mouseClick(kit.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert kit.list.count() == 5 and texts(kit)[2].startswith(name)
    assert not kit.undo_bar.isVisible()


def test_archive_hides_and_show_archived_brings_it_back(page, qtbot):
    kit = page.kit
    kit.list.setCurrentRow(0)
    qtbot.mouseClick(kit.archive_button, Qt.MouseButton.LeftButton)
    assert kit.list.count() == 4
    kit.show_archived.setChecked(True)
    assert kit.list.count() == 5 and "archived" in texts(kit)[-1]
    kit.list.setCurrentRow(4)
    assert kit.archive_button.text().replace("&", "") == "Bring back"
    qtbot.mouseClick(kit.archive_button, Qt.MouseButton.LeftButton)
    kit.show_archived.setChecked(False)
    assert kit.list.count() == 5


def test_running_low_shows_a_gentle_reminder(page, app_context):
    first = store.list_kit_items(app_context.db)[0]
    store.update_kit_item(app_context.db, TEST_NOW, first.id, quantity=1, restock_below=3)
    page.kit.refresh()
    assert page.kit.restock_banner.isVisible()
    assert "Running low" in page.kit.restock_banner.text() and "1 left" in page.kit.restock_banner.text()
    assert "running low" in texts(page.kit)[0]
    page.refresh()
    assert "1 item running low" in page.summary.text()


def test_space_ticks_the_current_item_from_the_keyboard(page, app_context, qtbot):
    kit = page.kit
    kit.list.setFocus()
    kit.list.setCurrentRow(2)
    qtbot.keyClick(kit.list, Qt.Key.Key_Space)
    assert kit.list.item(2).checkState() == Qt.CheckState.Checked
    assert store.ready_item_ids(app_context.db, TEST_NOW.date()) == {kit.list.item(2).data(Qt.ItemDataRole.UserRole)}


def test_enter_on_an_item_opens_its_editor(page, qtbot):
    from PySide6.QtCore import QTimer

    kit = page.kit
    kit.list.setFocus()
    kit.list.setCurrentRow(1)

    def rename():
        dialog = kit.findChild(KitItemDialog)
        dialog.name.setText("Heat wrap")
        dialog.quantity.setText("2")
        dialog._try_accept()

    QTimer.singleShot(0, rename)
    qtbot.keyClick(kit.list, Qt.Key.Key_Return)
    assert texts(kit)[1].startswith("Heat wrap") and "2 left" in texts(kit)[1]


def test_the_page_reloads_after_an_import_elsewhere(page, app_context):
    store.add_kit_item(app_context.db, TEST_NOW, "Imported item")
    app_context.data_events.changed.emit(Changes.everything(), None)
    assert texts(page.kit)[-1] == "Imported item"


def test_the_item_dialog_checks_fields_next_to_them(qtbot, app_context):
    dialog = KitItemDialog(None, ["Heating pad"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Heating pad")
    assert "already" in dialog.name_message.text()
    dialog.quantity.setText("-2")
    dialog.restock.setText("lots")
    dialog._try_accept()
    assert dialog.result() == 0
    assert "0 or more" in dialog.quantity_message.text() and "whole number" in dialog.restock_message.text()
    dialog.quantity.setText("4")
    dialog.restock.setText("")
    dialog._try_accept()
    assert dialog.result() == 1
    assert dialog.values()["quantity"] == 4 and dialog.values()["restock_below"] is None


def test_ticks_start_fresh_after_midnight(page, app_context, qtbot):
    page.kit.list.item(0).setCheckState(Qt.CheckState.Checked)
    app_context.clock.advance(timedelta(hours=14, minutes=1).total_seconds())  # 00:01 next day
    assert page.check_day() is True
    assert page.kit.list.item(0).checkState() == Qt.CheckState.Unchecked
    assert page.check_day() is False


def test_the_page_does_not_reload_over_its_own_writes(page, app_context, monkeypatch):
    reloads = []
    monkeypatch.setattr(page, "refresh", lambda: reloads.append(1))
    page.kit.list.item(1).setCheckState(Qt.CheckState.Checked)  # its own news: the panel is up to date
    assert reloads == []
    app_context.data_events.changed.emit(Changes.of(Area.KIT), None)  # someone else's
    assert reloads == [1]
