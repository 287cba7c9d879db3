"""The tray icon, where the platform has one. Never the only way back: the
window stays reachable from the taskbar/dock and by launching again."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget


class TrayIcon(QSystemTrayIcon):
    """Tray icon with a menu built from the given actions (``None`` = separator)."""

    def __init__(self, icon: QIcon, actions: Sequence[QAction | None], window: QWidget):
        super().__init__(icon, window)
        self._window = window
        self.menu = QMenu()
        self.populate(actions)
        self.setContextMenu(self.menu)
        self.setToolTip(self.tr("Fibro Desktop"))
        self.activated.connect(self._on_activated)

    def populate(self, actions: Sequence[QAction | None]) -> None:
        self.menu.clear()
        for action in actions:
            if action is None:
                self.menu.addSeparator()
            else:
                self.menu.addAction(action)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self._window.bring_to_front()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()
