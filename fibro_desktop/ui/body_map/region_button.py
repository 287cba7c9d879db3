"""RegionButton: the keyboard and screen-reader face of one body-map region.

Each region of the map has an invisible ``QCheckBox`` laid over its shape.
It paints nothing and lets the mouse through (the map paints and hit-tests
the real shapes), but it takes keyboard focus and sits in Qt's own
accessibility tree, so a screen reader meets every region as a check box
with a name and a checked state ("Calves (left), check box, checked")
without any hand-written ``QAccessibleInterface``.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPaintEvent
from PySide6.QtWidgets import QCheckBox, QWidget

from fibro_desktop.core.body_regions import RegionKey

#: ``navigate`` steps for Home and End: far enough to reach either end.
TO_FIRST, TO_LAST = -10_000, 10_000


class RegionButton(QCheckBox):
    """Signals: ``navigate(step)`` asks the map to move focus by ``step``
    regions (arrow keys, Home/End); ``leave(forward)`` asks it to move focus
    out of the map (Ctrl+Tab / Ctrl+Shift+Tab); ``focus_changed(reason)``
    reports focus in (a ``Qt.FocusReason``) or out (``None``)."""

    navigate = Signal(int)
    leave = Signal(bool)
    focus_changed = Signal(object)

    def __init__(self, key: RegionKey, parent: QWidget):
        super().__init__(parent)
        self.key = key
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        pass  # the map draws the region, its state and the focus ring

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802
        return False  # clicks are the map's (it knows the real shape)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        modifiers = event.modifiers()
        if modifiers & Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.leave.emit(key == Qt.Key.Key_Tab and not modifiers & Qt.KeyboardModifier.ShiftModifier)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Right):
            self.navigate.emit(1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Left):
            self.navigate.emit(-1)
        elif key == Qt.Key.Key_Home:
            self.navigate.emit(TO_FIRST)
        elif key == Qt.Key.Key_End:
            self.navigate.emit(TO_LAST)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select):
            self.click()  # Space is handled by QAbstractButton itself
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.focus_changed.emit(event.reason())

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.focus_changed.emit(None)
