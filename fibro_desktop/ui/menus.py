"""Builds the menu bar from :class:`~fibro_desktop.ui.actions.AppActions`."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMenu

from fibro_desktop.ui.actions import AppActions


def build_menu_bar(window: QMainWindow, actions: AppActions) -> dict[str, QMenu]:
    """Add File, View and Help menus; returns them by name so features can
    insert their own entries (File → Export…, Provider report…)."""
    bar = window.menuBar()
    file_menu = bar.addMenu(window.tr("&File"))
    file_menu.addAction(actions.settings)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)

    view_menu = bar.addMenu(window.tr("&View"))
    for action in actions.tabs:
        view_menu.addAction(action)

    help_menu = bar.addMenu(window.tr("&Help"))
    help_menu.addAction(actions.welcome)
    help_menu.addAction(actions.open_data_folder)
    help_menu.addSeparator()
    help_menu.addAction(actions.about)
    return {"file": file_menu, "view": view_menu, "help": help_menu}
