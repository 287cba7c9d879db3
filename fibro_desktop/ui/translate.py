"""The one translation helper, and the one placeholder style.

Each module names its translation context once::

    _tr = translator("JournalPage")

    _tr("Log a spasm")
    _tr("intensity %1 of 10", row.intensity)      # Qt's style: %1, %2…

``packaging/extract_strings.py`` finds every ``_tr("…")`` by that line (and
through ``from … import tr`` of a shared one), so a translator sees the fixed
text with its ``%1``; the values are filled in after the lookup, as
``QString.arg`` does. A string built before it is translated (an f-string,
``+``) is never found in a catalogue; ``tests/test_strings.py`` warns about
it, and ``tests/test_conventions.py`` keeps this the only helper.

Imported before the first paint (the wiring's tab titles): Qt core only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def fill(text: str, *args: object) -> str:
    """``text`` with ``%1``, ``%2``… replaced by ``args`` in one pass (a value
    that itself contains ``%2`` is left as it is); other ``%N`` stay."""
    import re

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(args[number - 1]) if 1 <= number <= len(args) else match.group(0)

    return re.sub(r"%(\d+)", value, text)


class Translator:
    """``tr(text, *args)``: ``text`` translated in this context, ``%N`` filled."""

    __slots__ = ("context",)

    def __init__(self, context: str) -> None:
        self.context = context

    def __call__(self, text: str, *args: object) -> str:
        translated = QCoreApplication.translate(self.context, text) if text else text
        return fill(translated, *args) if args else translated


def translator(context: str) -> Translator:
    """The translation helper of a module (or a group of modules) for ``context``."""
    return Translator(context)
