"""Every application action, declared in one place.

Menus, the tray and shortcuts are built from these. Standard key sequences
are used where the platform has one, and macOS menu roles move Settings,
Quit and About into the application menu there.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


@dataclass
class AppActions:
    """The application's QActions; features add theirs here."""

    quit: QAction
    settings: QAction
    about: QAction
    welcome: QAction
    open_data_folder: QAction
    show_window: QAction
    #: One action per tab, in tab order; filled by :func:`add_tab_actions`.
    tabs: list[QAction] = field(default_factory=list)


def create_actions(parent: QObject) -> AppActions:
    quit_action = QAction(_tr("&Quit"), parent)
    quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)

    settings = QAction(_tr("&Settings…"), parent)
    settings.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
    if settings.shortcut().isEmpty():
        settings.setShortcut(QKeySequence("Ctrl+,"))
    settings.setMenuRole(QAction.MenuRole.PreferencesRole)

    about = QAction(_tr("&About Fibro Desktop"), parent)
    about.setMenuRole(QAction.MenuRole.AboutRole)

    welcome = QAction(_tr("&Welcome and safety notes"), parent)
    welcome.setMenuRole(QAction.MenuRole.NoRole)

    open_data_folder = QAction(_tr("Open the &data folder"), parent)
    open_data_folder.setMenuRole(QAction.MenuRole.NoRole)

    show_window = QAction(_tr("&Show Fibro Desktop"), parent)
    return AppActions(quit_action, settings, about, welcome, open_data_folder, show_window)


def add_tab_actions(actions: AppActions, titles: list[str], parent: QObject) -> None:
    """Create "go to tab" actions with Ctrl+1…Ctrl+9 (Cmd on macOS)."""
    for index, title in enumerate(titles):
        action = QAction(title, parent)
        if index < 9:
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
        action.setData(index)
        actions.tabs.append(action)
