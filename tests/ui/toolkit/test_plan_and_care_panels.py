"""Editing the rescue plan and the care team in the tab."""

from PySide6.QtCore import Qt

from fibro_desktop.store import rescue_plan as store


def titles(panel):
    return [panel.list.item(r).text() for r in range(panel.list.count())]


def test_add_edit_reorder_and_delete_a_step_with_undo(page, app_context, qtbot):
    plan = page.plan
    plan.title.setText("Call a friend")
    plan.how_to.setText("Someone who makes me laugh.")
    plan.add_button.click()
    assert titles(plan)[-1] == "7. Call a friend"
    plan.list.setFocus()
    qtbot.keyClick(plan.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [s.title for s in store.list_steps(app_context.db)][5] == "Call a friend"
    plan.list.setCurrentRow(0)
    plan.title.setText("")
    plan.save_button.click()
    assert not plan.message.isHidden()
    plan.title.setText("Move very gently")
    plan.save_button.click()
    assert titles(plan)[0] == "1. Move very gently"
    plan.delete_button.click()
    assert len(store.list_steps(app_context.db)) == 6 and not plan.undo_bar.isHidden()
    plan.undo_bar.undo_button.click()
    assert titles(plan)[0] == "1. Move very gently"


def test_add_a_contact_check_the_email_delete_and_undo(page, app_context, qtbot):
    care = page.care
    assert not care.empty_label.isHidden()
    care.role.setCurrentIndex(care.role.findData("physical_therapist"))
    care.name.setText("Dana Ruiz")
    care.email.setText("not an email")
    care.save_button.click()
    assert "email" in care.email_message.text() and store.list_contacts(app_context.db) == []
    care.email.setText("dana@clinic.example")
    care.save_button.click()
    assert titles(care) == ["Physical therapist: Dana Ruiz"]
    assert care.empty_label.isHidden()
    care.list.setCurrentRow(0)
    care.delete_button.click()
    assert store.list_contacts(app_context.db) == []
    care.undo_bar.undo_button.click()
    assert store.list_contacts(app_context.db)[0].email == "dana@clinic.example"


def test_an_empty_contact_name_is_refused_next_to_the_field(page, app_context):
    care = page.care
    care.start_new()
    care.save_button.click()
    assert not care.name_message.isHidden() and "name" in care.name_message.text()
