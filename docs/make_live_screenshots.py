"""Render the Journal tab's live indicator with demo data.

    Xvfb :97 -screen 0 1280x1024x24 & DISPLAY=:97 QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/make_live_screenshots.py

(or QT_QPA_PLATFORM=offscreen). Writes docs/screenshots/journal-live[-dark].png:
the demo data at a fixed "now" (14:50), a cramp logged as still going at
14:05 and a long tension from 13:10 that is over and awaits
"Back to normal now".
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NOW = datetime(2026, 12, 1, 14, 50, tzinfo=timezone(timedelta(hours=1)))
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from fibro_desktop import locations
    from fibro_desktop.core.fake_clock import FakeClock
    from fibro_desktop.core.journal.records import Episode
    from fibro_desktop.demo import fill_demo_data
    from fibro_desktop.ops import journal as journal_ops
    from fibro_desktop.store.database import open_database
    from fibro_desktop.ui import preferences as prefs
    from fibro_desktop.ui.events import DataEvents
    from fibro_desktop.ui.journal.dialogs import JournalDialogs
    from fibro_desktop.ui.journal.page import JournalPage
    from fibro_desktop.ui.theme import ThemeController

    locations.apply_identity()
    app = QApplication(sys.argv[:1])
    data_dir = Path(tempfile.mkdtemp(prefix="fibro-shots-"))
    db = open_database(data_dir, now=NOW)
    fill_demo_data(db, NOW)
    journal_ops.save_episode(db, Episode(started=NOW.replace(hour=14, minute=5), kind="cramp", intensity=7,
                                         muscles=frozenset({("calves", "left")}), ongoing=True,
                                         complete=False), NOW)
    journal_ops.save_episode(db, Episode(started=NOW.replace(hour=13, minute=10), kind="tonic", intensity=5,
                                         muscles=frozenset({("neck", None)}), duration_s=40 * 60), NOW)
    preferences = prefs.Preferences(data_dir)
    theme = ThemeController(app, preferences)
    OUT.mkdir(parents=True, exist_ok=True)
    clock = FakeClock(wall=NOW)

    for dark in (False, True):
        preferences.set(prefs.THEME, "dark" if dark else "light")
        theme.apply()
        events = DataEvents()
        page = JournalPage(db, clock, events, JournalDialogs(db, clock, events, preferences))
        page.resize(1000, 640)
        page.show()
        for _ in range(5):
            app.processEvents()
        path = OUT / f"journal-live{'-dark' if dark else ''}.png"
        page.grab().save(str(path))
        print(path.relative_to(ROOT))
        page.close()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
