"""Layout checks the UI tests share (issue 18), beside the accessibility
checks of kit_checks.py: what a person with large
text would see cut off.

``clipped(root)`` lists the visible widgets under ``root`` that stick out of
their parent, and the labels, buttons and check boxes squeezed smaller than
their text needs (the text is cut or elided). Content inside a scroll area
may be taller than the scroll area's viewport: that is scrolling, not
clipping; content wider than it is reported (it should reflow).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QToolButton,
    QWidget,
)

#: Pixels of rounding allowed before something counts as cut.
SLACK = 1


def _is_viewport(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget


def _is_line_edit_clear_button(widget: QWidget) -> bool:
    """Qt's own clear button inside a line edit (``setClearButtonEnabled``,
    also inside ``QKeySequenceEdit``): the line edit places it itself, a
    button taller than the field whose icon Qt draws centred within it, so
    it "sticks out" by its empty margin only; nothing of it is cut."""
    if not isinstance(widget, QToolButton) or not isinstance(widget.parentWidget(), QLineEdit):
        return False
    action = widget.defaultAction()
    return action is not None and action.objectName() == "_q_qlineeditclearaction"


def _describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text().replace("&", "")[:50]
    return f"{type(widget).__name__} {widget.objectName() or ''} {text!r}".replace("  ", " ")


def _text_cut(widget: QWidget) -> str:
    """Why the widget's own text is cut, or ''."""
    if isinstance(widget, QLabel):
        if not widget.text() or widget.pixmap() is not None and not widget.pixmap().isNull():
            return ""
        if widget.wordWrap():
            if widget.hasHeightForWidth():
                needed = widget.heightForWidth(widget.width())
                if widget.height() + SLACK < needed:
                    return f"height {widget.height()} < {needed} its wrapped text needs"
            return ""
        needed = widget.minimumSizeHint().width()
        if widget.width() + SLACK < needed:
            return f"width {widget.width()} < {needed} its text needs"
        return ""
    if isinstance(widget, (QPushButton, QCheckBox, QRadioButton)) and widget.text():
        hint = widget.sizeHint()
        if widget.width() + SLACK < hint.width():
            return f"width {widget.width()} < {hint.width()} its text needs"
        if widget.height() + SLACK < min(hint.height(), widget.fontMetrics().height()):
            return f"height {widget.height()} < one line of its text"
    return ""


def _sideways(area: QScrollArea) -> str:
    """Why the content of ``area`` is cut at the side, or ''. A form or a
    list of rows that only scrolls sideways hides its ends: it should
    reflow, or the scroll area should ask for the width its content needs."""
    content = area.widget()
    if content is None or not content.isVisibleTo(area):
        return ""
    needed = content.minimumSizeHint().expandedTo(content.minimumSize()).width()
    if area.viewport().width() + SLACK < needed:
        return f"shows {area.viewport().width()} px of content {needed} px wide"
    return ""


def clipped(root: QWidget) -> list[str]:
    """The visible widgets under ``root`` that are cut off (see the module text)."""
    problems = []
    for widget in root.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QScrollArea) and _sideways(widget):
            problems.append(f"{_describe(widget)} {widget.accessibleName()!r}: {_sideways(widget)}")
        parent = widget.parentWidget()
        if parent is None or parent.isWindow() and parent is not root.window():
            continue
        if not _is_viewport(parent) and not _is_viewport(widget) and not _is_line_edit_clear_button(widget):
            geometry = widget.geometry()
            inside = parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK)
            if geometry.width() > 0 and geometry.height() > 0 and not inside.contains(geometry):
                problems.append(f"{_describe(widget)} at {geometry.getRect()} sticks out of "
                                f"{_describe(parent)} {parent.rect().getRect()}")
        reason = _text_cut(widget)
        if reason:
            problems.append(f"{_describe(widget)}: {reason}")
    return problems


def settle() -> None:
    """Let layouts finish: a row that reflows (kit ``ReflowRow``) asks its
    parents for room one level per turn of the event loop."""
    from PySide6.QtWidgets import QApplication

    for _ in range(10):
        QApplication.processEvents()
