"""A tiny Markdown reader for the guides, and nothing more.

The guides use a small, fixed subset: ``# Title``, ``## Heading {#anchor}``,
paragraphs, ``- `` bullets, ``1. `` numbered steps, ``**bold**`` and
``*italic*``. Qt's own ``setMarkdown`` drops the ``{#anchor}`` marks, and
other places link to a section by its anchor, so the guides are turned into
blocks here and rendered as the simple HTML that ``QTextBrowser`` shows.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_HEADING = re.compile(r"^(#{1,3})\s+(.*?)\s*(?:\{#([a-z0-9-]+)\})?\s*$")
_BULLET = re.compile(r"^[-*]\s+(.*)$")
_NUMBERED = re.compile(r"^\d+\.\s+(.*)$")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"\*(.+?)\*")


@dataclass(frozen=True)
class Block:
    """One piece of a guide: ``kind`` is ``"h1"``, ``"h2"``, ``"h3"``, ``"p"``,
    ``"li"`` (bullet) or ``"step"`` (numbered); ``text`` keeps the inline
    marks; ``anchor`` is a heading's section id (``""`` if none)."""

    kind: str
    text: str
    anchor: str = ""


def parse_blocks(source: str) -> list[Block]:
    """The guide's blocks in reading order. A list item or paragraph runs on
    over following lines until a blank line or the next item."""
    blocks: list[Block] = []
    current: list[str] = []
    kind = ""

    def flush() -> None:
        nonlocal current, kind
        if current:
            blocks.append(Block(kind, " ".join(current)))
        current, kind = [], ""

    for raw in source.splitlines():
        line = raw.strip()
        if not line:
            flush()
            continue
        heading = _HEADING.match(line)
        if heading:
            flush()
            level, text, anchor = heading.groups()
            blocks.append(Block(f"h{len(level)}", text, anchor or ""))
            continue
        item = _BULLET.match(line) or _NUMBERED.match(line)
        if item:
            flush()
            kind = "li" if _BULLET.match(line) else "step"
            current = [item.group(1)]
            continue
        if not kind:
            kind = "p"
        current.append(line)
    flush()
    return blocks


def strip_inline(text: str) -> str:
    """``text`` without its ``**`` and ``*`` marks."""
    return _ITALIC.sub(r"\1", _BOLD.sub(r"\1", text))


def inline_html(text: str) -> str:
    """Escaped ``text`` with bold and italic marks as HTML tags."""
    escaped = html.escape(text, quote=False)
    return _ITALIC.sub(r"<i>\1</i>", _BOLD.sub(r"<b>\1</b>", escaped))


def blocks_html(blocks: list[Block]) -> str:
    """Simple HTML for the blocks; each heading with an anchor carries
    ``<a name="anchor">`` so a reader can scroll to it."""
    parts: list[str] = []
    open_list = ""
    for block in blocks:
        wanted = {"li": "ul", "step": "ol"}.get(block.kind, "")
        if open_list and open_list != wanted:
            parts.append(f"</{open_list}>")
            open_list = ""
        if wanted and not open_list:
            parts.append(f"<{wanted}>")
            open_list = wanted
        body = inline_html(block.text)
        if block.kind in ("li", "step"):
            parts.append(f"<li>{body}</li>")
        elif block.kind.startswith("h"):
            name = f'<a name="{block.anchor}"></a>' if block.anchor else ""
            parts.append(f"<{block.kind}>{name}{body}</{block.kind}>")
        else:
            parts.append(f"<p>{body}</p>")
    if open_list:
        parts.append(f"</{open_list}>")
    return "\n".join(parts)
