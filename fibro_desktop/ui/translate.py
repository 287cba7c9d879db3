"""The one translation helper, the one placeholder style and real plurals.

Each module names its translation context once::

    _tr = translator("JournalPage")

    _tr("Log a spasm")
    _tr("intensity %1 of 10", row.intensity)           # Qt's style: %1, %2…
    _tr("%n spasms", n=count, one="%n spasm")          # a count: Qt's plural forms
    _tr("%1: %n spasms", place, n=count, one="%1: %n spasm")
    _tr("%Ln entries", n=total, one="%Ln entry")          # %Ln: "1.234" in German

``packaging/extract_strings.py`` finds every ``_tr("…")`` by that line (and
through ``from … import tr`` of a shared one), so a translator sees the fixed
text with its ``%1``; the values are filled in after the lookup, as
``QString.arg`` does. A string built before it is translated (an f-string,
``+``) is never found in a catalogue; ``tests/test_strings.py`` warns about
it, and ``tests/test_conventions.py`` keeps this the only helper.

**Counts.** ``n=`` makes the message a Qt *numerus* one: each language has
as many forms as its grammar needs (one for Turkish, two for German, three
for Polish…), and Qt picks the form for ``n`` and puts ``n`` at ``%n``. The
text is the English plural; ``one=`` is the English singular, used when no
catalogue has the message (English itself), so no English ``.qm`` is needed.

**Marks.** ``_tr.mark("…")`` returns the text untouched but puts it in the
catalogue (like ``QT_TRANSLATE_NOOP``), for text translated later by
``_tr(text)`` with a variable, e.g. the command line's help, translated only
when it is printed.

**Store and core sentences.** Layers without Qt raise errors carrying a
``Message`` (``core/message.py``: ``_msg = messages("Context")``, found by the
extractor like ``_tr``); :func:`say` and :func:`say_error` show them
translated. A widget never shows ``str(exc)`` of such an error (English).

Imported before the first paint (the wiring's tab titles), and by the
command line before Qt: Qt core is imported at the first translation only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

# Message only when a store's or core's sentence is said: every label uses
# this module, before the first paint too (issue 14).
from fibro_desktop.core.placeholders import fill

if TYPE_CHECKING:
    from fibro_desktop.core.message import Message

__all__ = ["Translator", "fill", "say", "say_error", "translator"]


def _count(text: str, n: int) -> str:
    """``text`` with the count put in as Qt does: ``%n`` plain, ``%Ln`` with the local digit grouping."""
    if "%Ln" in text:
        from PySide6.QtCore import QLocale

        text = text.replace("%Ln", QLocale().toString(n))
    return text.replace("%n", str(n))


_qt_translate: Callable[..., str] | None = None


def _translate(context: str, text: str, n: int = -1) -> str:
    """``QCoreApplication.translate``, imported once, at the first translation
    (an import statement per call would cost on every label)."""
    global _qt_translate
    if _qt_translate is None:
        from PySide6.QtCore import QCoreApplication

        _qt_translate = QCoreApplication.translate
    return _qt_translate(context, text, None, n)


class Translator:
    """``tr(text, *args, n=None, one=None)``: ``text`` translated in this
    context, ``%n`` (a count, with its plural form) and ``%N`` filled."""

    __slots__ = ("context",)

    def __init__(self, context: str) -> None:
        self.context = context

    def __call__(self, text: str, *args: object, n: int | None = None, one: str | None = None) -> str:
        if not text:
            return text
        if n is None:
            translated = _translate(self.context, text)
        else:
            n = int(n)
            translated = _translate(self.context, text, n)
            if translated == _count(text, n):  # no catalogue has it: English
                translated = _count(one if n == 1 and one is not None else text, n)
        return fill(translated, *args) if args else translated

    def mark(self, text: str) -> str:
        """``text`` itself, put in the catalogue of this context (translate it later with the helper)."""
        return text


def say(message: Message | str) -> str:
    """A store's or core's :class:`~fibro_desktop.core.message.Message` in the
    person's language: the text looked up in its context, then the values
    filled in (a value that is a Message is said first). A plain ``str``
    (a system's error text, already final) is returned as it is."""
    if isinstance(message, str):
        return message
    from fibro_desktop.core.message import Message

    args = [say(a) if isinstance(a, Message) else a for a in message.args]
    text = _translate(message.context, message.text) if message.context else message.text
    return fill(text, *args)


def say_error(exc: BaseException) -> str:
    """What to show a person of ``exc``: its ``.message`` said in their language,
    or its text as it is when it carries none (an ``OSError``)."""
    from fibro_desktop.core.message import message_of

    return say(message_of(exc))


def translator(context: str) -> Translator:
    """The translation helper of a module (or a group of modules) for ``context``."""
    return Translator(context)
