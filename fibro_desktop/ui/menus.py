"""Builds the menu bar from :class:`~fibro_desktop.ui.actions.AppActions`."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from fibro_desktop.ui.actions import AppActions
from fibro_desktop.ui.translate import translator

_tr = translator("MainWindow")


def build_menu_bar(window: QMainWindow, actions: AppActions) -> dict[str, QMenu]:
    """Add File, View and Help menus with the shell's own entries; returns
    them by name. Once the features are wired, the shell fills File and Help
    again in the order the features declared (:func:`fill_menu`)."""
    bar = window.menuBar()
    file_menu = bar.addMenu(_tr("&File"))
    file_menu.addAction(actions.settings)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)

    view_menu = bar.addMenu(_tr("&View"))
    for action in actions.tabs:
        view_menu.addAction(action)

    help_menu = bar.addMenu(_tr("&Help"))
    help_menu.addAction(actions.welcome)
    help_menu.addAction(actions.open_data_folder)
    help_menu.addSeparator()
    help_menu.addAction(actions.about)
    return {"file": file_menu, "view": view_menu, "help": help_menu}


def fill_menu(menu: QMenu, groups: list[list[QAction]]) -> None:
    """Put ``groups`` of actions into ``menu``, in order, with a line between
    groups (empty groups are skipped)."""
    menu.clear()
    first = True
    for group in groups:
        if not group:
            continue
        if not first:
            menu.addSeparator()
        menu.addActions(group)
        first = False
