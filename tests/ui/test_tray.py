"""Tray menu and closing the window."""

from PySide6.QtGui import QAction, QIcon

from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.tray import TrayIcon


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


def test_closing_hides_only_while_a_feature_works_in_the_background(shell, app_context, qtbot):
    shell.tray = TrayIcon(QIcon(), [], shell.window)  # pretend the platform has a tray
    app_context.preferences.set(prefs.PACING_ENABLED, False)  # only the test's own feature works
    busy = [True]
    shell.background_work.append(lambda: busy[0])
    assert shell.window.close() is False  # the close was turned into "hide to tray"
    assert shell.window.isHidden()
    shell.window.show()
    app_context.preferences.set(prefs.CLOSE_TO_TRAY, False)
    assert shell.window.close() is True  # the person chose "really close"
    app_context.preferences.set(prefs.CLOSE_TO_TRAY, True)
    shell.window.show()
    busy[0] = False
    assert shell.window.close() is True  # nothing running: closing closes


def test_without_a_tray_closing_always_closes(shell):
    shell.background_work.append(lambda: True)
    assert shell.tray is None
    assert shell.window.close() is True
