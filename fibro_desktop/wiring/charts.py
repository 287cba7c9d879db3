"""Wiring of the Charts tab: builds its page and connects it to the rest."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fibro_desktop.ui.main_window import TabSpec


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChartsTab", text)


def tab(ctx) -> TabSpec:
    def build():
        from fibro_desktop.ui.placeholder import PlaceholderPage

        return PlaceholderPage(_tr("Charts"), _tr(
            "Charts of how things change over time, honest notes on what seems to help, and a report for your provider will live here."))

    return TabSpec("charts", _tr("Charts"), build, _tr("Trends, insights and the provider report"))


def wire(shell, ctx) -> None:
    """Nothing to connect yet."""
