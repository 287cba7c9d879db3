"""The nine guides: their keys, how they are found, read and searched.

Guides live in ``resources/guides/<language>/NN-<key>.md``; ``NN`` gives the
order, ``<key>`` is the id other places use to open one (with a section
anchor, e.g. ``("daily-prevention", "warmth")``). A language folder may
translate some guides only; the rest fall back to English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from fibro_desktop.core.learn.markdown import Block, blocks_html, parse_blocks, strip_inline

#: Guide keys in reading order (the part of the file name after ``NN-``).
GUIDE_KEYS = (
    "why-spasms",
    "kinds-of-spasm",
    "your-day-and-tracking",
    "daily-prevention",
    "when-a-spasm-starts",
    "medicines-and-supplements",
    "therapists",
    "when-to-see-a-doctor",
    "measuring",
)
#: The guide the red-flag notes and the welcome text point to.
WARNING_SIGNS_GUIDE = "when-to-see-a-doctor"
#: Its section that sums it up, shown in "Welcome and safety notes".
WARNING_SIGNS_SUMMARY = "in-short"
FALLBACK_LANGUAGE = "en"

_FILE_NAME = re.compile(r"^(\d+)-([a-z0-9-]+)\.md$")


@dataclass(frozen=True)
class Section:
    """A ``##`` part of a guide: its ``anchor``, ``title`` and plain text."""

    anchor: str
    title: str
    text: str


@dataclass(frozen=True)
class Guide:
    key: str
    number: int
    title: str
    blocks: tuple[Block, ...] = field(repr=False)

    def html(self) -> str:
        return blocks_html(list(self.blocks))

    def sections(self) -> list[Section]:
        """The guide's sections in order (the text before the first heading
        belongs to a section with the anchor ``""``)."""
        found: list[Section] = []
        anchor, title = "", self.title
        lines: list[str] = []
        for block in self.blocks:
            if block.kind == "h1":
                continue
            if block.kind == "h2":
                found.append(Section(anchor, title, " ".join(lines)))
                anchor, title, lines = block.anchor, strip_inline(block.text), []
            else:
                lines.append(strip_inline(block.text))
        found.append(Section(anchor, title, " ".join(lines)))
        return [s for s in found if s.text or s.anchor]

    def section(self, anchor: str) -> Section | None:
        return next((s for s in self.sections() if s.anchor == anchor), None)

    def anchors(self) -> list[str]:
        return [s.anchor for s in self.sections() if s.anchor]

    def body_text(self) -> str:
        """Everything a person reads below the title, as plain sentences
        (headings left out), one block a line."""
        return "\n".join(strip_inline(b.text) for b in self.blocks if not b.kind.startswith("h"))


def read_guide(path: Path) -> Guide:
    """Read one guide file (UTF-8 Markdown named ``NN-key.md``)."""
    match = _FILE_NAME.match(path.name)
    if not match:
        raise ValueError(f"a guide file is named NN-key.md, not {path.name}")
    blocks = parse_blocks(path.read_text(encoding="utf-8"))
    title = next((strip_inline(b.text) for b in blocks if b.kind == "h1"), match.group(2))
    return Guide(match.group(2), int(match.group(1)), title, tuple(blocks))


def guide_files(folder: Path) -> dict[str, Path]:
    """The guide files in one language folder, by key."""
    if not folder.is_dir():
        return {}
    files = {}
    for path in sorted(folder.iterdir()):
        match = _FILE_NAME.match(path.name)
        if match:
            files[match.group(2)] = path
    return files


def load_guides(guides_root: Path, language: str = FALLBACK_LANGUAGE) -> list[Guide]:
    """All guides in order, in ``language`` where translated (``"pt_BR"``
    tries ``pt_BR``, then ``pt``), otherwise in English."""
    english = guide_files(guides_root / FALLBACK_LANGUAGE)
    translated: dict[str, Path] = {}
    for candidate in (language.split("_")[0], language):
        if candidate and candidate != FALLBACK_LANGUAGE:
            translated.update(guide_files(guides_root / candidate))
    merged = {**english, **translated}
    return sorted((read_guide(path) for path in merged.values()), key=lambda g: (g.number, g.key))


@dataclass(frozen=True)
class SearchHit:
    """Where a search matched: the guide, the section and a short snippet."""

    guide_key: str
    guide_title: str
    anchor: str
    section_title: str
    snippet: str


def search(guides: list[Guide], query: str, snippet_chars: int = 60) -> list[SearchHit]:
    """Sections whose title or text contain every word of ``query`` (case
    does not matter), in guide order."""
    words = [w for w in query.casefold().split() if w]
    if not words:
        return []
    hits = []
    for guide in guides:
        for section in guide.sections():
            haystack = f"{section.title}\n{section.text}".casefold()
            if all(w in haystack for w in words):
                hits.append(SearchHit(guide.key, guide.title, section.anchor, section.title,
                                      _snippet(section.text, words[0], snippet_chars)))
    return hits


def _snippet(text: str, word: str, chars: int) -> str:
    at = text.casefold().find(word)
    if at < 0:
        return text[: chars * 2].rstrip() + ("…" if len(text) > chars * 2 else "")
    start, end = max(0, at - chars), min(len(text), at + len(word) + chars)
    # Whole words only: move the cut to the nearest space outside the window.
    if start:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 else 0
    if end < len(text):
        space = text.find(" ", end)
        end = space if space >= 0 else len(text)
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")
