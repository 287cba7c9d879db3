"""The kit's CheckRow (issue 20): a check box whose long text wraps in a
narrow column instead of being cut off, and that a click on its words
toggles, as a plain check box's text does."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fibro_desktop.ui.kit.check_row import CheckRow
from tests.ui import kit_checks, layout_checks
from tests.ui.layout_checks import settle

GERMAN = "Vor und nach einer Sitzung fragen, wie angespannt ich mich fühle"


def test_its_words_wrap_in_a_narrow_column(qtbot):
    row = CheckRow(GERMAN)
    qtbot.addWidget(row)
    row.resize(160, row.heightForWidth(160))
    row.show()
    qtbot.waitExposed(row)
    settle()
    assert row.label.height() > 2 * row.label.fontMetrics().height()  # more than one line
    assert layout_checks.clipped(row) == []
    assert kit_checks.accessible_name(row.box) == GERMAN


def test_a_click_on_its_words_ticks_and_unticks_it(qtbot):
    row = CheckRow(GERMAN)
    qtbot.addWidget(row)
    row.show()
    qtbot.waitExposed(row)
    seen = []
    row.box.toggled.connect(seen.append)
    qtbot.mouseClick(row.label, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(row.label, Qt.MouseButton.LeftButton)
    assert seen == [True, False]
    qtbot.keyClick(row.box, Qt.Key.Key_Space)  # the keyboard reaches the box itself
    assert seen == [True, False, True]
