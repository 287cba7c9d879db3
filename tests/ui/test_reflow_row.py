"""The kit's ReflowRow stacked in a scroll area (issue 20): a column with a
maximum width whose words wrap to more lines there must not push the column
under it out of the row (German, Spanish, French and Portuguese cut 10-30 px
off the Relax tab's player)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from fibro_desktop.ui.kit.widgets import ReflowRow
from tests.ui import kit_checks, layout_checks
from tests.ui.layout_checks import settle

LONG_WORDS = " ".join(["Entspannungsübungen", "Atemrhythmus", "Muskelverspannungen"] * 8)


def _column(max_width: int | None = None) -> QWidget:
    column = QWidget()
    box = QVBoxLayout(column)
    label = QLabel(LONG_WORDS)
    label.setWordWrap(True)
    box.addWidget(label)
    if max_width is not None:
        column.setMaximumWidth(max_width)
    return column


def test_a_narrow_column_stacked_over_another_keeps_the_other_inside(qtbot):
    row = ReflowRow()
    narrow, wide = _column(max_width=260), _column()
    narrow.setMinimumWidth(200)
    wide.setMinimumWidth(420)
    row.add(narrow, 2)
    row.add(wide, 3)
    content = QWidget()
    QVBoxLayout(content).addWidget(row)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(content)
    qtbot.addWidget(scroll)
    scroll.resize(560, 200)  # too narrow for both side by side: stacked, and scrolled
    scroll.show()
    qtbot.waitExposed(scroll)
    settle()

    assert row.is_stacked()
    assert narrow.width() <= 260 < wide.width()
    assert kit_checks.clipped(content) == []  # nothing sticks out
    assert layout_checks.clipped(content) == []  # no wrapped text squeezed shorter than it needs
    assert wide.geometry().bottom() < row.height()
