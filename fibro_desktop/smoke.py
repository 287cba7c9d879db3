"""``--smoke-test``: prove the installed app works, then exit.

It shows every tab, writes a row to the database and reads it back. CI and
the frozen installers run it. Features append checks to
:data:`EXTRA_CHECKS` (e.g. "play a bundled sound to its end").
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

from PySide6.QtWidgets import QApplication

from fibro_desktop.store.meta import get_meta, set_meta

#: Extra checks: ``(name, check(shell, ctx))``; a check raises on failure.
EXTRA_CHECKS: list[tuple[str, Callable]] = []


def run_smoke_test(shell, ctx) -> list[str]:
    """Return a list of problems (empty when all is well)."""
    problems: list[str] = []
    window = shell.window
    for key in window.tab_keys():
        try:
            page = window.show_tab(key)
            QApplication.processEvents()
            if not page.isVisible():
                problems.append(f"tab {key!r} did not become visible")
        except Exception as exc:  # report every tab, not just the first failure
            problems.append(f"tab {key!r} failed to open: {exc!r}")
    token = secrets.token_hex(8)
    try:
        set_meta(ctx.db, "smoke_test", token, ctx.clock.now())
        if get_meta(ctx.db, "smoke_test") != token:
            problems.append("the database did not return the row just written")
    except Exception as exc:
        problems.append(f"database write/read failed: {exc!r}")
    for name, check in EXTRA_CHECKS:
        try:
            check(shell, ctx)
        except Exception as exc:
            problems.append(f"{name}: {exc!r}")
    return problems
