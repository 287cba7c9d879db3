"""Wiring of the Pacing tab: builds its page and connects it to the rest."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fibro_desktop.ui.main_window import TabSpec


def _tr(text: str) -> str:
    return QCoreApplication.translate("PacingTab", text)


def tab(ctx) -> TabSpec:
    def build():
        from fibro_desktop.ui.placeholder import PlaceholderPage

        return PlaceholderPage(_tr("Pacing"), _tr(
            "A gentle break timer for desk work will live here: short pauses to move, stretch and rest before tension builds up."))

    return TabSpec("pacing", _tr("Pacing"), build, _tr("Break timer for desk work"))


def wire(shell, ctx) -> None:
    """Nothing to connect yet."""
