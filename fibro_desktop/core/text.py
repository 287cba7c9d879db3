"""Cleaning of free text typed by the user, before it is validated or stored."""

from __future__ import annotations

import unicodedata

#: Generous cap for notes and other free text, in characters.
MAX_NOTE_CHARS = 10_000
#: Cap for names (items, medications, custom triggers), in characters.
MAX_NAME_CHARS = 200


def clean_text(value: str | None) -> str:
    """Return ``value`` normalised for storage.

    NUL characters are removed (SQLite and many tools treat them as the end
    of a string), the text is put in Unicode NFC form, and surrounding white
    space is trimmed. Any other Unicode (emoji, right-to-left scripts) is kept.
    """
    if not value:
        return ""
    return unicodedata.normalize("NFC", value.replace("\x00", "")).strip()
