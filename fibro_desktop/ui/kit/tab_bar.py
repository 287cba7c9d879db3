"""Naming a set of tabs for screen readers.

Apart from :mod:`fibro_desktop.ui.kit.widgets` because the main window's
frame uses it before the first paint, and that module's widget classes
(form, reflowing row, scrolling column) cost ~3 ms to import (issue 14).
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget


def name_tab_bar(tabs: QTabWidget, name: str) -> None:
    """Name a tab widget and its tab bar, so a screen reader says which set
    of tabs the focus is in (the bar is what gets focus)."""
    tabs.setAccessibleName(name)
    tabs.tabBar().setAccessibleName(name)
