"""No silent edits by the mouse wheel.

Scrolling a long form with the wheel used to change whatever combo box, spin
box, date or slider happened to pass under the pointer, and Save kept it
("Helped a little" became "Did not help"; one notch on "Started" moved an
episode back a year; one notch set a 30-minute desk limit). Here, once for
the whole app: a value changes by the wheel only when its field has keyboard
focus; otherwise the wheel event goes on to the parent, so the page scrolls.

How: an application-wide event filter. A wheel event over a guarded field
without focus is handed to the viewport of the scroll area around the field,
which scrolls, and goes no further; without a scroll area it is only ignored
(Qt then offers it to the parent widgets). The hand-over is explicit because
Qt propagates only wheel events that come from the window system, and the
tests send theirs. Scroll bars are sliders too, and keep scrolling.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

#: Fields whose value a wheel notch changes (date and time edits are spin boxes).
GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)

_WHEEL = QEvent.Type.Wheel


def is_guarded(widget: QObject) -> bool:
    """Would a wheel notch over ``widget`` change a value?"""
    return isinstance(widget, GUARDED) and not isinstance(widget, QScrollBar)


class WheelGuard(QObject):
    """The filter; one per application (:func:`install_wheel_guard`)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() != _WHEEL or not isinstance(obj, QWidget):
            return False
        field = _guarded_field(obj)
        if field is None or field.hasFocus():
            return False
        area = _scroll_area_around(field)
        if area is None:
            event.ignore()  # not accepted: Qt offers a window-system event to the parents
            return True
        QCoreApplication.sendEvent(area.viewport(), event)
        event.accept()
        return True


def _guarded_field(widget: QWidget) -> QWidget | None:
    """The guarded field ``widget`` is, or belongs to (a spin box's line edit,
    a combo box's parts)."""
    while widget is not None:
        if is_guarded(widget):
            return widget
        if widget.isWindow():
            return None
        widget = widget.parentWidget()
    return None


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Install the guard on ``app`` once; returns it."""
    # Remembered in a dynamic property, not looked up with findChild: the
    # first findChild by a Python class costs ~8 ms before the first paint.
    guard = app.property(_PROPERTY)
    if not isinstance(guard, WheelGuard):
        guard = WheelGuard(app)
        app.installEventFilter(guard)
        app.setProperty(_PROPERTY, guard)
    return guard


_PROPERTY = "fibro_wheel_guard"
