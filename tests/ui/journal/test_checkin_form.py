"""The daily check-in as a person uses it: answer, save, come back, fix mistakes."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from fibro_desktop.core.changes import Area, Changes
from fibro_desktop.core.fake_clock import FakeClock
from fibro_desktop.core.journal.records import CheckIn
from fibro_desktop.store.checkins import checkin_for_day, save_checkin
from fibro_desktop.ui.journal.checkin_form import CheckInForm, parse_hours
from tests.conftest import TEST_NOW

TODAY = TEST_NOW.date()
YESTERDAY = TODAY - timedelta(days=1)


def make_form(qtbot, db, clock, events):
    form = CheckInForm(db, clock, events)
    qtbot.addWidget(form)
    form.resize(760, 900)
    form.show()
    return form


@pytest.fixture
def form(qtbot, db, clock, events):
    return make_form(qtbot, db, clock, events)


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_a_filled_in_check_in_is_saved_for_today(qtbot, db, form, events):
    assert form.day_chooser.today_button.isChecked()
    assert form.day() == TODAY
    qtbot.keyClicks(form.sleep_hours, "7:30")
    click(qtbot, form.scales["sleep_quality"].button(6))
    click(qtbot, form.scales["mood"].button(7))
    click(qtbot, form.scales["overall_pain"].button(4))
    form.water.setValue(6)
    qtbot.keyClicks(form.activity, "Short walk ")
    form.activity.insert("🌳")  # QTest cannot type characters outside the BMP
    click(qtbot, form.triggers.button("cold"))
    click(qtbot, form.triggers.button("prolonged_sitting"))
    qtbot.keyClicks(form.notes, "Better than yesterday")
    with qtbot.waitSignal(events.changed) as signal:
        click(qtbot, form.save_button)
    changes, origin = signal.args
    assert changes.areas == {Area.CHECKINS} and origin is form
    stored = checkin_for_day(db, TODAY)
    assert stored is not None
    assert (stored.sleep_hours, stored.sleep_quality, stored.mood, stored.overall_pain) == (7.5, 6, 7, 4)
    assert (stored.energy, stored.mobility, stored.stress) == (None, None, None)
    assert stored.water_glasses == 6
    assert stored.activity == "Short walk 🌳"
    assert stored.triggers == {"cold", "prolonged_sitting"}
    assert stored.notes == "Better than yesterday"
    assert "Saved" in form.status.text()
    assert not form.is_dirty()


def test_an_empty_check_in_can_be_saved_and_unanswered_stays_empty(qtbot, db, form):
    click(qtbot, form.save_button)
    stored = checkin_for_day(db, TODAY)
    assert stored == CheckIn(day=TODAY, uid=stored.uid)


def test_the_day_s_check_in_is_loaded_for_editing_and_saved_again(qtbot, db, clock, events):
    save_checkin(db, CheckIn(day=TODAY, mood=3, water_glasses=2, triggers=frozenset({"stress"}),
                             notes="first"), TEST_NOW)
    form = make_form(qtbot, db, clock, events)
    assert form.scales["mood"].value() == 3
    assert form.scales["mood"].button(3).isChecked()
    assert form.water.value() == 2
    assert form.triggers.button("stress").isChecked()
    assert form.notes.toPlainText() == "first"
    assert "saved" in form.status.text()
    click(qtbot, form.scales["mood"].button(5))
    click(qtbot, form.triggers.button("stress"))
    click(qtbot, form.save_button)
    stored = checkin_for_day(db, TODAY)
    assert stored.mood == 5 and stored.triggers == frozenset() and stored.notes == "first"


@pytest.mark.parametrize("typed, message", [
    ("30", "Enter between 0 and 24 hours of sleep."),
    ("lots", "Write the hours as a number, like 7.5 or 7:30."),
])
def test_bad_sleep_hours_show_a_message_next_to_the_field_and_nothing_is_written(
        qtbot, db, form, events, typed, message):
    click(qtbot, form.scales["mood"].button(8))
    qtbot.keyClicks(form.sleep_hours, typed)
    with qtbot.assertNotEmitted(events.changed):
        click(qtbot, form.save_button)
    assert form.error_text("sleep_hours") == message
    assert form.sleep_hours.accessibleDescription() == message
    assert form.sleep_hours.hasFocus()
    assert checkin_for_day(db, TODAY) is None
    assert form.is_dirty()
    # Fixing it clears the message and saves.
    form.sleep_hours.setText("8")
    click(qtbot, form.save_button)
    assert form.error_text("sleep_hours") == ""
    assert checkin_for_day(db, TODAY).sleep_hours == 8.0


def test_just_after_midnight_the_form_asks_which_day_and_saves_to_yesterday(qtbot, db, events):
    clock = FakeClock(wall=TEST_NOW.replace(hour=0, minute=40))
    form = make_form(qtbot, db, clock, events)
    assert form.day() is None
    assert form.day_chooser.question.isVisible()
    assert not form.day_chooser.today_button.isChecked()
    assert not form.day_chooser.yesterday_button.isChecked()
    assert not form.fields.isEnabled() and not form.save_button.isEnabled()
    assert form.save() is False
    assert form.error_text("day") == "Choose the day this check-in is for."
    assert "Yesterday" in form.day_chooser.yesterday_button.text()
    click(qtbot, form.day_chooser.yesterday_button)
    assert form.day() == YESTERDAY
    assert form.fields.isEnabled()
    assert not form.day_chooser.question.isVisible()
    click(qtbot, form.scales["sleep_quality"].button(2))
    click(qtbot, form.save_button)
    assert checkin_for_day(db, YESTERDAY).sleep_quality == 2
    assert checkin_for_day(db, TODAY) is None


def test_from_four_in_the_morning_today_is_the_default(qtbot, db, events):
    form = make_form(qtbot, db, FakeClock(wall=TEST_NOW.replace(hour=4, minute=0)), events)
    assert form.day() == TODAY
    assert not form.day_chooser.question.isVisible()


def test_switching_days_loads_each_day_and_keeps_unsaved_answers(qtbot, db, form):
    save_checkin(db, CheckIn(day=YESTERDAY, stress=9), TEST_NOW)
    click(qtbot, form.scales["stress"].button(2))
    click(qtbot, form.day_chooser.yesterday_button)
    assert form.scales["stress"].value() == 9
    click(qtbot, form.day_chooser.today_button)
    assert form.scales["stress"].value() == 2
    assert form.is_dirty()
    click(qtbot, form.save_button)
    assert checkin_for_day(db, TODAY).stress == 2
    assert checkin_for_day(db, YESTERDAY).stress == 9


def test_a_form_left_open_over_midnight_keeps_the_day_it_showed(qtbot, db, events):
    clock = FakeClock(wall=TEST_NOW.replace(hour=23, minute=50))
    form = make_form(qtbot, db, clock, events)
    assert form.day() == TODAY
    clock.advance(20 * 60)
    form.follow_clock()
    assert form.day() == TODAY
    assert form.day_chooser.yesterday_button.isChecked()
    assert "Yesterday" in form.day_chooser.yesterday_button.text()


def test_trigger_toggles_and_the_user_s_own_triggers(qtbot, db, clock, events):
    form = make_form(qtbot, db, clock, events)
    cold = form.triggers.button("cold")
    click(qtbot, cold)
    assert cold.isChecked()
    click(qtbot, cold)
    assert not cold.isChecked()
    qtbot.keyClicks(form.triggers.own_edit, "  Long drive ")
    click(qtbot, form.triggers.add_button)
    assert form.triggers.own_edit.text() == ""
    own_button = form.triggers.button("own:Long drive")
    assert own_button.isChecked() and own_button.text() == "Long drive"
    assert own_button.accessibleName() == "Long drive"
    click(qtbot, form.save_button)
    assert checkin_for_day(db, TODAY).triggers == {"own:Long drive"}
    # Another day offers the user's own trigger again, not ticked.
    click(qtbot, form.day_chooser.yesterday_button)
    assert not form.triggers.button("own:Long drive").isChecked()
    other = make_form(qtbot, db, FakeClock(wall=TEST_NOW + timedelta(days=1)), events)
    assert "own:Long drive" in other.triggers.ids()


def test_every_field_has_an_accessible_name_and_a_label(form):
    from PySide6.QtWidgets import QLabel

    buddies = {label.buddy() for label in form.findChildren(QLabel) if label.buddy() is not None}
    fields = [form.sleep_hours, *form.scales.values(), form.water, form.activity, form.triggers, form.notes]
    for field in fields:
        assert field.accessibleName(), field
        assert field in buddies, field.accessibleName()
    for trigger_id in form.triggers.ids():
        assert form.triggers.button(trigger_id).accessibleName()


def test_the_form_is_usable_from_the_keyboard(qtbot, db, form):
    picker = form.scales["mood"]
    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_6)
    form.triggers.button("cold").setFocus()
    qtbot.keyClick(form.triggers.button("cold"), Qt.Key.Key_Space)
    form.save_button.setFocus()
    qtbot.keyClick(form.save_button, Qt.Key.Key_Space)
    stored = checkin_for_day(db, TODAY)
    assert stored.mood == 6 and stored.triggers == {"cold"}


def test_a_change_elsewhere_reloads_unless_the_person_is_answering(qtbot, db, form, events):
    save_checkin(db, CheckIn(day=TODAY, energy=4), TEST_NOW)
    events.changed.emit(Changes.everything(), None)
    assert form.scales["energy"].value() == 4
    click(qtbot, form.scales["energy"].button(8))
    save_checkin(db, CheckIn(day=TODAY, energy=1), TEST_NOW)
    events.changed.emit(Changes.of(Area.CHECKINS), None)
    assert form.scales["energy"].value() == 8


@pytest.mark.parametrize("text, hours", [
    ("", None), ("  ", None), ("7", 7.0), ("7.5", 7.5), ("7,5", 7.5), ("7:30", 7.5), ("6h45", 6.75),
    ("8 h", 8.0), ("0", 0.0), ("30", 30.0),
])
def test_sleep_hours_are_read_as_people_write_them(text, hours):
    assert parse_hours(text) == hours


@pytest.mark.parametrize("text", ["lots", "7:75", "-3", "7.5.1", "1e3"])
def test_sleep_hours_that_are_not_a_time_are_refused(text):
    with pytest.raises(ValueError):
        parse_hours(text)


def test_a_message_far_up_the_form_is_scrolled_into_view(qtbot, db, form):
    form.resize(760, 380)
    qtbot.keyClicks(form.sleep_hours, "30")
    bar = form._scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: form.sleep_hours.visibleRegion().isEmpty())
    click(qtbot, form.save_button)
    qtbot.waitUntil(lambda: not form.sleep_hours.visibleRegion().isEmpty())
    assert form.error_text("sleep_hours")
    assert checkin_for_day(db, TODAY) is None


def test_tab_goes_through_the_triggers_then_the_own_line_also_after_adding(qtbot, form):
    form.triggers.add_own("Long drive")
    # A widget added to a shown layout is shown by a queued call.
    qtbot.waitUntil(lambda: form.triggers.button("own:Long drive").isVisible())
    order = []
    widget = form.triggers.button(form.triggers.ids()[0])
    for _ in range(len(form.triggers.ids()) + 1):
        order.append(widget)
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or widget.isHidden():
            widget = widget.nextInFocusChain()
    assert order[:-1] == [form.triggers.button(t) for t in form.triggers.ids()]
    assert order[-1] is form.triggers.own_edit


def test_ctrl_enter_saves_from_the_notes_field(qtbot, db, form):
    """About seventeen Tab presses lie between the triggers and Save; Ctrl+Enter
    saves from wherever the cursor is."""
    form.activateWindow()
    form.notes.setFocus()
    qtbot.waitUntil(form.notes.hasFocus)
    qtbot.keyClicks(form.notes, "A heavy day")
    qtbot.keyClick(form.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    stored = checkin_for_day(db, TODAY)
    assert stored is not None and stored.notes == "A heavy day"
    assert not form.is_dirty()
