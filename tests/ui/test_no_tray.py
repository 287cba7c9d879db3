"""Without a system tray (stock GNOME without the AppIndicator extension),
closing the window used to quit silently and stop the break timer
(issue 17). Now it minimises, says so once with the way back and how to get
a tray, and start at login (``--minimized``) starts minimised there."""

import os

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from fibro_desktop.ui import preferences as prefs
from fibro_desktop.wiring import pacing as pacing_wiring
from tests.ui.closing import close_as_the_person_does
from tests.ui.stopping import running_app, stop_as_at_log_out


def fake_no_tray(monkeypatch):
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))


@pytest.fixture
def trayless_shell(qapp, qtbot, app_context, monkeypatch):
    """The whole UI built as the app builds it, asking for a tray that is not there."""
    from fibro_desktop.shell import build_shell

    fake_no_tray(monkeypatch)
    built = build_shell(qapp, app_context, with_tray=True)
    qtbot.addWidget(built.window)
    built.window.show()
    qtbot.waitExposed(built.window)
    yield built
    built.window.close()


def notice_boxes():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_closing_without_a_tray_minimises_and_says_so_once(trayless_shell, app_context, qtbot, monkeypatch):
    window = trayless_shell.window
    assert trayless_shell.tray is None
    assert close_as_the_person_does(window, monkeypatch) is False  # the break timer keeps running
    assert window.isMinimized() and not window.isHidden()  # one click away in the taskbar
    qtbot.waitUntil(lambda: app_context.preferences.get(prefs.NO_TRAY_NOTICE_SHOWN))
    box = trayless_shell.state(pacing_wiring.FEATURE).no_tray_notice
    assert not box.isModal()
    assert "no tray" in box.text() and "minimised instead of closed" in box.text()
    assert "Quit in the File menu" in box.text()
    assert "AppIndicator" in box.informativeText()  # how to get a tray
    box.close()
    window.showNormal()
    assert close_as_the_person_does(window, monkeypatch) is False
    qtbot.wait(10)  # let a second notice be scheduled, if one were
    assert notice_boxes() == []  # said once only


def test_quit_is_never_turned_into_minimise(trayless_shell, app_context):
    """Quit closes every window, and Qt 6 cancels the quit if one refuses:
    only the person's own close (the window's close button) minimises."""
    assert trayless_shell.window.close() is True  # as File > Quit, the tray's Quit or SIGTERM close it


def test_a_stopped_timer_lets_the_window_close(trayless_shell, app_context, monkeypatch):
    app_context.preferences.set(prefs.PACING_ENABLED, False)
    assert close_as_the_person_does(trayless_shell.window, monkeypatch) is True


def test_start_at_login_without_a_tray_starts_minimised(qapp, qtbot, monkeypatch):
    from PySide6.QtWidgets import QWidget

    from fibro_desktop.app import _FirstPaintWatcher, _start_quietly

    fake_no_tray(monkeypatch)
    window = QWidget()
    qtbot.addWidget(window)
    started = []
    watcher = _FirstPaintWatcher(window, lambda: started.append("paint"))
    _start_quietly(window, watcher, lambda: started.append("start"))
    qtbot.waitUntil(lambda: started == ["start"])  # the rest of start-up does not wait for a paint
    assert window.isMinimized()


def test_start_at_login_with_a_tray_stays_hidden(qapp, qtbot, monkeypatch):
    from PySide6.QtWidgets import QWidget

    from fibro_desktop.app import _FirstPaintWatcher, _start_quietly

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    window = QWidget()
    qtbot.addWidget(window)
    started = []
    watcher = _FirstPaintWatcher(window, lambda: started.append("paint"))
    _start_quietly(window, watcher, lambda: started.append("start"))
    qtbot.waitUntil(lambda: started == ["start"])
    assert window.isHidden()
    window.show()  # shown later from the tray: start-up does not run twice
    qtbot.waitExposed(window)
    assert started == ["start"]


@pytest.mark.skipif(os.name != "posix", reason="SIGTERM is a POSIX signal")
def test_started_at_login_without_a_tray_a_real_app_is_minimised_and_still_quits(tmp_path):
    """A real child process: ``--minimized`` finishes its start-up without
    a first paint, minimised (offscreen has no tray), and SIGTERM at log-out
    still quits although closing by hand would only minimise."""
    data = tmp_path / "data"
    with running_app(data, "--minimized") as child:
        assert child.stdout.readline().strip() == "minimized"
        stop_as_at_log_out(child, data)
