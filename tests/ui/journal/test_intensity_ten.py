"""Ten by keyboard: digits choose the intensity, and ten has no key, so a 0
typed right after a 1 makes 10 (the picker's tooltip says so)."""

from PySide6.QtCore import Qt

from fibro_desktop.core.fake_clock import FakeClock
from fibro_desktop.store.journal import episodes_between
from fibro_desktop.ui.events import DataEvents
from fibro_desktop.ui.journal.quick_log import QuickLogDialog
from fibro_desktop.ui.journal.scale_picker import ScalePicker
from tests.conftest import TEST_NOW


def test_one_then_zero_is_ten_and_zero_alone_is_zero(qtbot):
    picker = ScalePicker()
    qtbot.addWidget(picker)
    qtbot.keyClick(picker, Qt.Key.Key_1)
    qtbot.keyClick(picker, Qt.Key.Key_0)
    assert picker.value() == 10
    qtbot.keyClick(picker, Qt.Key.Key_0)
    assert picker.value() == 0
    qtbot.keyClick(picker, Qt.Key.Key_5)
    qtbot.keyClick(picker, Qt.Key.Key_0)
    assert picker.value() == 0
    qtbot.mouseClick(picker.button(1), Qt.MouseButton.LeftButton)
    qtbot.keyClick(picker, Qt.Key.Key_0)
    assert picker.value() == 0  # a click is not a typed 1
    assert "1 then 0 for 10" in picker.toolTip()


def test_a_ten_logged_with_the_keyboard_alone(qtbot, db):
    events = DataEvents()
    dialog = QuickLogDialog(db, FakeClock(wall=TEST_NOW), events)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_1)
    qtbot.keyClick(dialog, Qt.Key.Key_0)
    assert dialog.intensity.value() == 10
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert [e.intensity for e in episodes_between(db, TEST_NOW.date(), TEST_NOW.date())] == [10]
