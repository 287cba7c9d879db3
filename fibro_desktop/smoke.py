"""``--smoke-test``: prove the installed app works, then exit.

It shows every tab, writes a row to the database and reads it back, checks
that every bundled resource is there, that sound plays to its end, that a
chart draws and that text sorts (see :mod:`fibro_desktop.smoke_bundle`), then runs each feature's ``smoke_check``
(see :mod:`fibro_desktop.wiring`). CI and the frozen installers run it.
"""

from __future__ import annotations

import secrets

from PySide6.QtWidgets import QApplication

from fibro_desktop.store.meta import get_meta, set_meta


def run_smoke_test(shell, ctx, notes: list[str] | None = None) -> list[str]:
    """Return a list of problems (empty when all is well); what was checked
    beyond the basics is appended to ``notes`` when given."""
    from fibro_desktop.smoke_bundle import check_charts, check_resources, check_sound, check_text

    problems: list[str] = []
    notes = [] if notes is None else notes
    window = shell.window
    for key in window.tab_keys():
        try:
            page = window.show_tab(key)
            QApplication.processEvents()
            error = window.page_error(key)
            if error is not None:
                problems.append(f"tab {key!r} failed to build: {error!r}")
            elif not page.isVisible():
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
    for check in (check_resources, check_sound, check_charts, check_text):
        try:
            check(problems, notes)
        except Exception as exc:
            problems.append(f"{check.__name__}: {exc!r}")
    for feature in shell.features:
        if feature.smoke_check is None or feature.key not in shell.wired:
            continue  # a feature whose wiring failed is already reported
        try:
            feature.smoke_check(shell, ctx)
        except Exception as exc:
            problems.append(f"{feature.key}: {exc!r}")
    return problems
