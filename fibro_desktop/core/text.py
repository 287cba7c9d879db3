"""Cleaning of free text typed by the user, before it is validated or stored."""

from __future__ import annotations

import re
import unicodedata

#: Generous cap for notes and other free text, in characters.
MAX_NOTE_CHARS = 10_000
#: Cap for names (items, medications, custom triggers), in characters.
MAX_NAME_CHARS = 200
#: Explicit direction embeddings, overrides and isolates (U+202A-U+202E,
#: U+2066-U+2069): they can make a title or file name show as something it
#: is not. Text in right-to-left scripts needs none of them and is kept.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_BIDI = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "]")


def clean_text(value: str | None) -> str:
    """Return ``value`` normalised for storage.

    NUL characters are removed (SQLite and many tools treat them as the end
    of a string), the text is put in Unicode NFC form, and surrounding white
    space is trimmed. Direction-override characters are removed (see
    :data:`BIDI_CONTROLS`). Any other Unicode (emoji, right-to-left scripts)
    is kept.
    """
    if not value:
        return ""
    return unicodedata.normalize("NFC", strip_bidi_controls(value.replace("\x00", ""))).strip()


def strip_bidi_controls(value: str) -> str:
    """``value`` without direction embeddings, overrides and isolates."""
    if value.isascii():  # the common case, and fast
        return value
    return _BIDI.sub("", value)
