"""The widgets every tab repeats: a heading, a big action button, a
section, an empty state and an error state. Sizes come from the font, so
they grow with the text-size setting instead of clipping."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from fibro_desktop.ui.kit import tokens


def heading(text: str, scale: float = tokens.HEADING_1, wrap: bool = True) -> QLabel:
    """A bold heading, ``scale`` times the body text size."""
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(wrap)
    return label


def action_button(text: str, scale: float = 1.0, lines: float = 3.0) -> QPushButton:
    """A big main-action button (text ``scale`` times the body size, bold
    when enlarged) whose height is ``lines`` text lines, so it stays a large
    target and grows with the text-size setting instead of clipping."""
    button = QPushButton(text)
    if scale != 1.0:
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(True)
        button.setFont(font)
    button.setMinimumHeight(round(button.fontMetrics().height() * lines))
    return button


def section(title: str | None = None, parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    """A quiet card: a framed area with an optional heading; returns the
    frame and the layout to add content to."""
    frame = QFrame(parent)
    frame.setObjectName("kitSection")
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(tokens.SPACE_M, tokens.SPACE_M, tokens.SPACE_M, tokens.SPACE_M)
    layout.setSpacing(tokens.SPACE_S)
    if title:
        layout.addWidget(heading(title, tokens.HEADING_2))
    return frame, layout


def _message(text: str, object_name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setContentsMargins(tokens.SPACE_M, tokens.SPACE_L, tokens.SPACE_M, tokens.SPACE_L)
    return label


def empty_state(text: str) -> QLabel:
    """Calm muted text for "nothing here yet" (say what to do next in ``text``)."""
    label = _message(text, "kitEmptyState")
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def error_state(text: str) -> QLabel:
    """A problem told in plain words, in the warning colours of the palette."""
    label = _message(text, "kitErrorState")
    label.setAutoFillBackground(True)
    label.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
    label.setForegroundRole(QPalette.ColorRole.BrightText)
    return label


def name_tab_bar(tabs: QTabWidget, name: str) -> None:
    """Name a tab widget and its tab bar, so a screen reader says which set
    of tabs the focus is in (the bar is what gets focus)."""
    tabs.setAccessibleName(name)
    tabs.tabBar().setAccessibleName(name)
