"""Reusable accessibility checks over a widget tree (issue 18): names as a
screen reader gets them, contrast from the palette actually in use, focus,
clipping. Each returns a list of readable problems (empty when all is well).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QSlider,
    QTabBar,
    QTabWidget,
    QWidget,
)

from fibro_desktop.ui.kit import tokens
from fibro_desktop.ui.kit.focus import is_bare_container, is_tab_stop

#: Widgets a person operates or a screen reader stops on.
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QSlider, QAbstractItemView, QTabBar,
               QAbstractScrollArea, QTabWidget)


def where(widget: QWidget) -> str:
    parent = widget.parentWidget()
    text = widget.accessibleName() or (widget.text() if hasattr(widget, "text") else "")
    return f"{type(widget).__name__} {str(text)[:40]!r} in {type(parent).__name__ if parent else 'nothing'}"


def _own_parts(widget: QWidget) -> bool:
    """Qt's inner parts of a control (a spin box's field, a combo's list, a
    field's clear button): the control itself carries the name."""
    parent = widget.parentWidget()
    return (widget.objectName().startswith("qt_") and not isinstance(widget, QTabBar)) or (
        isinstance(parent, (QLineEdit, QComboBox, QAbstractSpinBox)) and widget.focusPolicy() == Qt.FocusPolicy.NoFocus)


def shown_widgets(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if w.isVisibleTo(root) and not _own_parts(w)]


def accessible_name(widget: QWidget) -> str:
    """The name the platform's accessibility bridge (AT-SPI on Linux) gets."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(root: QWidget) -> list[str]:
    """Interactive widgets without a name. A combo box must be named by its
    label too, not only by the value it shows (Qt on Linux reports the value
    as the name and the label as a relation)."""
    problems = []
    for widget in shown_widgets(root):
        if not isinstance(widget, INTERACTIVE):
            continue
        if isinstance(widget, QComboBox) and not widget.accessibleName().strip():
            problems.append(where(widget) + " (named only by its value)")
        elif not accessible_name(widget):
            problems.append(where(widget))
    return problems


def _large_text(widget: QWidget) -> bool:
    """WCAG large text: 18 pt, or 14 pt bold (3:1 is enough then)."""
    font = widget.font()
    size = font.pointSizeF()
    return size >= 18 or (font.bold() and size >= 14)


def _background(widget: QWidget) -> QColor:
    """The colour behind ``widget``: the nearest widget that fills its
    background, else the window colour of the palette in use."""
    current: QWidget | None = widget
    while current is not None:
        if current.autoFillBackground() or current.isWindow():
            return current.palette().color(current.backgroundRole())
        current = current.parentWidget()
    return widget.palette().color(QPalette.ColorRole.Window)


def low_contrast(root: QWidget) -> list[str]:
    """Text below 4.5:1 (3:1 when large) and control boundaries below 3:1,
    computed from each widget's palette as it is in use."""
    problems = []
    dark = root.palette().color(QPalette.ColorRole.Window).lightness() < 128
    boundary = tokens.colors(dark)["boundary"]
    for widget in shown_widgets(root):
        if not widget.isEnabled():
            continue  # WCAG exempts disabled controls
        palette = widget.palette()
        if isinstance(widget, QLabel) and widget.text().strip():
            text = palette.color(widget.foregroundRole()).name()
            ratio = tokens.contrast_ratio(text, _background(widget).name())
            needed = 3.0 if _large_text(widget) else 4.5
            if ratio < needed:
                problems.append(f"{where(widget)}: text {ratio:.2f}:1")
        elif isinstance(widget, (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)):
            behind = _background(widget).name()
            fill = palette.color(widget.backgroundRole())
            own = fill.name() if fill.alpha() == 255 else behind  # a link-like button is see-through
            for colour in {behind, own}:
                ratio = tokens.contrast_ratio(boundary, colour)
                if ratio < 3.0:
                    problems.append(f"{where(widget)}: outline {ratio:.2f}:1")
            if isinstance(widget, QAbstractButton) and widget.text():
                text = palette.color(QPalette.ColorRole.ButtonText).name()
                ratio = tokens.contrast_ratio(text, own)
                if ratio < 4.5:
                    problems.append(f"{where(widget)}: text {ratio:.2f}:1")
    return problems


def clipped(root: QWidget) -> list[str]:
    """Widgets reaching outside their parent (cut off). The content of a
    scroll area may be larger than its viewport: that is what scrolling is for."""
    problems = []
    for widget in shown_widgets(root):
        parent = widget.parentWidget()
        if parent is None or widget.isWindow() or _own_parts(parent):
            continue
        scroll_parent = parent.parentWidget()
        if isinstance(scroll_parent, QAbstractScrollArea) and parent is scroll_parent.viewport():
            continue
        # One pixel of slack for rounding at fractional scales.
        inside = parent.rect().adjusted(-1, -1, 1, 1)
        geometry: QRect = widget.geometry()
        if geometry.width() > 0 and geometry.height() > 0 and not inside.contains(geometry):
            problems.append(f"{where(widget)}: {geometry.getRect()} outside {parent.rect().getRect()}")
    return problems


def focus_problem(dialog: QWidget) -> str | None:
    """Why ``dialog`` has no useful initial focus (None when it has)."""
    focused = dialog.focusWidget()
    if focused is None or not dialog.isAncestorOf(focused):
        return "no initial focus"
    if is_bare_container(focused) or not is_tab_stop(focused):
        return f"focus on {where(focused)}"
    return None


def bare_tab_stops(root: QWidget) -> list[str]:
    """Containers (scroll areas of controls, chart surfaces) Tab would stop on."""
    return [where(w) for w in shown_widgets(root) if is_tab_stop(w) and is_bare_container(w)]
