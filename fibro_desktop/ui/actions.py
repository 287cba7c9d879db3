"""Every application action, declared in one place.

Menus, the tray and shortcuts are built from these. Standard key sequences
are used where the platform has one, and macOS menu roles move Settings,
Quit and About into the application menu there.

Shortcuts are recorded first and set by :func:`install_shortcuts` after the
window's first paint: the first ``setShortcut`` call makes PySide6 build
every enum of the ``Qt`` namespace (~40 ms), which start-up should not wait for.
Standard shortcuts are recorded by name (:class:`StandardKey`) so that even
the ``QKeySequence`` class (~1 ms) is made only then.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from fibro_desktop.ui.translate import translator

_tr = translator("Actions")


class StandardKey(str):
    """The name of a ``QKeySequence.StandardKey`` (``"Quit"``), looked up by
    :func:`install_shortcuts`; it gives the platform's own shortcut."""


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
    #: Shortcuts waiting for :func:`install_shortcuts`: (action, key sequences).
    pending_shortcuts: list[tuple[QAction, tuple]] = field(default_factory=list)

    def defer_shortcut(self, action: QAction, *keys) -> None:
        """Give ``action`` the first of ``keys`` (a :class:`StandardKey`, a
        ``QKeySequence.StandardKey`` or a string such as ``"Ctrl+L"``) that the
        platform defines, once :func:`install_shortcuts` runs."""
        self.pending_shortcuts.append((action, keys))


def create_actions(parent: QObject) -> AppActions:
    quit_action = QAction(_tr("&Quit"), parent)
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)

    settings = QAction(_tr("&Settings…"), parent)
    settings.setMenuRole(QAction.MenuRole.PreferencesRole)

    about = QAction(_tr("&About Fibro Desktop"), parent)
    about.setMenuRole(QAction.MenuRole.AboutRole)

    welcome = QAction(_tr("&Welcome and safety notes"), parent)
    welcome.setMenuRole(QAction.MenuRole.NoRole)

    open_data_folder = QAction(_tr("Open the &data folder"), parent)
    open_data_folder.setMenuRole(QAction.MenuRole.NoRole)

    show_window = QAction(_tr("&Show Fibro Desktop"), parent)
    actions = AppActions(quit_action, settings, about, welcome, open_data_folder, show_window)
    actions.defer_shortcut(quit_action, StandardKey("Quit"), "Ctrl+Q")
    actions.defer_shortcut(settings, StandardKey("Preferences"), "Ctrl+,")
    return actions


def install_shortcuts(actions: AppActions) -> None:
    """Set every recorded shortcut (see the module docstring for why late)."""
    from PySide6.QtGui import QKeySequence

    for action, keys in actions.pending_shortcuts:
        for key in keys:
            if isinstance(key, StandardKey):
                key = getattr(QKeySequence.StandardKey, key)
            sequence = QKeySequence(key)
            if not sequence.isEmpty():
                action.setShortcut(sequence)
                break
    actions.pending_shortcuts.clear()


def add_tab_actions(actions: AppActions, titles: list[str], parent: QObject) -> None:
    """Create "go to tab" actions with Ctrl+1…Ctrl+9 (Cmd on macOS)."""
    for index, title in enumerate(titles):
        action = QAction(title, parent)
        if index < 9:
            actions.defer_shortcut(action, f"Ctrl+{index + 1}")
        action.setData(index)
        actions.tabs.append(action)
