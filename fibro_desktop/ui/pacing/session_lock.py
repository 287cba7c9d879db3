"""Notices a locked screen, where the desktop says so over D-Bus (Linux).

Best effort: listens to ``ActiveChanged(bool)`` of the freedesktop and GNOME
screen savers on the session bus. Where there is no session bus (Windows,
macOS, a bare X session) :meth:`SessionLockWatcher.start` answers False and
nothing else happens. QtDBus is imported inside :meth:`start`, which the
wiring calls a little after start-up, so it never slows the first window.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import SLOT, QObject, Signal, Slot

_SCREEN_SAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class SessionLockWatcher(QObject):
    #: True when the screen was locked, False when it was unlocked.
    locked_changed = Signal(bool)

    def start(self) -> bool:
        """Subscribe to the screen savers; False if none can be listened to."""
        if not sys.platform.startswith("linux"):
            return False
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return False
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return False
        listening = False
        for service, path, interface in _SCREEN_SAVERS:
            listening |= bool(bus.connect(service, path, interface, "ActiveChanged", self,
                                          SLOT("_on_active_changed(bool)")))
        return listening

    @Slot(bool)
    def _on_active_changed(self, active: bool) -> None:
        self.locked_changed.emit(bool(active))
