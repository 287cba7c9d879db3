"""The command line's sentences, in the person's language.

``say("… %1 …", value)`` translates in the context ``cli`` and fills the
placeholders, as ``_tr`` does in the window (``ui/translate.py``). Qt and the
catalogue are loaded at the first sentence printed, not before: a command
that prints nothing, and ``--version``, never load them. Help texts are marked
with ``mark("…")`` where they are written and translated by
:class:`TranslatedHelp` only when ``--help`` prints them.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fibro_desktop.core.message import Message
from fibro_desktop.ui import translate
from fibro_desktop.ui.translate import translator

_tr = translator("cli")
mark = _tr.mark
#: The application object made for translating (kept alive), when none existed.
_made: list[object] = []
_installed = False
#: The data folder whose language choice (Settings ▸ Language) the sentences follow.
_data_dir: list[Path] = []


def use_data_folder(data_dir: Path) -> None:
    """Follow the language chosen in the app for ``data_dir`` (read at the first sentence)."""
    _data_dir[:] = [data_dir]


def say(text: str, *args: object, n: int | None = None, one: str | None = None) -> str:
    """``text`` translated (``%1``… filled; ``n``: a count, see ``ui/translate.py``)."""
    _install_once()
    return _tr(text, *args, n=n, one=one)


def say_error(exc: BaseException) -> str:
    """What went wrong, in the chosen language: a store's or core's sentence
    (``core/message.py``) translated with its values, else the error's text."""
    _install_once()
    return translate.say_error(exc)


def say_message(message: Message | str) -> str:
    """A store's or core's sentence in the chosen language (see :func:`say_error`)."""
    _install_once()
    return translate.say(message)


def _install_once() -> None:
    global _installed
    if _installed:
        return
    _installed = True
    from PySide6.QtCore import QCoreApplication

    from fibro_desktop.resources import resources_root
    from fibro_desktop.ui.translations import apply_language, saved_choice

    app = QCoreApplication.instance()
    if app is None:  # the report command makes its own QGuiApplication first
        app = QCoreApplication(["fibro-desktop"])
        _made.append(app)
    choice = "system"
    if _data_dir:
        try:
            choice = saved_choice(_data_dir[0])
        except OSError:
            pass
    apply_language(app, resources_root() / "translations", choice)


class TranslatedHelp(argparse.HelpFormatter):
    """Help texts (marked with :func:`mark`) translated when they are printed."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return say(action.help) if action.help and action.help != argparse.SUPPRESS else action.help

    def _format_text(self, text: str) -> str:
        return super()._format_text(say(text) if text else text)
