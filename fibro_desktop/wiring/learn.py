"""Wiring of Learn: the Help menu entry and the ``learn`` intent.

Learn has no tab. Any place opens a guide through one door:
``ctx.intents.open_guide(guide_key, section_anchor)``, which emits an
``OpenGuide`` on ``ctx.intents.learn`` (keys in
:data:`fibro_desktop.core.learn.guides.GUIDE_KEYS`, anchors as written in the
guide files, ``""`` for the top). The window and the guides are loaded on
first use only, never before the first paint.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction

from fibro_desktop.ui.actions import StandardKey
from fibro_desktop.ui.translate import translator
from fibro_desktop.wiring.feature import Feature, Group, Menu, MenuEntry, Wired

if TYPE_CHECKING:
    from fibro_desktop.shell import AppContext, Shell


_tr = translator("Learn")


@dataclass
class LearnState:
    """Learn's objects in one run."""

    #: The one Learn window (built on first use, :func:`learn_window`).
    window: Any = None


def learn_window(shell: Shell, ctx: AppContext) -> Any:
    """The one Learn window, built on first use."""
    state = shell.state(FEATURE)
    if state.window is None:
        from fibro_desktop.ui.learn.library import load_all
        from fibro_desktop.ui.learn.window import LearnWindow

        state.window = LearnWindow(load_all(), shell.window)
    return state.window


def open_guide(shell: Shell, ctx: AppContext, key: str = "", section: str = "") -> None:
    """Show the Learn window at guide ``key`` (the first for ``""``) and
    ``section``, in front of the main window."""
    window = learn_window(shell, ctx)
    if key:
        window.open_guide(key, section or None)
    window.show()
    window.raise_()
    window.activateWindow()


def wire(shell: Shell, ctx: AppContext) -> Wired:
    action = QAction(_tr("&Learn: guides in plain words"), shell.window)
    action.setObjectName("learn")
    action.triggered.connect(lambda: open_guide(shell, ctx))
    # By name: QKeySequence itself is made only when shortcuts are set (ui/actions.py).
    shell.actions.defer_shortcut(action, StandardKey("HelpContents"), "F1")
    ctx.intents.learn.connect(lambda request: open_guide(shell, ctx, request.guide, request.section))
    return Wired(actions={"learn": action})


def smoke_check(shell: Shell, ctx: AppContext) -> None:
    """Every guide ships, in English at least, with its closing line."""
    from fibro_desktop.core.learn.guides import GUIDE_KEYS, load_guides
    from fibro_desktop.ui.learn.library import guides_root

    found = [g.key for g in load_guides(guides_root(), "en")]
    if found != list(GUIDE_KEYS):
        raise RuntimeError(f"guides missing or out of order: {found}")


FEATURE = Feature(
    key="learn", wire=wire, state=LearnState, smoke_check=smoke_check,
    # First in Help, above the welcome notes.
    menu_entries=(MenuEntry("learn", Menu.HELP, Group.GUIDES, rank=0),),
)
