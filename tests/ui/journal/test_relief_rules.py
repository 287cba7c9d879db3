"""In the episode editor, "Did not help" leaves no time to relief: the
minutes field empties and rests, as the store's rule says."""

from fibro_desktop.core.fake_clock import FakeClock
from fibro_desktop.ui.events import DataEvents
from fibro_desktop.ui.journal.editor import EpisodeEditor
from tests.conftest import TEST_NOW


def test_choosing_did_not_help_clears_and_rests_the_minutes(qtbot, db):
    editor = EpisodeEditor(db, FakeClock(wall=TEST_NOW), DataEvents())
    qtbot.addWidget(editor)
    row = editor.relief_rows["heat"]
    row.tried.setChecked(True)
    row.helped.setCurrentIndex(row.helped.findData("a_little"))
    row.minutes.setValue(15)
    assert row.value().minutes_to_relief == 15
    row.helped.setCurrentIndex(row.helped.findData("no"))
    assert not row.minutes.isEnabled() and row.value().minutes_to_relief is None
    row.helped.setCurrentIndex(row.helped.findData("yes"))
    assert row.minutes.isEnabled()
