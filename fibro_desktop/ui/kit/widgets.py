"""The widgets every tab repeats: a heading, a big action button, a big
target, a form and a row that reflow, a scrolling column, a section, an empty state and an error state.
Sizes come from the font, so they grow with the text-size setting instead of
clipping. Tabs build from these (tests/ui/test_kit_use.py keeps it so)."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fibro_desktop.ui.kit import tokens
from fibro_desktop.ui.kit.stacking_box import StackingBox

#: Object names the kit gives its widgets, so tests (and style rules) find them.
HEADING_NAME = "kitHeading"
ACTION_BUTTON_NAME = "kitActionButton"


def heading(text: str, scale: float = tokens.HEADING_1, wrap: bool = True) -> QLabel:
    """A bold heading, ``scale`` times the body text size (``tokens.HEADING_1``
    for a page or panel, ``HEADING_2`` for a section, ``HEADING_3`` for a group)."""
    label = QLabel(text)
    label.setObjectName(HEADING_NAME)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(wrap)
    return label


def subheading(text: str) -> QLabel:
    """A group's heading inside a form or a section."""
    return heading(text, tokens.HEADING_3)


def action_button(text: str, scale: float = 1.0, lines: float = 3.0) -> QPushButton:
    """A big main-action button (text ``scale`` times the body size, bold
    when enlarged) whose height is ``lines`` text lines, so it stays a large
    target and grows with the text-size setting instead of clipping."""
    button = QPushButton(text)
    button.setObjectName(ACTION_BUTTON_NAME)
    if scale != 1.0:
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(True)
        button.setFont(font)
    height = round(button.fontMetrics().height() * lines)
    button.setMinimumHeight(height)
    # The app's style sheet would replace that height with its own when the
    # button is polished; its own sheet keeps it.
    button.setStyleSheet(f"QPushButton {{ min-height: {height - tokens.BUTTON_BOX_PX}px; }}")
    return button


def big_target(*widgets: QWidget) -> None:
    """Make buttons and fields comfortable targets for sore hands: at least
    ``tokens.TARGET_PX`` high, more with larger text. Never a fixed size."""
    for widget in widgets:
        widget.setMinimumHeight(tokens.target_height(widget.fontMetrics().height()))
        # The app's style sheet sets the height of these (see style.py).
        widget.setProperty("kitTarget", True)
        if widget.testAttribute(QtCore.Qt.WidgetAttribute.WA_WState_Polished):
            widget.style().unpolish(widget)
            widget.style().polish(widget)


class _Form(QFormLayout):
    """A form whose labels sit level with the middle of their field (Qt
    puts a label in the top part of a tall row, a few pixels too high), and
    whose labels show all of their letters (see :func:`whole_mnemonic_label`)."""

    def addRow(self, *args) -> None:  # noqa: N802 (Qt override)
        super().addRow(*args)
        row = self.rowCount() - 1
        label_item = self.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field_item = self.itemAt(row, QFormLayout.ItemRole.FieldRole)
        label = label_item.widget() if label_item is not None else None
        field = field_item.widget() if field_item is not None else None
        if isinstance(label, QLabel):
            whole_mnemonic_label(label)
        if isinstance(label, QLabel) and field is not None and not label.wordWrap():
            label.setAlignment(QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignVCenter)
            height = field.sizeHint().expandedTo(field.minimumSize()).height()
            label.setMinimumHeight(min(height, 3 * label.fontMetrics().height()))


def whole_mnemonic_label(label: QLabel) -> None:
    """Draw ``label`` without kerning when its text has an Alt-letter. Qt
    measures a label with its letter pairs kerned, but draws the underlined
    letter apart from the next one, unkerned: "&To" was a pixel wider than
    its room at 200 % and lost the right of its "o". Only the kerning is
    set, so the label still follows the text size the theme gives the app."""
    text = label.text().replace("&&", "")
    if "&" in text:
        font = QFont()
        font.setKerning(False)
        label.setFont(font)


