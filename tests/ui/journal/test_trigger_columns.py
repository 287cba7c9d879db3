"""The check-in's trigger buttons take as many columns, up to three, as the
width holds (issue 20): long names (Portuguese at 200 % text) must not make
the form scroll sideways or squeeze a button's words."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from fibro_desktop.ui.journal.trigger_toggles import COLUMNS, TriggerToggles
from tests.ui import layout_checks
from tests.ui.layout_checks import settle


def _rows(toggles: TriggerToggles) -> int:
    return len({toggles.button(t).y() for t in toggles.ids()})


def test_a_narrow_form_gets_fewer_columns_and_cuts_nothing(qtbot):
    toggles = TriggerToggles()
    window = QWidget()  # as in the form: the window asks for the toggles' minimum, not the grid's
    QVBoxLayout(window).addWidget(toggles)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    widest = max(toggles.button(t).sizeHint().width() for t in toggles.ids())
    window.resize(widest * COLUMNS + 60, 600)
    settle()
    wide_rows = _rows(toggles)
    assert wide_rows == -(-len(toggles.ids()) // COLUMNS)  # three to a row

    window.resize(widest + 30, 1200)  # room for one column only
    settle()
    assert _rows(toggles) == len(toggles.ids())
    assert toggles.width() < 2 * widest
    assert layout_checks.clipped(toggles) == []
