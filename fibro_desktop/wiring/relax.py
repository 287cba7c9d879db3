"""Wiring of the Relax tab: builds its page and connects it to the rest."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fibro_desktop.ui.main_window import TabSpec


def _tr(text: str) -> str:
    return QCoreApplication.translate("RelaxTab", text)


def tab(ctx) -> TabSpec:
    def build():
        from fibro_desktop.ui.placeholder import PlaceholderPage

        return PlaceholderPage(_tr("Relax"), _tr(
            "Guided relaxation sessions, a breathing pacer and a sleep timer will live here."))

    return TabSpec("relax", _tr("Relax"), build, _tr("Relaxation audio and breathing"))


def wire(shell, ctx) -> None:
    """Nothing to connect yet."""
