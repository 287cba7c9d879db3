"""Desktop integration (issue 22): the macOS Dock icon brings back a window
hidden to the menu bar, and Wayland can match the window to its menu entry."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from fibro_desktop import identity
from fibro_desktop.ui.reopen import bring_back_on_reopen
from tests.conftest import REPO_ROOT


def test_a_dock_click_brings_back_a_hidden_window(qtbot):
    app = QGuiApplication.instance()
    window = QWidget()
    qtbot.addWidget(window)
    shown = []
    watcher = bring_back_on_reopen(app, window, lambda: shown.append(True), platform="darwin")
    try:
        window.hide()  # closed to the menu bar
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)  # what Qt sends on reopen
        assert shown == [True]
        window.show()
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)  # visible: nothing to do
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
        assert shown == [True]
    finally:
        watcher.deleteLater()
        qtbot.wait_until(lambda: True)


def test_other_systems_do_not_watch():
    assert bring_back_on_reopen(QGuiApplication.instance(), QWidget(), lambda: None, platform="linux") is None


def test_the_desktop_file_name_matches_the_menu_entry():
    # A QApplication of its own, in a child process (one per process).
    code = ("import sys; from fibro_desktop.ui.theme import make_application; "
            "app = make_application(sys.argv); print(app.desktopFileName())")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
    assert out.strip() == identity.APPLICATION_NAME
    assert (REPO_ROOT / "packaging" / "linux" / f"{identity.APPLICATION_NAME}.desktop").is_file()


def test_shortcuts_use_ctrl_which_macos_shows_as_cmd(shell):
    """Qt turns Ctrl into Cmd on macOS; Meta would be the Control key there."""
    from PySide6.QtGui import QAction, QKeySequence

    texts = [seq.toString(QKeySequence.SequenceFormat.PortableText)
             for action in shell.window.findChildren(QAction) for seq in action.shortcuts()]
    assert texts, "the window has shortcuts"
    assert not [t for t in texts if "Meta+" in t]
