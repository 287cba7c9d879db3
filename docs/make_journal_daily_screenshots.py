"""Render the daily check-in and the medications panel with demo data.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_journal_daily_screenshots.py

Writes docs/screenshots/journal-checkin[-midnight][-dark].png,
journal-checkin-error.png and
journal-medications[-dark].png. The widgets are built on their own (the
Journal page that holds them is the lead's), on a temporary data folder
filled by the demo generator at a fixed "now", so the pictures repeat.
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

NOW = datetime(2026, 11, 30, 21, 15, tzinfo=timezone(timedelta(hours=1)))
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from fibro_desktop import locations
    from fibro_desktop.core.fake_clock import FakeClock
    from fibro_desktop.demo import fill_demo_data
    from fibro_desktop.store import medications as medication_store
    from fibro_desktop.store.database import open_database
    from fibro_desktop.ui import preferences as prefs
    from fibro_desktop.ui.events import DataEvents
    from fibro_desktop.ui.journal.checkin_form import CheckInForm
    from fibro_desktop.ui.journal.medications import MedicationsPanel
    from fibro_desktop.ui.theme import ThemeController

    locations.apply_identity()
    app = QApplication(sys.argv[:1])
    data_dir = Path(tempfile.mkdtemp(prefix="fibro-shots-"))
    db = open_database(data_dir, now=NOW)
    fill_demo_data(db, NOW)
    preferences = prefs.Preferences(data_dir)
    theme = ThemeController(app, preferences)
    OUT.mkdir(parents=True, exist_ok=True)

    def save(widget, name: str) -> None:
        widget.show()
        for _ in range(5):
            app.processEvents()
        path = OUT / name
        widget.grab().save(str(path))
        print(path.relative_to(ROOT))

    for dark in (False, True):
        preferences.set(prefs.THEME, "dark" if dark else "light")
        theme.apply()
        suffix = "-dark" if dark else ""
        events = DataEvents()

        form = CheckInForm(db, FakeClock(wall=NOW), events)
        form.resize(820, 1180)
        form.sleep_hours.setText("6.5")
        for name, value in (("sleep_quality", 5), ("mood", 6), ("energy", 4), ("overall_pain", 5),
                            ("mobility", 7), ("stress", 3)):
            form.scales[name].set_value(value)
        form.water.setValue(5)
        form.activity.setText("Short walk, two hours at the desk")
        form.triggers.set_selected({"prolonged_sitting", "cold"})
        form.triggers.add_own("Long drive")
        form.notes.setPlainText("Calves tight in the afternoon; heat helped.")
        save(form, f"journal-checkin{suffix}.png")
        form.close()

        if not dark:
            wrong = CheckInForm(db, FakeClock(wall=NOW), events)
            wrong.resize(820, 360)
            wrong.sleep_hours.setText("30")
            wrong.save()  # refused: the message appears under the field
            save(wrong, "journal-checkin-error.png")
            wrong.close()

        midnight = CheckInForm(db, FakeClock(wall=NOW.replace(hour=0, minute=40) + timedelta(days=1)), events)
        midnight.resize(820, 420)
        save(midnight, f"journal-checkin-midnight{suffix}.png")
        midnight.close()

        panel = MedicationsPanel(db, FakeClock(wall=NOW), events)
        panel.resize(900, 1000)
        magnesium = medication_store.medications(db)[0]
        panel.start_dose(magnesium)
        save(panel, f"journal-medications{suffix}.png")
        panel.close()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
