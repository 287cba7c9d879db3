"""Filling ``%1``, ``%2``… into a sentence, as Qt's ``QString.arg`` does.

One rule for every sentence the app shows, translated (``ui/translate``) or
kept for later (:class:`~fibro_desktop.core.message.Message`). Apart from
:mod:`fibro_desktop.core.message` so that the translation helper, which the
window's frame uses before the first paint, does not define Message and
compile its patterns then (issue 14).
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d+)")


def fill(text: str, *args: object) -> str:
    """``text`` with ``%1``, ``%2``… replaced by ``args`` in one pass (a value
    that itself contains ``%2`` is left as it is); other ``%N`` stay."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(args[number - 1]) if 1 <= number <= len(args) else match.group(0)

    return _PLACEHOLDER.sub(value, text)
