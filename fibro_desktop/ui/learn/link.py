"""A small "Learn" link: a real button that opens one guide section.

Tabs place it beside what it explains (the kinds of spasm, a rescue step,
the warning signs). It is given ``open_guide(key, anchor)`` by whoever builds
the tab (``ctx.intents.open_guide``), never a global, and imports nothing
heavy: the Learn window loads only when a person clicks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from fibro_desktop.core.learn.links import Link
from fibro_desktop.ui.kit import tokens
from fibro_desktop.ui.kit.widgets import ReflowRow
from fibro_desktop.ui.translate import translator

OpenGuide = Callable[[str, str], None]

#: At least this tall, for sore hands (the toolkit's big buttons are 40).
MIN_HEIGHT_PX = 32

# Looks like a link, but is a button: focusable, Space/Enter activate it, and
# the focus ring is drawn clearly, in the theme's own colours.
_STYLE = """
QPushButton#learnLink {
    border: 2px solid transparent; border-radius: 4px;
    padding: 2px 4px; background: transparent;
    color: palette(link); text-decoration: underline; text-align: left;
}
QPushButton#learnLink:hover { background: palette(alternate-base); }
QPushButton#learnLink:focus { border-color: palette(highlight); }
"""


_tr = translator("LearnLink")


class LearnLink(QPushButton):
    """Shows ``text``; a click or Space calls ``open_guide(*link)``.

    ``topic`` names what is explained, for screen readers ("the kinds of
    spasm" → "Learn: the kinds of spasm"); it defaults to ``text``.
    """

    def __init__(self, text: str, link: Link, open_guide: OpenGuide, *, topic: str | None = None,
                 parent: QWidget | None = None):
        # An empty ``text`` makes the smallest link, a "?" (a routine row).
        super().__init__(text or "?", parent)
        self._link = link
        self._open_guide = open_guide
        self.setObjectName("learnLink")
        self.setStyleSheet(_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # In a dialog, Enter belongs to its main button, never to a link.
        self.setAutoDefault(False)
        self.setMinimumHeight(MIN_HEIGHT_PX)
        self.setMinimumWidth(MIN_HEIGHT_PX)
        self.set_topic(topic or text or _tr("this"))
        self.setToolTip(_tr("Opens the guide at this part"))
        self.clicked.connect(self._open)

    @property
    def link(self) -> Link:
        return self._link

    def set_link(self, link: Link, topic: str | None = None) -> None:
        """Point at another section (the rescue step shown, the kind chosen)."""
        self._link = link
        if topic:
            self.set_topic(topic)

    def set_topic(self, topic: str) -> None:
        self.setAccessibleName(_tr("Learn: %1").replace("%1", topic))

    def _open(self) -> None:
        self._open_guide(*self._link)


def learn_link(text: str, link: Link, open_guide: OpenGuide | None, *, topic: str | None = None,
               parent: QWidget | None = None) -> LearnLink | None:
    """A :class:`LearnLink`, or ``None`` when nobody can open guides (a
    widget built alone, in a test or a screenshot script)."""
    if open_guide is None:
        return None
    return LearnLink(text, link, open_guide, topic=topic, parent=parent)


def beside(widget: QWidget, link: LearnLink | None) -> ReflowRow:
    """``widget`` (a heading) with ``link`` at its right end, if there is one;
    the link goes under it when both do not fit (a long translation, large
    text): a button's text does not wrap, so it would be cut."""
    row = ReflowRow(spacing=tokens.SPACE_M)
    row.add(widget, 1)
    if link is not None:
        row.add(link)
    return row
