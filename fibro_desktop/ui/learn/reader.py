"""The reading pane: one guide in large, calm type, in the app's colours.

The text is 25 % larger than the rest of the app and follows the app's text
size (Settings → Text size changes the application font, which reaches this
widget as a font change) and its light or dark palette (a palette change).
Lines are kept to a comfortable length however wide the window is.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from fibro_desktop.core.learn.guides import Guide

#: Reading text is this much larger than the app's own text.
READING_SCALE = 1.25
#: Longest line, in multiples of the font's average character width.
MAX_LINE_CHARS = 66
MIN_SIDE_MARGIN = 24


def reading_style(palette: QPalette) -> str:
    """The guide's style sheet in the colours of ``palette`` (light or dark)."""
    role = QPalette.ColorRole
    text = palette.color(role.Text).name()
    accent = palette.color(role.Highlight).name()
    link = palette.color(role.Link).name()
    return (
        f"body {{ color: {text}; }}"
        f"h1 {{ color: {accent}; margin-bottom: 14px; }}"
        f"h2 {{ color: {accent}; margin-top: 22px; margin-bottom: 8px; }}"
        "p { margin-top: 0px; margin-bottom: 12px; line-height: 140%; }"
        "li { margin-bottom: 6px; line-height: 140%; }"
        f"a {{ color: {link}; }}"
        "i { color: inherit; }"
    )


class GuideReader(QTextBrowser):
    """Shows one :class:`~fibro_desktop.core.learn.guides.Guide` at a time;
    scrolls to a section by its anchor; keyboard scrolling comes with the
    text browser (arrows, Page Up/Down, Home/End, Space)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # Fully offline: nothing is ever fetched or opened from a link.
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Guide text"))
        self._guide: Guide | None = None
        self._pending_anchor: str | None = None
        self._apply_font()

    # -- content --------------------------------------------------------------
    def guide(self) -> Guide | None:
        return self._guide

    def show_guide(self, guide: Guide, anchor: str = "") -> None:
        """Show ``guide`` from its top, or from the section ``anchor``."""
        self._guide = guide
        self._render()
        self.scroll_to_section(anchor)

    def scroll_to_section(self, anchor: str) -> None:
        """Put the heading of section ``anchor`` at the top (the top of the
        guide for ``""``). Before the pane has its size the layout is not
        known, so it is done again on the first resize."""
        self._pending_anchor = anchor
        self._scroll_now()

    def _scroll_now(self) -> None:
        anchor = self._pending_anchor
        if anchor is None:
            return
        if anchor:
            self.scrollToAnchor(anchor)
        else:
            self.verticalScrollBar().setValue(0)
        if self.isVisible():
            self._pending_anchor = None

    def top_line(self) -> str:
        """The text of the line at the top of the visible page."""
        margin = int(self.document().rootFrame().frameFormat().leftMargin())
        return self.cursorForPosition(QPoint(margin + 4, 4)).block().text()

    def find_from_top(self, word: str) -> bool:
        """Select the first ``word`` at or after the top of the visible page."""
        if not word:
            return False
        self.setTextCursor(self.cursorForPosition(QPoint(0, 0)))
        if self.find(word):
            return True
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.setTextCursor(cursor)
        return self.find(word)

    def print_document(self) -> QTextDocument:
        """A copy of the guide for paper: dark text on white, normal size."""
        document = QTextDocument()
        light = QPalette()
        light.setColor(QPalette.ColorRole.Text, "#000000")
        light.setColor(QPalette.ColorRole.Highlight, "#1E4F4A")
        light.setColor(QPalette.ColorRole.Link, "#1F5F8B")
        document.setDefaultStyleSheet(reading_style(light))
        font = self.font()
        font.setPointSizeF(11)
        document.setDefaultFont(font)
        if self._guide is not None:
            document.setHtml(self._guide.html())
        return document

    # -- look -----------------------------------------------------------------
    def _render(self) -> None:
        if self._guide is None:
            return
        self.document().setDefaultStyleSheet(reading_style(self.palette()))
        self.setHtml(self._guide.html())
        self._apply_margins()

    def _apply_font(self) -> None:
        # The widget's own font follows the application font (never set on
        # the widget, so Settings → Text size reaches it); the document's is larger.
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * READING_SCALE)
        self.document().setDefaultFont(font)

    def reading_point_size(self) -> float:
        return self.document().defaultFont().pointSizeF()

    def _apply_margins(self) -> None:
        width = self.viewport().width()
        line = self.fontMetrics().averageCharWidth() * READING_SCALE * MAX_LINE_CHARS
        side = max(MIN_SIDE_MARGIN, int((width - line) / 2))
        root = self.document().rootFrame()
        frame_format = root.frameFormat()
        if int(frame_format.leftMargin()) != side:
            frame_format.setLeftMargin(side)
            frame_format.setRightMargin(side)
            frame_format.setTopMargin(MIN_SIDE_MARGIN)
            frame_format.setBottomMargin(MIN_SIDE_MARGIN * 2)
            root.setFrameFormat(frame_format)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind not in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            super().changeEvent(event)
            return
        restyle = self._apply_font if kind == QEvent.Type.FontChange else self._render
        # The place is noted before the base class re-flows the text.
        self._keep_place(lambda: (super(GuideReader, self).changeEvent(event), restyle()))

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # A read-only text browser scrolls with Home and End but ignores
        # Ctrl+Home / Ctrl+End, which people know from every document.
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if control and event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End):
            bar = self.verticalScrollBar()
            bar.setValue(bar.minimum() if event.key() == Qt.Key.Key_Home else bar.maximum())
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._pending_anchor is not None:
            super().resizeEvent(event)
            self._apply_margins()
            self._scroll_now()
        else:
            self._keep_place(lambda: (super(GuideReader, self).resizeEvent(event), self._apply_margins()))

    def _keep_place(self, change) -> None:
        """Apply ``change`` (new width, size or colours re-flow the text) and
        keep the same line at the top, so the reader does not lose their place."""
        bar = self.verticalScrollBar()
        at_top = bar.value() == 0
        top_block = self.cursorForPosition(QPoint(0, 0)).block().blockNumber()
        change()
        if at_top:
            bar.setValue(0)
            return
        block = self.document().findBlockByNumber(top_block)
        if block.isValid():
            self.document().documentLayout().blockBoundingRect(block)  # lays the block out
            # Where its text starts (below a heading's top margin), as scrollToAnchor does.
            bar.setValue(int(block.layout().position().y()))
