"""The medications-and-supplements panel: the person's own list and their doses."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from fibro_desktop.core.changes import Area
from fibro_desktop.core.journal.records import Dose, Medication
from fibro_desktop.store import medications as store
from fibro_desktop.ui.journal.medications import MedicationsPanel
from tests.conftest import TEST_NOW

TODAY = TEST_NOW.date()


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def make_panel(qtbot, db, clock, events):
    panel = MedicationsPanel(db, clock, events)
    qtbot.addWidget(panel)
    panel.resize(900, 900)
    panel.show()
    return panel


@pytest.fixture
def panel(qtbot, db, clock, events):
    return make_panel(qtbot, db, clock, events)


@pytest.fixture
def magnesium(db):
    return store.save_medication(db, Medication("Magnesium", "powder", "1 scoop"), TEST_NOW)


def doses(db):
    return [dose for dose, _name in store.doses_between(db, TODAY - timedelta(days=30), TODAY)]


def test_an_empty_list_is_friendly_and_the_note_says_the_app_only_records(panel):
    assert panel.empty_list.isVisible()
    assert "Add what you take" in panel.empty_list.text()
    assert panel.note.isVisible()
    assert "only records what you write" in panel.note.text()
    assert "never suggests" in panel.note.text()
    assert panel.empty_doses.isVisible() and not panel.doses.isVisible()


def test_adding_an_entry_in_the_person_s_own_words(qtbot, db, panel, events):
    click(qtbot, panel.add_button)
    assert panel.editor.isVisible() and panel.editor.name.hasFocus()
    qtbot.keyClicks(panel.editor.name, "Magnesium glycinate")
    panel.editor.form.setCurrentText("powder")
    qtbot.keyClicks(panel.editor.usual_amount, "1 scoop in water")
    with qtbot.waitSignal(events.changed) as signal:
        click(qtbot, panel.editor.save_button)
    assert signal.args[0].areas == {Area.MEDICATIONS}
    assert [(m.name, m.form, m.usual_amount) for m in store.medications(db)] == [
        ("Magnesium glycinate", "powder", "1 scoop in water")]
    assert not panel.editor.isVisible()
    assert [row.medication.name for row in panel.rows()] == ["Magnesium glycinate"]
    assert not panel.empty_list.isVisible()
    assert "Saved" in panel.status.text()


def test_an_entry_without_a_name_shows_a_message_and_is_not_written(qtbot, db, panel, events):
    click(qtbot, panel.add_button)
    qtbot.keyClicks(panel.editor.usual_amount, "2")
    with qtbot.assertNotEmitted(events.changed):
        click(qtbot, panel.editor.save_button)
    row = panel.editor.rows["name"]
    assert row.error.isVisible()
    assert row.error.text() == "Give it a name, as you would write it."
    assert store.medications(db, include_archived=True) == []


def test_editing_an_entry_keeps_its_doses(qtbot, db, magnesium, clock, events):
    store.save_dose(db, Dose(magnesium.uid, TEST_NOW - timedelta(hours=2), "1 scoop"), TEST_NOW)
    panel = make_panel(qtbot, db, clock, events)
    click(qtbot, panel.row_for("Magnesium").edit_button)
    assert panel.editor.name.text() == "Magnesium"
    panel.editor.usual_amount.setText("half a scoop")
    click(qtbot, panel.editor.save_button)
    (only,) = store.medications(db)
    assert (only.uid, only.usual_amount) == (magnesium.uid, "half a scoop")
    assert len(doses(db)) == 1


def test_a_dose_is_logged_in_two_clicks_with_now_and_the_usual_amount(qtbot, db, magnesium, clock, events):
    panel = make_panel(qtbot, db, clock, events)
    click(qtbot, panel.row_for("Magnesium").log_button)
    assert panel.dose_logger.isVisible()
    with qtbot.waitSignal(events.changed):
        click(qtbot, panel.dose_logger.save_button)
    (dose,) = doses(db)
    assert dose.medication_uid == magnesium.uid
    assert dose.taken == TEST_NOW.replace(second=0, microsecond=0)
    assert dose.taken.utcoffset() == TEST_NOW.utcoffset()
    assert (dose.amount, dose.status, dose.helped, dose.side_effects) == ("1 scoop", "taken", None, "")
    assert not panel.dose_logger.isVisible()
    assert panel.dose_items() == [panel.dose_items()[0]]
    assert "Magnesium" in panel.dose_items()[0] and "1 scoop" in panel.dose_items()[0]
    assert "Logged Magnesium" in panel.status.text()


def test_a_skipped_dose_with_side_effects_and_how_it_helped(qtbot, db, magnesium, clock, events):
    panel = make_panel(qtbot, db, clock, events)
    click(qtbot, panel.row_for("Magnesium").log_button)
    logger = panel.dose_logger
    logger.set_taken_at(TEST_NOW - timedelta(hours=3))
    logger.amount.setText("half")
    click(qtbot, logger.status_buttons["skipped"])
    click(qtbot, logger.helped_buttons["a_little"])
    qtbot.keyClicks(logger.side_effects, "drowsy")
    click(qtbot, logger.save_button)
    (dose,) = doses(db)
    assert (dose.amount, dose.status, dose.helped, dose.side_effects) == ("half", "skipped", "a_little", "drowsy")
    assert dose.taken == (TEST_NOW - timedelta(hours=3)).replace(second=0)
    line = panel.dose_items()[0]
    assert "Skipped" in line and "Helped a little" in line and "drowsy" in line


def test_a_dose_in_the_future_shows_a_message_and_is_not_written(qtbot, db, magnesium, clock, events):
    panel = make_panel(qtbot, db, clock, events)
    click(qtbot, panel.row_for("Magnesium").log_button)
    panel.dose_logger.set_taken_at(TEST_NOW + timedelta(hours=1))
    with qtbot.assertNotEmitted(events.changed):
        click(qtbot, panel.dose_logger.save_button)
    assert panel.dose_logger.rows["taken"].error.text() == "The time can't be in the future."
    assert panel.dose_logger.isVisible()
    assert doses(db) == []


def test_archiving_hides_an_entry_keeps_its_doses_and_can_be_undone(qtbot, db, magnesium, clock, events):
    store.save_dose(db, Dose(magnesium.uid, TEST_NOW - timedelta(days=1), "1 scoop"), TEST_NOW)
    panel = make_panel(qtbot, db, clock, events)
    click(qtbot, panel.row_for("Magnesium").archive_button)
    assert panel.rows() == []
    assert store.medications(db) == []
    assert store.medications(db, include_archived=True)[0].archived
    assert len(panel.dose_items()) == 1  # the history stays
    panel.show_archived.setChecked(True)
    row = panel.row_for("Magnesium")
    assert row.archive_button.text() == "Bring back" and not row.log_button.isVisible()
    click(qtbot, row.archive_button)
    assert not store.medications(db)[0].archived


def test_a_dose_logged_by_mistake_can_be_deleted_and_brought_back(qtbot, db, magnesium, clock, events):
    store.save_dose(db, Dose(magnesium.uid, TEST_NOW - timedelta(hours=1), "1 scoop"), TEST_NOW)
    panel = make_panel(qtbot, db, clock, events)
    assert not panel.delete_button.isEnabled()
    panel.doses.setCurrentRow(0)
    click(qtbot, panel.delete_button)
    assert doses(db) == [] and panel.dose_items() == []
    assert panel.undo_button.isVisible()
    click(qtbot, panel.undo_button)
    assert len(doses(db)) == 1 and len(panel.dose_items()) == 1
    assert not panel.undo_button.isVisible()


def test_the_panel_never_offers_a_medicine_or_an_amount(qtbot, panel):
    click(qtbot, panel.add_button)
    editor = panel.editor
    assert editor.name.text() == "" and editor.usual_amount.text() == "" and editor.form.currentText() == ""
    words = {editor.form.itemText(i) for i in range(editor.form.count())} - {""}
    # Only everyday words for the form are offered: no names, no numbers.
    assert "tablet" in words and not any(ch.isdigit() for word in words for ch in word)
