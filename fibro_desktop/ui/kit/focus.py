"""Where keyboard focus goes when a tab or a dialog opens (WCAG 2.4.3, 2.4.7).

After ``Ctrl+1``…``Ctrl+5`` or when a dialog opens, focus goes to the first
useful control (a button, a field, a list), never to a bare container such
as a scroll area or a chart's drawing surface, and the window is told the
focus came from the keyboard, so the ring shows at once and not only after
the first Tab.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QGraphicsView,
    QMainWindow,
    QScrollArea,
    QTabBar,
    QWidget,
)

from fibro_desktop.ui.kit.names import name_from_labels


def is_bare_container(widget: QWidget) -> bool:
    """A widget that only holds others: focus on it shows nothing useful.
    Item views (lists, tables) and text views are real controls, and so is
    a scroll area of plain text (focus on it is how the keyboard scrolls)."""
    if isinstance(widget, QAbstractItemView):
        return False
    if isinstance(widget, QScrollArea):
        content = widget.widget()
        return content is not None and any(
            child.focusPolicy() & Qt.FocusPolicy.TabFocus for child in (content, *content.findChildren(QWidget)))
    parent = widget.parentWidget()
    return isinstance(widget, QGraphicsView) or (isinstance(parent, QScrollArea) and widget is parent.viewport())


def is_tab_stop(widget: QWidget) -> bool:
    return (bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisible() and widget.isEnabled()
            and not widget.focusProxy())


def quiet_container(widget: QWidget) -> None:
    """Take a scroll area or a chart out of the Tab order: Tab goes straight
    to the controls inside (Qt scrolls them into view)."""
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def first_useful_control(root: QWidget) -> QWidget | None:
    """The first tab stop in ``root``'s focus chain that is a real control
    (not a container, not a row of tabs)."""
    widget = root.nextInFocusChain()
    seen = set()
    while widget is not None and id(widget) not in seen and widget is not root:
        seen.add(id(widget))
        if (root.isAncestorOf(widget) and is_tab_stop(widget) and not is_bare_container(widget)
                and not isinstance(widget, QTabBar)):
            return widget
        widget = widget.nextInFocusChain()
    return None


def focus_first_control(root: QWidget) -> QWidget | None:
    """Put keyboard focus on ``root``'s first useful control, with the ring
    showing (a page may name its own with ``first_focus_widget()``)."""
    chosen = getattr(root, "first_focus_widget", None)
    target = chosen() if callable(chosen) else None
    if target is None or not is_tab_stop(target):
        target = first_useful_control(root)
    if target is not None:
        # A shortcut reason marks the window as keyboard-driven: every
        # style draws the focus ring then, not only after the first Tab.
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
    return target


def _needs_first_focus(dialog: QWidget) -> bool:
    current = dialog.focusWidget()
    return current is None or not dialog.isAncestorOf(current) or is_bare_container(current) \
        or not is_tab_stop(current)


def settle_dialog_focus(dialog: QWidget) -> None:
    """Focus ``dialog``'s first useful control when Qt left focus nowhere or
    on a container; mark it keyboard-driven so the ring shows at once."""
    if not dialog.isVisible():
        return
    name_from_labels(dialog)
    if _needs_first_focus(dialog):
        focus_first_control(dialog)
    else:
        dialog.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)


def follow_dialogs(app: QApplication) -> None:
    """Settle the focus of every dialog as it becomes the active window.

    A signal per activation, not an application-wide event filter (which
    would run Python for every event of the app). Once per application."""
    if app.property("fibroDialogFocus"):
        return
    app.setProperty("fibroDialogFocus", True)

    def on_focus_window(_window) -> None:
        active = QApplication.activeWindow()
        # Dialogs and the other windows (an editor, Learn); the main
        # window's focus is set by its tabs (Ctrl+1…5).
        if active is not None and (isinstance(active, QDialog) or not isinstance(active, QMainWindow)):
            settle_dialog_focus(active)

    QGuiApplication.instance().focusWindowChanged.connect(on_focus_window)
