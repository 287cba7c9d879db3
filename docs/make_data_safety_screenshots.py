"""Render the data-safety dialogs with demo data to PNG files for the docs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_data_safety_screenshots.py [--dark]

Writes docs/screenshots/data-safety-<dialog>[-dark].png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dark", action="store_true")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from fibro_desktop import locations
    from fibro_desktop.core.clock import SystemClock
    from fibro_desktop.core.fake_clock import FakeClock
    from fibro_desktop.demo import fill_demo_data
    from fibro_desktop.shell import AppContext
    from fibro_desktop.store.backup import latest_good_backup
    from fibro_desktop.store.database import open_database
    from fibro_desktop.store.migrations import latest_version
    from fibro_desktop.ui import preferences as prefs
    from fibro_desktop.ui.data_safety.backups_dialog import BackupsDialog
    from fibro_desktop.ui.data_safety.export_dialog import ExportDialog
    from fibro_desktop.ui.data_safety.problem_dialog import DataProblemDialog
    from fibro_desktop.ui.theme import ThemeController
    from fibro_desktop.wiring.data_safety import DataSafety

    locations.apply_identity()
    app = QApplication(sys.argv[:1])
    data_dir = Path(tempfile.mkdtemp(prefix="fibro-shots-"))
    clock = FakeClock(wall=SystemClock().now() - timedelta(days=9))
    db = open_database(data_dir, now=clock.now())
    fill_demo_data(db, clock.now())
    preferences = prefs.Preferences(data_dir)
    preferences.set(prefs.THEME, "dark" if args.dark else "light")
    window_state = prefs.WindowState(data_dir)
    ThemeController(app, preferences, window_state, parent=app)
    ctx = AppContext(data_dir, data_dir / "logs", db, clock, preferences, window_state)
    safety = DataSafety(ctx)
    for step, reason in enumerate(("daily", "exit", "daily", "daily", "exit", "manual")):
        safety.back_up(reason)
        clock.advance(36 * 3600 if step % 2 else 5 * 3600)
    suffix = "-dark" if args.dark else ""
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)

    def shoot(widget, name, width, height):
        widget.resize(width, height)
        widget.show()
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(out / f"data-safety-{name}{suffix}.png"))
        widget.close()

    dialog = BackupsDialog(safety)
    dialog.status.setText(dialog.tr("Backup made and checked."))
    shoot(dialog, "backups", 760, 500)
    shoot(ExportDialog(clock.now().date()), "export", 560, 430)
    best = latest_good_backup(safety.folder, latest_version())
    shoot(DataProblemDialog("damaged", "fibro.sqlite3 is damaged: database disk image is malformed.", best,
                            lambda parent: ""), "problem", 600, 380)
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
