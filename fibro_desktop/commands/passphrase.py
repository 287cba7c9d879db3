"""Where headless commands get the passphrase of protected data.

Never from a ``--passphrase`` argument: command lines are visible to every
user of the machine (``ps``). Instead ``--passphrase-file PATH`` (the first
line of a file, e.g. one only the owner can read, or ``-`` for standard
input) or the environment variable ``FIBRO_DESKTOP_PASSPHRASE``.
"""

from __future__ import annotations

import argparse
import os
import sys

from fibro_desktop.cli_words import mark, say
from fibro_desktop.store import cipher
from fibro_desktop.store.errors import PassphraseRequired, StoreError, WrongPassphrase

ENV_VAR = "FIBRO_DESKTOP_PASSPHRASE"


class PassphraseSourceError(Exception):
    """The passphrase file cannot be read."""


def passphrase_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--passphrase-file", metavar="PATH",
                        help=mark("read the passphrase of protected data from the first line of PATH "
                                  "('-': standard input); also: FIBRO_DESKTOP_PASSPHRASE"))
    return parent


def read_passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase from ``--passphrase-file`` or the environment (or None).

    It also becomes the session's passphrase, so that checks, backups and
    rescue exports of the protected file use it.
    """
    source = getattr(args, "passphrase_file", None)
    if source:
        try:
            if source == "-":
                text = sys.stdin.readline()
            else:
                with open(source, encoding="utf-8") as handle:
                    text = handle.readline()
        except (OSError, UnicodeDecodeError) as exc:
            raise PassphraseSourceError(say("cannot read the passphrase file %1: %2", source,
                                            getattr(exc, "strerror", None) or exc)) from exc
        passphrase = text.rstrip("\r\n")
    else:
        passphrase = os.environ.get(ENV_VAR) or None
    if passphrase == "":
        raise PassphraseSourceError(say("the passphrase file %1 is empty", source))
    if passphrase is not None:
        cipher.remember_passphrase(passphrase)
    return passphrase


def explain(error: StoreError) -> str:
    """The store's message, plus how to give the passphrase on a command line."""
    if isinstance(error, PassphraseRequired):
        return f"{error} " + say("Give it with --passphrase-file PATH or the %1 environment variable.", ENV_VAR)
    if isinstance(error, WrongPassphrase):
        return say("that passphrase does not open this data. Nothing was changed.")
    return str(error)
