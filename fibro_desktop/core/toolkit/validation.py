"""Validation of what people type into the Toolkit: names, counts, targets.

Each check returns a cleaned value and an error code (``None`` when fine).
Error codes are stable ids; the UI turns them into calm sentences.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, overload

from fibro_desktop.core.text import MAX_NAME_CHARS, MAX_NOTE_CHARS, clean_text

#: Largest count we accept for a quantity or a daily target (a sanity cap).
MAX_COUNT = 9999

EMPTY = "empty"
TOO_LONG = "too_long"
NEGATIVE = "negative"
TOO_LARGE = "too_large"
NOT_A_NUMBER = "not_a_number"


def check_name(value: str | None) -> tuple[str, str | None]:
    """Clean a name; refuse an empty one and one over ``MAX_NAME_CHARS``."""
    name = clean_text(value)
    if not name:
        return name, EMPTY
    if len(name) > MAX_NAME_CHARS:
        return name, TOO_LONG
    return name, None


def check_note(value: str | None) -> tuple[str, str | None]:
    """Clean a free-text note (may be empty)."""
    note = clean_text(value)
    return note, (TOO_LONG if len(note) > MAX_NOTE_CHARS else None)


def check_count(value: str | int | None, *, allow_empty: bool = True,
                minimum: int = 0) -> tuple[int | None, str | None]:
    """Parse a non-negative whole number (a quantity, threshold or target).

    An empty value gives ``None`` when ``allow_empty``. ``minimum`` lets a
    daily target require at least 1.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, (None if allow_empty else EMPTY)
    try:
        number = int(str(value).strip())
    except ValueError:
        return None, NOT_A_NUMBER
    if number < minimum:
        return number, NEGATIVE
    if number > MAX_COUNT:
        return number, TOO_LARGE
    return number, None


def is_duplicate(name: str, existing: Iterable[str], *, ignore: str | None = None) -> bool:
    """Whether ``name`` matches one of ``existing`` (case-insensitively).

    Duplicates are allowed (two pill cases can be meaningful) but the UI
    warns, so ``ignore`` skips the item's own current name when renaming.
    """
    folded = clean_text(name).casefold()
    skip = clean_text(ignore).casefold() if ignore is not None else None
    return any(clean_text(other).casefold() == folded and clean_text(other).casefold() != skip
               for other in existing)


class InvalidInput(ValueError):
    """Raised by the store when a value breaks a rule above; ``field`` names
    the input ("name", "quantity"…) and ``code`` the error id."""

    def __init__(self, field: str, code: str):
        super().__init__(f"{field}: {code}")
        self.field = field
        self.code = code


def require_name(value: str | None, field: str = "name") -> str:
    name, error = check_name(value)
    if error:
        raise InvalidInput(field, error)
    return name


def require_note(value: str | None, field: str = "note") -> str:
    note, error = check_note(value)
    if error:
        raise InvalidInput(field, error)
    return note


@overload
def require_count(value: int | None, field: str, *, allow_empty: Literal[False], minimum: int = 0) -> int: ...
@overload
def require_count(value: int | None, field: str, *, allow_empty: bool = True, minimum: int = 0) -> int | None: ...
def require_count(value: int | None, field: str, *, allow_empty: bool = True, minimum: int = 0) -> int | None:
    """The count ``value``, or :class:`InvalidInput`; never ``None`` unless ``allow_empty``."""
    number, error = check_count(value, allow_empty=allow_empty, minimum=minimum)
    if error:
        raise InvalidInput(field, error)
    return number
