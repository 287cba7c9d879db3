"""The words of a note around a search match, for the timeline's results.

The timeline's search looks in the case-folded note (``store.journal.search_text``);
this finds the same match in the note as written and cuts a short window
around it at word boundaries, so a person sees *why* an entry matched.
"""

from __future__ import annotations

from dataclasses import dataclass

#: About how many characters of the note a result shows.
SNIPPET_CHARS = 80
ELLIPSIS = "…"


@dataclass(frozen=True)
class Snippet:
    """``before`` + ``match`` + ``after`` is what to show; ``match`` is the
    found text as written (e.g. to set it in bold)."""

    before: str
    match: str
    after: str

    @property
    def text(self) -> str:
        return self.before + self.match + self.after


def _folded_with_origins(text: str) -> tuple[str, list[int]]:
    """``text`` case-folded, with the index in ``text`` of each folded
    character ("ß" folds to two characters, so positions can shift)."""
    parts: list[str] = []
    origins: list[int] = []
    for index, char in enumerate(text):
        folded = char.casefold()
        parts.append(folded)
        origins.extend([index] * len(folded))
    return "".join(parts), origins


def _one_line(text: str) -> str:
    return " ".join(text.split())


def find_snippet(text: str, needle: str, width: int = SNIPPET_CHARS) -> Snippet | None:
    """The first match of ``needle`` in ``text`` (ignoring case) with the
    words around it, about ``width`` characters in all, on one line;
    ``None`` when there is no match (or nothing to look for)."""
    needle = needle.strip().casefold()
    if not needle or not text:
        return None
    folded, origins = _folded_with_origins(text)
    at = folded.find(needle)
    if at < 0:
        return None
    start, end = origins[at], origins[at + len(needle) - 1] + 1
    room = max(0, width - (end - start)) // 2
    left = max(0, start - room)
    right = min(len(text), end + room)
    if left > 0:  # start at a word, not in the middle of one
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space >= 0 else right
    before = _one_line(text[left:start])
    after = _one_line(text[end:right])
    # Keep the spaces next to the match that _one_line trimmed away.
    if before and text[start - 1].isspace():
        before += " "
    if after and text[end].isspace():
        after = " " + after
    return Snippet((ELLIPSIS if left > 0 else "") + before, _one_line(text[start:end]),
                   after + (ELLIPSIS if right < len(text) else ""))
