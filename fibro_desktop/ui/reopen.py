"""macOS: clicking the Dock icon (or opening the app again from Finder)
brings back a window that was hidden to the menu bar.

macOS asks a running app to "reopen" in both cases. Qt's Cocoa plugin turns
that request into an application state change to *active*, sent even when
the app is already active, so watching
``QGuiApplication.applicationStateChanged`` is enough: when the app becomes
active and the main window is hidden (closed to the menu bar), show it.
Other systems never hide the window without a tray icon to bring it back,
and activation there already comes with a visible window, so the watch is
only installed on macOS (``platform`` is a parameter for the tests).
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


class _ReopenWatcher(QObject):
    """Owns the connection: Qt drops it when the watcher is deleted."""

    def __init__(self, app: QGuiApplication, window: QWidget, bring_to_front: Callable[[], None]):
        super().__init__(app)
        self.setObjectName("reopen-watcher")
        self._window = window
        self._bring_to_front = bring_to_front
        # Imported here: touching ``Qt`` builds the whole namespace (~20 ms),
        # which must not happen before the first paint (and only macOS needs it).
        from PySide6.QtCore import Qt

        self._active = Qt.ApplicationState.ApplicationActive
        app.applicationStateChanged.connect(self.on_state)

    def on_state(self, state) -> None:
        if state == self._active and not self._window.isVisible():
            self._bring_to_front()


def bring_back_on_reopen(app: QGuiApplication, window: QWidget, bring_to_front: Callable[[], None],
                         platform: str = sys.platform) -> QObject | None:
    """Connect the reopen request to ``bring_to_front`` when ``window`` is hidden.

    Returns the connection's owner (``None`` off macOS)."""
    if platform != "darwin":
        return None
    return _ReopenWatcher(app, window, bring_to_front)
