"""The 0-10 picker: click, click again to clear, keyboard, readable value."""

import pytest
from PySide6.QtCore import Qt

from fibro_desktop.ui.journal.scale_picker import ScalePicker


@pytest.fixture
def picker(qtbot):
    widget = ScalePicker("No pain", "Worst pain")
    widget.setAccessibleName("Overall pain")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_starts_unanswered_and_says_so(picker):
    assert picker.value() is None
    assert picker.accessibleDescription() == "Not answered"
    assert not any(picker.button(n).isChecked() for n in range(11))


def test_clicking_a_number_chooses_it_and_clicking_again_clears(qtbot, picker):
    with qtbot.waitSignal(picker.valueChanged) as signal:
        qtbot.mouseClick(picker.button(7), Qt.MouseButton.LeftButton)
    assert signal.args == [7]
    assert picker.value() == 7
    assert picker.button(7).isChecked() and not picker.button(6).isChecked()
    assert picker.accessibleDescription() == "7 of 10"
    with qtbot.waitSignal(picker.valueChanged) as signal:
        qtbot.mouseClick(picker.button(7), Qt.MouseButton.LeftButton)
    assert signal.args == [None]
    assert picker.value() is None


def test_keyboard_moves_jumps_types_and_clears(qtbot, picker):
    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_Right)
    assert picker.value() == 0
    qtbot.keyClick(picker, Qt.Key.Key_Right)
    qtbot.keyClick(picker, Qt.Key.Key_Right)
    assert picker.value() == 2
    qtbot.keyClick(picker, Qt.Key.Key_Left)
    assert picker.value() == 1
    qtbot.keyClick(picker, Qt.Key.Key_End)
    assert picker.value() == 10
    qtbot.keyClick(picker, Qt.Key.Key_Right)
    assert picker.value() == 10
    qtbot.keyClick(picker, Qt.Key.Key_4)
    assert picker.value() == 4
    qtbot.keyClick(picker, Qt.Key.Key_Home)
    assert picker.value() == 0
    qtbot.keyClick(picker, Qt.Key.Key_Delete)
    assert picker.value() is None


def test_the_row_is_one_tab_stop_with_the_buttons_out_of_the_chain(picker):
    assert picker.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert all(picker.button(n).focusPolicy() == Qt.FocusPolicy.NoFocus for n in range(11))


def test_set_value_emits_only_on_change_and_refuses_out_of_range(qtbot, picker):
    seen = []
    picker.valueChanged.connect(seen.append)
    picker.set_value(3)
    picker.set_value(3)
    picker.set_value(None)
    assert seen == [3, None]
    for bad in (-1, 11, True):
        with pytest.raises(ValueError):
            picker.set_value(bad)
    assert picker.value() is None
