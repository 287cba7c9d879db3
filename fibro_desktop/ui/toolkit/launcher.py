"""Opens the one rescue plan window, from the tab, the tray or a shortcut,
and owns the heat timer.

A second request while the plan is open only brings it to the front, so
the steps already ticked are not lost. The heat timer lives here, not in
the window: someone lying down with a heat pad may close the plan, and the
timer still ends on time, with a note (the shell's ``Notifier``: a notice
in the window, the tray tooltip, and a tray message where there is a tray;
clicking it opens the plan), the taskbar asking for attention, an optional
soft sound, and the routine's warmth ticked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from fibro_desktop.core.intents import RoutineProgress
from fibro_desktop.core.toolkit.routine import WARMTH
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.toolkit.heat_timer import HeatTimer
from fibro_desktop.ui.toolkit.texts import tr

#: The key of the heat timer's note in the shell's ``Notifier``.
HEAT_NOTE_KEY = "heat_timer"


class NoteShower(Protocol):
    """What the launcher needs of ``ui.notify.Notifier``."""

    def notify(self, key: str, title: str, text: str, action=None) -> bool: ...

    def clear(self, key: str) -> None: ...


class RescuePlanLauncher(QObject):
    """Owns the :class:`RescuePlanDialog` (created on first use) and the
    :class:`HeatTimer` (for the whole run of the app)."""

    def __init__(self, db, clock, intents, window: QWidget, *, heat_tick_ms: int = 1000,
                 preferences: prefs.Preferences | None = None, notes: Callable[[], NoteShower] | None = None):
        super().__init__(window)
        self._db, self._clock, self._intents, self._window = db, clock, intents, window
        self._preferences = preferences
        #: Gives the shell's notifier (asked at the end, so it is made only if needed).
        self._notes = notes
        self._note_shown = False
        self.heat = HeatTimer(clock, self, tick_ms=heat_tick_ms)
        self.heat.finished.connect(self._on_heat_finished)
        self.chime = None
        self.dialog = None

    def prepare(self) -> None:
        """Build the (hidden) dialog ahead of need, so that the first open,
        mid-spasm, is as quick as the later ones (measured in benchmarks)."""
        if self.dialog is None:
            from fibro_desktop.ui.toolkit.rescue_dialog import RescuePlanDialog

            self.dialog = RescuePlanDialog(self._db, self._clock, self._intents, self._window, heat=self.heat,
                                           preferences=self._preferences, open_guide=self._intents.open_guide)

    def open(self) -> None:
        if self._note_shown and self._notes is not None:
            self._notes().clear(HEAT_NOTE_KEY)  # the plan says it now
            self._note_shown = False
        self.prepare()
        if not self.dialog.isVisible():
            self.dialog.start()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def heat_running(self) -> bool:
        """For ``shell.background_work``: closing the window keeps the app in the tray."""
        return self.heat.running

    def _on_heat_finished(self) -> None:
        # Fifteen minutes of heat is the routine's warmth for today.
        self._intents.routine_progress.emit(RoutineProgress(WARMTH, 1))
        if self._notes is not None:
            self._notes().notify(HEAT_NOTE_KEY, tr("Heat timer"),
                                 tr("Time to take the heat off. A light stretch now, if it feels right."),
                                 (tr("Open my rescue plan"), self.open))
            self._note_shown = True
        if self._preferences is not None and self._preferences.get(prefs.HEAT_SOUND):
            self._play_chime()
        # The taskbar entry asks for attention; nothing jumps to the front.
        visible = self.dialog if self.dialog is not None and self.dialog.isVisible() else self._window
        QApplication.alert(visible)

    def _play_chime(self) -> None:
        from fibro_desktop.ui.pacing.sound import ChimePlayer  # QtMultimedia only when wanted

        if self.chime is None:
            self.chime = ChimePlayer(self)
        self.chime.play()
