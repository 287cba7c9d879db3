"""The check-in's line "Daily activities" (could you do them without interruption?): answered
with a short list, saved, shown again, and left open by default."""

from fibro_desktop.store.checkins import checkin_for_day
from fibro_desktop.ui.journal.checkin_form import CheckInForm
from tests.conftest import TEST_NOW


def test_the_answer_is_saved_and_shown_again(qtbot, db, clock, events):
    form = CheckInForm(db, clock, events)
    qtbot.addWidget(form)
    form.show()
    box = form.daily_activities
    assert box.value() is None and box.currentText() == "Not answered"
    assert [box.itemText(i) for i in range(box.count())][1:] == [
        "Yes, without interruption", "Partly, with some interruptions", "No, they were interrupted a lot"]
    box.setCurrentIndex(box.findData("partly"))
    assert form.is_dirty()
    assert form.save()
    assert checkin_for_day(db, TEST_NOW.date()).daily_activities == "partly"
    again = CheckInForm(db, clock, events)
    qtbot.addWidget(again)
    again.show()
    assert again.daily_activities.value() == "partly"


def test_the_whole_question_is_in_its_tooltip_and_accessible_name(qtbot, db, clock, events):
    form = CheckInForm(db, clock, events)
    qtbot.addWidget(form)
    question = "Could you do your daily activities without interruption?"
    assert form.daily_activities.toolTip() == question and form.daily_activities.accessibleName() == question
