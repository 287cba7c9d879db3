"""The notice area above the tabs: shown, replaced by key, closed by the person."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from fibro_desktop.ui.main_window import MainWindow, TabSpec
from fibro_desktop.ui.preferences import WindowState


def _window(qtbot, tmp_path) -> MainWindow:
    window = MainWindow([TabSpec("one", "One", lambda: QLabel("page"))], WindowState(tmp_path))
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_notice_shows_replaces_by_key_and_closes(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    assert not window.notices.isVisible()
    pressed = []
    window.show_notice("backup", "The backup failed.", [("Try again", lambda: pressed.append(1))])
    window.show_notice("backup", "The backup failed again.")
    assert window.notices.keys() == ["backup"]
    notice = window.notices.notice("backup")
    assert notice.label.text() == "The backup failed again."
    assert window.notices.isVisible()
    close = notice.buttons[-1]
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert window.notices.keys() == []
    assert not window.notices.isVisible()


def test_a_notice_button_runs_its_action(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    pressed = []
    notice = window.show_notice("x", "Text", [("Do it", lambda: pressed.append(1))], closable=False)
    assert [b.text() for b in notice.buttons] == ["Do it"]
    qtbot.mouseClick(notice.buttons[0], Qt.MouseButton.LeftButton)
    assert pressed == [1]
