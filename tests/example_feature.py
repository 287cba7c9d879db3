"""A new feature in under 50 lines of wiring: "I drank a glass of water",
in the File menu under the entries for a bad moment and in the tray.

The worked example of docs/architecture.md (``tests/ui/test_features.py``
builds the app with it and checks the doc shows this very code)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction

from fibro_desktop.core.intents import RoutineProgress
from fibro_desktop.core.toolkit.routine import RoutineKind
from fibro_desktop.ui.translate import translator
from fibro_desktop.wiring.feature import Feature, Group, Menu, MenuEntry, Wired

_tr = translator("WaterTab")


@dataclass
class WaterState:
    glasses: int = 0  # this run's glasses, for the smoke check


def wire(shell, ctx) -> Wired:
    state = shell.state(FEATURE)
    glass = QAction(_tr("I drank a &glass of water"), shell.window)

    def drank() -> None:
        state.glasses += 1
        # The toolkit counts it, through the one door between tabs.
        ctx.intents.routine_progress.emit(RoutineProgress(RoutineKind.WATER, 1))

    glass.triggered.connect(drank)
    return Wired(actions={"glass": glass})


def smoke_check(shell, ctx) -> None:
    if shell.state(FEATURE).glasses < 0:
        raise RuntimeError("a negative number of glasses")


FEATURE = Feature(
    key="water", wire=wire, state=WaterState, smoke_check=smoke_check,
    menu_entries=(MenuEntry("glass", Menu.FILE, Group.LOG, rank=5),),
    tray_actions=("glass",),
)