def form_layout(parent: QWidget | None = None) -> QFormLayout:
    """A labelled form whose rows put the field under its label when the
    text is large or the window narrow, instead of clipping either."""
    form = _Form(parent) if parent is not None else _Form()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignVCenter)
    form.setHorizontalSpacing(tokens.SPACE_M)
    form.setVerticalSpacing(tokens.SPACE_S + 2)
    return form


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


def empty_state(text: str = "") -> QLabel:
    """Calm muted text for "nothing here yet" (say what to do next in ``text``)."""
    label = _message(text, "kitEmptyState")
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def error_state(text: str = "") -> QLabel:
    """A problem told in plain words, in the warning colours of the palette."""
    label = _message(text, "kitErrorState")
    label.setAutoFillBackground(True)
    label.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
    label.setForegroundRole(QPalette.ColorRole.BrightText)
    return label


class ReflowRow(QWidget):
    """Widgets side by side when there is room, one under the other when
    not (large text, a narrow window): the content reflows instead of
    scrolling sideways (WCAG 1.4.10)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = tokens.SPACE_L):
        super().__init__(parent)
        # Its height for a width counts each child at the width it really gets.
        self._box = StackingBox(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(spacing)
        #: Minimum heights the children had before they were stacked.
        self._saved_heights: dict[QWidget, int] = {}

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        self._box.addWidget(widget, stretch)

    def is_stacked(self) -> bool:
        return self._box.direction() == QBoxLayout.Direction.TopToBottom

    def _side_by_side_width(self) -> int:
        widgets = self._widgets()
        return sum(w.minimumSizeHint().expandedTo(w.minimumSize()).width() for w in widgets) + \
            self._box.spacing() * max(0, len(widgets) - 1)

    def _widgets(self) -> list[QWidget]:
        items = (self._box.itemAt(i) for i in range(self._box.count()))
        return [item.widget() for item in items if item is not None and item.widget() is not None
                and not item.widget().isHidden()]

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # As narrow as the widest child, so a narrow window can stack them.
        sizes = [w.minimumSizeHint().expandedTo(w.minimumSize()) for w in self._widgets()]
        if not sizes:
            return QSize(0, 0)
        width = max(s.width() for s in sizes)
        if self.is_stacked():
            height = sum(s.height() for s in sizes) + self._box.spacing() * (len(sizes) - 1)
        else:
            height = max(s.height() for s in sizes)
        return QSize(width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        wanted = QBoxLayout.Direction.LeftToRight if event.size().width() >= self._side_by_side_width() \
            else QBoxLayout.Direction.TopToBottom
        if self._box.direction() == wanted:
            if self.is_stacked() and self._fit_stacked_heights():
                self.updateGeometry()
            return
        if wanted == QBoxLayout.Direction.TopToBottom:
            # One under the other, each gets the height it wants (a scroll
            # area its content's): the page scrolls as a whole instead.
            for widget in self._widgets():
                self._saved_heights[widget] = widget.minimumHeight()
            self._fit_stacked_heights()
        else:
            for widget, height in self._saved_heights.items():
                widget.setMinimumHeight(height)
            self._saved_heights.clear()
        self._box.setDirection(wanted)
        self.updateGeometry()

    def _fit_stacked_heights(self) -> bool:
        """Stacked, each child is at least as tall as it wants to be now (its
        wish grows with longer words or larger text); True if one changed."""
        changed = False
        for widget in self._widgets():
            wanted = max(self._saved_heights.get(widget, 0), widget.sizeHint().height())
            if widget.minimumHeight() != wanted:
                widget.setMinimumHeight(wanted)
                changed = True
        return changed


class ColumnScroll(QScrollArea):
    """A scroll area for a column of rows or a form: it scrolls up and down
    only, and asks for the width its content needs (content cut at the side
    is content out of reach)."""

    def __init__(self, content: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)
        content.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        needed = content.minimumSizeHint().expandedTo(content.minimumSize()).width()
        extra = self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(max(hint.width(), needed + extra), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # new rows may need more width
        return super().eventFilter(watched, event)
