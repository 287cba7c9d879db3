"""Opens the one rescue plan window, from the tab, the tray or a shortcut.

A second request while the plan is open only brings it to the front, so
the steps already ticked are not lost.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget


class RescuePlanLauncher(QObject):
    """Owns the :class:`RescuePlanDialog`, created on first use."""

    def __init__(self, db, clock, intents, window: QWidget, *, heat_tick_ms: int = 1000):
        super().__init__(window)
        self._db, self._clock, self._intents, self._window = db, clock, intents, window
        self._heat_tick_ms = heat_tick_ms
        self.dialog = None

    def prepare(self) -> None:
        """Build the (hidden) dialog ahead of need, so that the first open,
        mid-spasm, is as quick as the later ones (measured in benchmarks)."""
        if self.dialog is None:
            from fibro_desktop.ui.toolkit.rescue_dialog import RescuePlanDialog

            self.dialog = RescuePlanDialog(self._db, self._clock, self._intents, self._window,
                                           heat_tick_ms=self._heat_tick_ms, open_guide=self._intents.open_guide)

    def open(self) -> None:
        self.prepare()
        if not self.dialog.isVisible():
            self.dialog.start()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
