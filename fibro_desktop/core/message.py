"""A sentence for a person, kept translatable until it is shown.

The store and the core may not import Qt, yet what they raise is often read
by a person (a backup that failed, a damaged file, a bad import row). Such a
sentence is built as a :class:`Message`: its English text in Qt's
placeholder style (``%1``, ``%2``…), its translation context, and the
values that go into it::

    _msg = messages("DataSafetyErrors")

    raise BackupError(_msg("The backup could not be written to %1: %2.", folder, failure))

``packaging/extract_strings.py`` finds ``_msg("…")`` as it finds the UI's
``_tr("…")`` (same rule: the first argument is the fixed text), so the
sentence lands in the catalogues. The UI shows it with
``ui/translate.say(message)``: the text is looked up in the person's
language, then the values are filled in (a value that is itself a Message is
translated first). Without Qt (logs, the command line) ``english()`` gives
the English sentence; an exception carrying one keeps it as its ``str()``.
"""

from __future__ import annotations

from dataclasses import dataclass

from fibro_desktop.core.placeholders import fill

__all__ = ["Message", "MessageMaker", "PersonError", "fill", "message_of", "messages"]


@dataclass(frozen=True)
class Message:
    """English ``text`` (``%1``…) of translation ``context``, and its values."""

    context: str
    text: str
    args: tuple[object, ...] = ()

    def english(self) -> str:
        """The sentence in English, values (and nested messages) filled in."""
        return fill(self.text, *(a.english() if isinstance(a, Message) else a for a in self.args))

    def __str__(self) -> str:
        return self.english()


class MessageMaker:
    """``_msg(text, *args) -> Message`` for one context (see :func:`messages`)."""

    __slots__ = ("context",)

    def __init__(self, context: str) -> None:
        self.context = context

    def __call__(self, text: str, *args: object) -> Message:
        return Message(self.context, text, args)


def messages(context: str) -> MessageMaker:
    """The message maker of a module for ``context``: ``_msg = messages("…")``."""
    return MessageMaker(context)


class PersonError(Exception):
    """An error whose text is meant for a person: ``.message`` (a
    :class:`Message`, translated when shown); ``str()`` is its English."""

    def __init__(self, message: Message | str) -> None:
        self.message = message if isinstance(message, Message) else Message("", message)
        super().__init__(self.message.english())


def message_of(exc: BaseException) -> Message:
    """The person's sentence of ``exc``: its ``.message`` when it carries one,
    else its text as it is (an ``OSError``'s, which the system gave)."""
    message = getattr(exc, "message", None)
    return message if isinstance(message, Message) else Message("", str(exc))
