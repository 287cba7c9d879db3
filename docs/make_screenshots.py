"""Render every tab of the app with demo data to PNG files for the docs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py [--dark]

Writes docs/screenshots/tab-<key>[-dark].png at 1100x760. Uses the real
composition root on a temporary data folder filled by the demo generator.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dark", action="store_true")
    args = parser.parse_args()

    from demo_shell import demo_context, demo_shell
    from PySide6.QtWidgets import QApplication

    from fibro_desktop import locations

    locations.apply_identity()
    app = QApplication(sys.argv[:1])
    ctx = demo_context(THEME="dark" if args.dark else "light")
    db = ctx.db
    shell = demo_shell(app, ctx)
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    suffix = "-dark" if args.dark else ""
    for key in shell.window.tab_keys():
        shell.window.show_tab(key)
        for _ in range(5):
            app.processEvents()
        path = out / f"tab-{key}{suffix}.png"
        shell.window.grab().save(str(path))
        print(path.relative_to(ROOT))
    for _name, path in _journal_dialogs(app, shell, ctx, out, suffix):
        print(path.relative_to(ROOT))
    db.close()
    return 0


def _journal_dialogs(app, shell, ctx, out: Path, suffix: str):
    """The quick log and the episode editor (with the body map) over the window."""
    from fibro_desktop.core.journal.records import EpisodeFilter
    from fibro_desktop.store.journal import episode_rows
    from fibro_desktop.wiring import journal as journal_wiring

    shell.window.show_tab("journal")
    dialogs = shell.state(journal_wiring.FEATURE).dialogs
    quick = dialogs.quick_log()
    quick.intensity.set_value(6)
    app.processEvents()
    path = out / f"journal-quick-log{suffix}.png"
    quick.grab().save(str(path))
    quick.close()
    yield "quick", path
    rows = episode_rows(ctx.db, EpisodeFilter(), 0, 50)
    uid = next(r.uid for r in rows if r.complete and "," in r.muscles)
    editor = dialogs.edit(uid)
    editor.resize(820, 1000)
    for _ in range(5):
        app.processEvents()
    path = out / f"journal-editor{suffix}.png"
    editor.grab().save(str(path))
    editor.close()
    yield "editor", path


if __name__ == "__main__":
    sys.exit(main())
