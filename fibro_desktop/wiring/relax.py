"""Wiring of the Relax tab: builds its page and connects it to the rest.

Other tabs start a session through one door: ``ctx.intents.play_session.emit(PlaySession(id))``
(ids in :data:`fibro_desktop.core.relax.library.SESSION_IDS`); this module
brings the Relax tab to the front and plays it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from fibro_desktop.ui.main_window import TabSpec
from fibro_desktop.ui.translate import translator
from fibro_desktop.wiring.feature import Feature, QuitHook, QuitStep, Wired

if TYPE_CHECKING:
    from fibro_desktop.shell import AppContext, Shell

log = logging.getLogger(__name__)


_tr = translator("RelaxTab")


def tab(ctx: AppContext, _state: None) -> TabSpec:
    def build():
        from fibro_desktop.ui.relax.page import RelaxPage

        return RelaxPage(ctx, open_guide=ctx.intents.open_guide)

    return TabSpec("relax", _tr("Relax"), build, _tr("Relaxation audio and breathing"))


def _built_page(shell):
    """The Relax page if it was built already (never builds it)."""
    return shell.window.page("relax") if shell.window.is_built("relax") else None


def play_session(shell, session_id: str) -> None:
    """Bring the Relax tab to the front and play ``session_id``."""
    page = shell.window.show_tab("relax")
    shell.window.bring_to_front()
    page.play_session(session_id)


def toggle_from_tray(shell) -> None:
    """Pause or resume the current session; with none, open the Relax tab."""
    page = _built_page(shell)
    if page is not None and page.session.session() is not None:
        page.toggle_play()
        return
    shell.window.show_tab("relax")
    shell.window.bring_to_front()


def wire(shell: Shell, ctx: AppContext) -> Wired:
    ctx.intents.play_session.connect(lambda request: play_session(shell, request.session_id))
    toggle = QAction(_tr("Relaxation: play or pause"), shell.window)
    toggle.triggered.connect(lambda: toggle_from_tray(shell))

    def playing() -> bool:
        page = _built_page(shell)
        return page is not None and page.player.state() == "playing"

    def on_quit() -> None:
        try:
            page = _built_page(shell)
            if page is not None:
                page.shutdown()
        except RuntimeError:  # the window is already gone (tests, or a second shell)
            pass

    return Wired(actions={"play_or_pause": toggle}, hooks={"stop_players": on_quit}, busy=playing)


def smoke_check(shell: Shell, ctx: AppContext) -> None:
    """The bundled library is complete and its manifest matches the files."""
    import hashlib
    import json

    from fibro_desktop.core.relax.library import SESSION_IDS, parse_manifest
    from fibro_desktop.resources import resource_path

    audio = resource_path("audio")
    sessions = parse_manifest(json.loads((audio / "manifest.json").read_text("utf-8")), audio)
    missing = set(SESSION_IDS) - {s.key for s in sessions}
    if missing:
        raise RuntimeError(f"relaxation sessions missing from the manifest: {sorted(missing)}")
    for session in sessions:
        if hashlib.sha256(session.path.read_bytes()).hexdigest() != session.sha256:
            raise RuntimeError(f"relaxation audio damaged: {session.path.name}")


FEATURE = Feature(
    key="relax", tab=tab, wire=wire, smoke_check=smoke_check,
    tray_actions=("play_or_pause",),
    quit_hooks=(QuitHook("stop_players", QuitStep.STOP),),
    background_work=True,
)
