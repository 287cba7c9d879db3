"""Connects the break timer to what this desktop tells (issue 17): idle
time, screen lock, full screen and Do Not Disturb.

:func:`idle_how` names the idle source found at start-up;
:func:`watch_desktop` runs a little after start-up (QtDBus and the window
list take a moment to load) and adds the rest: the screen-lock listener of
this system, Wayland's idle time over D-Bus, and the driver's busy source.
It records what was found in ``driver.desktop_signals`` for the Settings.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from fibro_desktop.ui.pacing.desktop_signals import DesktopSignals

log = logging.getLogger(__name__)

#: How each system's idle time is read (the developer notes' table says more).
_IDLE_HOW = {"win32": "GetLastInputInfo", "darwin": "CGEventSourceSecondsSinceLastEventType"}
_FULLSCREEN_HOW = {"win32": "SHQueryUserNotificationState", "darwin": "CGWindowListCopyWindowInfo"}


def idle_how(readable: bool, platform: str = sys.platform) -> str | None:
    if not readable:
        return None
    return _IDLE_HOW.get(platform, "XScreenSaverQueryInfo")


def watch_desktop(driver, window: QWidget, platform: str = sys.platform) -> list[QObject | object]:
    """Start every listener this desktop allows; returns what must be kept alive."""
    from fibro_desktop.ui.pacing import desktop_busy
    from fibro_desktop.ui.pacing.idle import dbus_idle_reader, qt_dbus_call
    from fibro_desktop.ui.pacing.session_lock import SessionLockWatcher, WindowsLockFilter, macos_lock_reader

    kept: list[QObject | object] = []
    signals = driver.desktop_signals
    lock_how: str | None = None
    idle = signals.idle
    call = None
    if platform.startswith("linux"):
        watcher = SessionLockWatcher(driver)
        if watcher.start():
            watcher.locked_changed.connect(driver.set_session_locked)
            lock_how = "ScreenSaver ActiveChanged (D-Bus)"
        kept.append(watcher)
        call = qt_dbus_call()
        if idle is None and call is not None:  # Wayland: ask the desktop
            found = dbus_idle_reader(call)
            if found is not None:
                driver.set_idle_reader(found[0])
                idle = found[1]
    elif platform == "win32":
        lock_filter = WindowsLockFilter(driver.set_session_locked)
        if WindowsLockFilter.register(int(window.winId())):
            QApplication.instance().installNativeEventFilter(lock_filter)
            lock_how = "WM_WTSSESSION_CHANGE"
        kept.append(lock_filter)
    elif platform == "darwin":
        locked_now = macos_lock_reader()
        if locked_now is not None:
            def check(_status=None) -> None:
                # Asked whenever the driver wakes: no timer of its own.
                locked = locked_now()
                if locked is not None:
                    driver.set_session_locked(locked)

            driver.status_changed.connect(check)
            lock_how = "CGSessionCopyCurrentDictionary"
    checks = desktop_busy.busy_checks(platform, dbus_call=call)
    driver.set_busy_source(desktop_busy.combine(list(checks.values())))
    dnd_how = None
    if "do_not_disturb" in checks:
        dnd_how = "show-banners (gsettings)" if "GNOME" in desktop_busy.desktop_names() else "Notifications.Inhibited"
    fullscreen_how = _FULLSCREEN_HOW.get(platform, "_NET_WM_STATE_FULLSCREEN") if "fullscreen" in checks else None
    found = DesktopSignals(idle=idle, lock=lock_how, fullscreen=fullscreen_how, do_not_disturb=dnd_how)
    log.info("Desktop signals: %s", found)
    driver.set_desktop_signals(found)
    return kept
