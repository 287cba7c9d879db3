"""The Pause menu, shared by the tab's button and the tray."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QWidget

from fibro_desktop.ui.translate import translator

_tr = translator("PacingPage")


def pause_menu(driver, parent: QWidget) -> QMenu:
    """Pause for 30 min, 1 h or until tomorrow (``driver``: a PacingDriver)."""
    menu = QMenu(parent)
    menu.addAction(_tr("For 30 minutes"), lambda: driver.pause(30 * 60))
    menu.addAction(_tr("For 1 hour"), lambda: driver.pause(60 * 60))
    menu.addAction(_tr("Until tomorrow"), lambda: driver.pause(None))
    return menu
