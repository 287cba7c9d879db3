"""Wiring of the Toolkit tab: builds its page and connects it to the rest."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fibro_desktop.ui.main_window import TabSpec


def _tr(text: str) -> str:
    return QCoreApplication.translate("ToolkitTab", text)


def tab(ctx) -> TabSpec:
    def build():
        from fibro_desktop.ui.placeholder import PlaceholderPage

        return PlaceholderPage(_tr("Toolkit"), _tr(
            "Your rescue kit, a daily prevention routine and a step-by-step plan for when a spasm starts will live here."))

    return TabSpec("toolkit", _tr("Toolkit"), build, _tr("Rescue kit, routine and plan"))


def wire(shell, ctx) -> None:
    """Nothing to connect yet."""
