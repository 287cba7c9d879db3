"""Wiring of the Journal tab: builds its page and connects it to the rest."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fibro_desktop.ui.main_window import TabSpec


def _tr(text: str) -> str:
    return QCoreApplication.translate("JournalTab", text)


def tab(ctx) -> TabSpec:
    def build():
        from fibro_desktop.ui.placeholder import PlaceholderPage

        return PlaceholderPage(_tr("Journal"), _tr(
            "Your spasm journal will live here: log an episode in a few seconds, add details when you feel up to it, and keep a short daily check-in."))

    return TabSpec("journal", _tr("Journal"), build, _tr("Log spasms and daily check-ins"))


def wire(shell, ctx) -> None:
    """Nothing to connect yet."""
