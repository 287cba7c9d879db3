"""Render the Pacing tab and the break panel with demo data, light and dark.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_pacing_screenshots.py

Writes docs/screenshots/pacing-{tab,panel}[-dark].png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def shoot(app, dark: bool) -> None:
    from fibro_desktop.app import AppContext, build_shell
    from fibro_desktop.core.clock import SystemClock
    from fibro_desktop.demo import fill_demo_data
    from fibro_desktop.store.database import open_database
    from fibro_desktop.ui import preferences as prefs

    data_dir = Path(tempfile.mkdtemp(prefix="fibro-pacing-shots-"))
    clock = SystemClock()
    db = open_database(data_dir, now=clock.now())
    fill_demo_data(db, clock.now())
    preferences = prefs.Preferences(data_dir)
    preferences.set(prefs.THEME, "dark" if dark else "light")
    preferences.set(prefs.WELCOME_SEEN, True)
    preferences.set(prefs.REDUCE_MOTION, True)
    ctx = AppContext(data_dir, data_dir / "logs", db, clock, preferences, prefs.WindowState(data_dir))
    shell = build_shell(app, ctx, with_tray=False)
    shell.window.resize(1100, 760)
    shell.window.show()
    state = ctx.feature_state["pacing"]
    page = shell.window.show_tab("pacing")
    for _ in range(5):
        app.processEvents()
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    suffix = "-dark" if dark else ""
    state["driver"].take_break_now("movement")
    for _ in range(5):
        app.processEvents()
    page.grab().save(str(out / f"pacing-tab{suffix}.png"))
    state["panel"].grab().save(str(out / f"pacing-panel{suffix}.png"))
    state["driver"].skip()
    state["driver"].machine = None
    shell.window.close()
    db.close()


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from fibro_desktop import locations

    locations.apply_identity()
    app = QApplication(sys.argv[:1])
    for dark in (False, True):
        shoot(app, dark)
    print("docs/screenshots/pacing-*.png written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
