"""A dialog whose body fits the screen and scrolls inside (issue 20).

A dialog sized once from its hints cut its own words: at 200 % text, or in
German and French, the wrapped paragraphs and check rows need more height at
the dialog's width than the hints said, and a long dialog grew past the
bottom of a laptop screen. ``scrolling_body(dialog)`` puts the body in a
column that scrolls up and down; when the dialog is shown it takes the
height its words need at its width, but no more than the screen has; the
buttons stay below the scrolling part, always in reach.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFrame, QVBoxLayout, QWidget

from fibro_desktop.ui.kit.focus import quiet_container
from fibro_desktop.ui.kit.widgets import ColumnScroll


class _FitOnShow(QObject):
    """Sizes the dialog it watches when it is shown (see the module text).
    It keeps no reference of its own: Qt may call it while the dialog is
    being built or taken down."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            scroll = watched.findChild(ColumnScroll, BODY_NAME)
            if scroll is not None:
                if not scroll.accessibleName():
                    scroll.setAccessibleName(watched.windowTitle())
                watched.resize(fitting_size(watched, scroll))
        return super().eventFilter(watched, event)


#: The widest a dialog grows to spare the person scrolling, in average
#: characters of its text: lines longer than this are hard to follow.
COMFORTABLE_LINE = 75


def fitting_size(dialog: QDialog, scroll: ColumnScroll) -> QSize:
    """The width the dialog has (at least its minimum), and the height its
    body needs at that width; neither more than the screen has. When the
    body would still have to scroll (large text, a small screen), the dialog
    first grows wider, up to a comfortable line length, as far as that
    spares the scrolling."""
    content = scroll.widget()
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry().size() * 0.9 if screen is not None else QSize(1 << 16, 1 << 16)
    # What is not the body (margins, buttons) keeps its size; the body gets the rest.
    frame_width = dialog.width() - scroll.viewport().width()
    frame_height = dialog.height() - scroll.viewport().height()

    def height_at(width: int) -> int:
        body_width = width - frame_width
        body_height = content.heightForWidth(body_width) if content.hasHeightForWidth() \
            else content.sizeHint().height()
        return frame_height + body_height

    width = min(max(dialog.width(), dialog.minimumSizeHint().width()), room.width())
    widest = min(room.width(), max(width, COMFORTABLE_LINE * dialog.fontMetrics().averageCharWidth()))
    step = max(1, (widest - width) // 8)
    while height_at(width) > room.height() and width < widest:
        width = min(widest, width + step)
    return QSize(width, max(min(height_at(width), room.height()), dialog.minimumSizeHint().height()))


#: The object name of the scrolling part, which the size-on-show finds it by.
BODY_NAME = "kitDialogBody"


def scrolling_body(dialog: QDialog, margins: tuple[int, int, int, int] | None = None,
                   spacing: int | None = None) -> QVBoxLayout:
    """The layout to fill with the dialog's body; add its buttons to
    ``dialog.layout()`` after it, below the scrolling part. ``margins``
    (left, top, right, bottom) are the dialog's, ``spacing`` the body's."""
    outer = QVBoxLayout(dialog)
    if margins is not None:
        outer.setContentsMargins(*margins)
    content = QWidget()
    body = QVBoxLayout(content)
    body.setContentsMargins(0, 0, 0, 0)
    if spacing is not None:
        body.setSpacing(spacing)
    scroll = ColumnScroll(content)
    scroll.setObjectName(BODY_NAME)
    # Named as the dialog for screen readers; Tab goes straight to the controls inside.
    scroll.setAccessibleName(dialog.windowTitle())
    quiet_container(scroll)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    outer.addWidget(scroll, 1)
    dialog.installEventFilter(_FitOnShow(dialog))
    return body
