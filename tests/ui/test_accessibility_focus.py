"""Focus as a keyboard user meets it (issue 18, WCAG 2.4.3, 2.4.7): after
Ctrl+1…5 the tab's first useful control has focus, with its ring showing at
once; scroll areas and chart surfaces are not empty Tab stops; a dialog opens
with focus on its first useful control."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fibro_desktop.ui.kit.focus import is_bare_container, is_tab_stop
from tests.charts_data_set import fill_known
from tests.conftest import TEST_NOW
from tests.ui.kit_checks import bare_tab_stops


def test_ctrl_number_focuses_the_first_useful_control_with_its_ring(shell, qtbot):
    window = shell.window
    for index, action in enumerate(shell.actions.tabs):
        action.trigger()  # what Ctrl+1…5 and the View menu do
        page = window.page(window.tab_keys()[index])
        # A page built just now gets its focus once its widgets are shown.
        qtbot.waitUntil(lambda page=page: page.isAncestorOf(window.focusWidget()))
        focused = window.focusWidget()
        assert is_tab_stop(focused) and not is_bare_container(focused), type(focused).__name__
        # The window knows the focus came from the keyboard: every style draws the ring.
        assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)


def test_no_scroll_area_or_chart_is_an_empty_tab_stop(shell, db, qtbot):
    fill_known(db, TEST_NOW)
    window = shell.window
    problems = []
    for key in window.tab_keys():
        page = window.show_tab(key)
        if hasattr(page, "finish_building"):
            page.finish_building()
        QApplication.processEvents()
        problems += [f"{key}: {where}" for where in bare_tab_stops(page)]
    assert not problems, "Empty Tab stops:\n" + "\n".join(problems)


def test_a_dialog_opens_with_focus_on_its_first_control(shell, qtbot):
    from PySide6.QtWidgets import QCheckBox, QDialog, QScrollArea, QVBoxLayout

    dialog = QDialog(shell.window)
    layout = QVBoxLayout(dialog)
    scroll = QScrollArea()  # Qt would give it the first focus
    scroll.setWidget(QCheckBox("Include the notes"))
    layout.addWidget(scroll)
    field = scroll.widget()
    dialog.open()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: dialog.focusWidget() is field)
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    dialog.reject()
