"""The report's pages: blocks that are never split, placed page by page.

One big ``QTextDocument`` cut into page-high slices splits a table row
across a page break, and a paragraph crossing the cut is painted on both
pages, so the PDF's text layer holds its lines twice. Here the report is a
list of :class:`Block` s (a paragraph, a heading, a chart, one table row),
each laid out as its own small document: a block is placed whole on a
page, a heading and a table's head stay with what follows them, and every
line is painted exactly once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import QRectF, QSizeF, QUrl
from PySide6.QtGui import QFont, QImage, QPainter, QTextDocument

INK_HEX = "#1E2A2E"
HEAD_HEX = "#EFEBE4"
STRIPE_HEX = "#F7F5F1"
#: Paper is white whatever the screen theme: never inherit the palette's
#: (possibly light) text colour.
STYLE = f"body, p, td, th, h1, h2, h3, i, b, small {{ color: {INK_HEX}; }}"


@dataclass(frozen=True)
class Block:
    """A piece of the report that is never split across pages.

    ``keep_with_next``: start a new page rather than leave this block last
    on a page (headings, a table's head row). ``space_before``: room left
    above it, in layout pixels (a small document drops its first margin)."""

    html: str
    keep_with_next: bool = False
    space_before: float = 0.0


@dataclass
class ReportContent:
    """The report as blocks, plus the chart images they name (``chart://name``)."""

    blocks: list[Block] = field(default_factory=list)
    images: dict[str, QImage] = field(default_factory=dict)

    def add(self, html: str, keep_with_next: bool = False, space_before: float = 0.0) -> None:
        self.blocks.append(Block(html, keep_with_next, space_before))

    def extend(self, blocks: Sequence[Block]) -> None:
        self.blocks.extend(blocks)

    def document(self, font: QFont | None = None) -> QTextDocument:
        """All blocks in one document (for the screen and for checks)."""
        return self.block_document("".join(b.html for b in self.blocks), font)

    def block_document(self, html: str, font: QFont | None = None) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultStyleSheet(STYLE)
        base = QFont(font) if font is not None else doc.defaultFont()
        base.setPointSizeF(10)
        doc.setDefaultFont(base)
        for name, image in self.images.items():
            if f"chart://{name}" in html:
                doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart://{name}"), image)
        doc.setHtml(html)
        return doc


def table_blocks(head: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int]) -> list[Block]:
    """A table as a head block kept with the first row, then one block per
    row; ``widths`` in percent keep the columns aligned across blocks."""

    def row(cells: Sequence[str], tag: str, colour: str) -> str:
        tds = "".join(f"<{tag} align='left' width='{w}%' bgcolor='{colour}'>{escape(c)}</{tag}>"
                      for c, w in zip(cells, widths))
        return f"<table cellspacing='0' cellpadding='4' width='100%'><tr>{tds}</tr></table>"

    blocks = [Block(row(head, "th", HEAD_HEX), keep_with_next=True)]
    blocks += [Block(row(cells, "td", STRIPE_HEX if i % 2 else "#FFFFFF")) for i, cells in enumerate(rows)]
    return blocks


def paginate(heights: Sequence[float], keeps: Sequence[bool], page_height: float) -> list[list[int]]:
    """Block indexes on each page, in order. A block goes to a new page when
    it (with the blocks it must stay with) does not fit in what is left; a
    block taller than a page gets pages of its own."""
    pages: list[list[int]] = [[]]
    used = 0.0
    for i, height in enumerate(heights):
        group = height
        j = i
        while keeps[j] and j + 1 < len(heights):  # a heading travels with what follows it
            j += 1
            group += heights[j]
        if pages[-1] and used + min(group, page_height) > page_height:
            pages.append([])
            used = 0.0
        pages[-1].append(i)
        used += height
    return [page for page in pages if page]


def draw_pages(painter: QPainter, content: ReportContent, width: float, page_height: float, font: QFont,
               new_page, footer) -> None:
    """Lay the blocks out ``width`` wide, paginate, and paint each page with
    ``painter`` (already scaled to layout pixels); ``new_page()`` starts the
    next page, ``footer(index, count)`` paints a page's foot."""
    docs = []
    for block in content.blocks:
        doc = content.block_document(block.html, font)
        doc.setTextWidth(width)
        docs.append(doc)
    heights = [doc.size().height() + block.space_before for doc, block in zip(docs, content.blocks)]
    # (block, slice) per page; slice -1 = the whole block, k = page k of a block taller than a page
    pages: list[list[tuple[int, int]]] = []
    for page in paginate(heights, [b.keep_with_next for b in content.blocks], page_height):
        if len(page) == 1 and heights[page[0]] > page_height:
            doc = docs[page[0]]
            doc.setPageSize(QSizeF(width, page_height))  # Qt moves lines off the cut
            pages += [[(page[0], k)] for k in range(doc.pageCount())]
        else:
            pages.append([(i, -1) for i in page])
    for index, page in enumerate(pages):
        if index:
            new_page()
        y = 0.0
        for block, part in page:
            doc = docs[block]
            painter.save()
            if part < 0:
                painter.translate(0, y + content.blocks[block].space_before)
                doc.drawContents(painter)
                y += heights[block]
            else:
                painter.translate(0, -part * page_height)
                doc.drawContents(painter, QRectF(0, part * page_height, width, page_height))
            painter.restore()
        footer(index, len(pages))
