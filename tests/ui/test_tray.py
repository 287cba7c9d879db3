"""Tray menu and closing the window."""

from PySide6.QtGui import QAction, QIcon

from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.tray import TrayIcon
from tests.ui.closing import close_as_the_person_does


def menu_texts(tray):
    return [a.text().replace("&", "") if not a.isSeparator() else "-" for a in tray.menu.actions()]


def test_tray_menu_has_feature_actions_then_show_and_quit(shell):
    shell.tray = TrayIcon(QIcon(), [], shell.window)
    shell.refresh_tray()
    texts = menu_texts(shell.tray)
    # Features' actions first (the journal's quick log among them), then the app's own.
    assert "Log a spasm…" in texts
    assert texts[-4:] == ["-", "Show Fibro Desktop", "-", "Quit"]
    shell.add_tray_actions(QAction("Something new", shell.window))
    assert menu_texts(shell.tray)[-5:] == ["Something new", "-", "Show Fibro Desktop", "-", "Quit"]


def test_tray_show_brings_a_hidden_window_back(shell, qtbot):
    shell.window.hide()
    shell.actions.show_window.trigger()
    qtbot.waitUntil(shell.window.isVisible)


def test_closing_hides_only_while_a_feature_works_in_the_background(shell, app_context, qtbot, monkeypatch):
    shell.tray = TrayIcon(QIcon(), [], shell.window)  # pretend the platform has a tray
    app_context.preferences.set(prefs.PACING_ENABLED, False)  # only the test's own feature works
    busy = [True]
    shell.background_work.append(lambda: busy[0])
    assert close_as_the_person_does(shell.window, monkeypatch) is False  # the close was turned into "hide to tray"
    assert shell.window.isHidden()
    shell.window.show()
    app_context.preferences.set(prefs.CLOSE_TO_TRAY, False)
    assert close_as_the_person_does(shell.window, monkeypatch) is True  # the person chose "really close"
    app_context.preferences.set(prefs.CLOSE_TO_TRAY, True)
    shell.window.show()
    busy[0] = False
    assert close_as_the_person_does(shell.window, monkeypatch) is True  # nothing running: closing closes


def test_without_a_tray_closing_minimises_while_a_feature_works(shell, app_context, monkeypatch):
    """Issue 17: it used to quit silently, stopping the break timer."""
    shell.background_work.append(lambda: True)
    assert shell.tray is None
    assert close_as_the_person_does(shell.window, monkeypatch) is False
    assert shell.window.isMinimized() and not shell.window.isHidden()
    app_context.preferences.set(prefs.CLOSE_TO_TRAY, False)  # the person chose "really close"
    assert close_as_the_person_does(shell.window, monkeypatch) is True
