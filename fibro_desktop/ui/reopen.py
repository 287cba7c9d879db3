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

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def bring_back_on_reopen(app: QGuiApplication, window: QWidget, bring_to_front: Callable[[], None],
                         platform: str = sys.platform) -> QObject | None:
    """Connect the reopen request to ``bring_to_front`` when ``window`` is hidden.

    Returns the connection's owner (``None`` off macOS)."""
    if platform != "darwin":
        return None
    watcher = QObject(app)
    watcher.setObjectName("reopen-watcher")

    def on_state(state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive and not window.isVisible():
            bring_to_front()

    app.applicationStateChanged.connect(on_state)
    watcher.destroyed.connect(lambda: app.applicationStateChanged.disconnect(on_state))
    return watcher
