"""Daily check-in and medications: how long opening and saving take.

On a data folder with the demo year (check-ins, doses) plus 100,000
episodes (many with the user's own triggers, which the check-in offers
again), measures, N times each:

* building the check-in form (what opening its section costs),
* saving a check-in (form to database, one transaction, plus the refresh),
* building the medications panel,
* logging a dose (the second click: save and refresh the recent list).

Budgets (issue 3): opening under 200 ms, saving under 50 ms, at p95.

    QT_QPA_PLATFORM=offscreen python benchmarks/journal_daily.py [--runs 30] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

NOW = datetime(2026, 11, 30, 21, 0, tzinfo=timezone(timedelta(hours=1)))
EPISODES = 100_000


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(round(0.95 * len(values))) - 1)]


def fill(db) -> None:
    from fibro_desktop.core.journal.records import Episode
    from fibro_desktop.demo import fill_demo_data
    from fibro_desktop.store.journal import insert_episodes
    from fibro_desktop.store.stamps import new_uid

    fill_demo_data(db, NOW)
    rng = random.Random(3)
    own_words = [f"own:Thing {i}" for i in range(40)]
    episodes = []
    for i in range(EPISODES):
        started = NOW - timedelta(minutes=7 * i + 1)
        triggers = frozenset({rng.choice(["stress", "cold", "poor_sleep"])}
                             | ({rng.choice(own_words)} if i % 5 == 0 else set()))
        episodes.append(Episode(started=started, kind="cramp", intensity=rng.randint(0, 10),
                                triggers=triggers, uid=new_uid()))
    insert_episodes(db, episodes, NOW)


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--data-dir", help="reuse (or fill once) this folder; filling takes ~2 min")
    args = parser.parse_args()

    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from fibro_desktop.core.fake_clock import FakeClock
    from fibro_desktop.store import medications as medication_store
    from fibro_desktop.store.database import open_database
    from fibro_desktop.ui.events import DataEvents
    from fibro_desktop.ui.journal.checkin_form import CheckInForm
    from fibro_desktop.ui.journal.medications import MedicationsPanel

    app = QApplication(sys.argv[:1])
    data_dir = Path(args.data_dir or tempfile.mkdtemp(prefix="fibro-bench-"))
    fresh = not (data_dir / ".filled").exists()
    db = open_database(data_dir, now=NOW)
    if fresh:
        started = time.perf_counter()
        fill(db)
        (data_dir / ".filled").write_text("yes")
        print(f"filled in {time.perf_counter() - started:.1f} s")
    from fibro_desktop.store.checkins import used_own_triggers
    from fibro_desktop.store.journal import used_own_terms
    own_ms = [timed(lambda: (used_own_terms(db), used_own_triggers(db))) for _ in range(10)]
    print(f"own triggers query: median {statistics.median(own_ms):.1f} ms")
    clock = FakeClock(wall=NOW)
    events = DataEvents()
    results: dict[str, list[float]] = {k: [] for k in ("open check-in", "save check-in",
                                                       "open medications", "log a dose")}
    magnesium = medication_store.medications(db)[0]
    for run in range(args.runs):
        holder: dict = {}
        results["open check-in"].append(timed(lambda: holder.update(
            form=CheckInForm(db, clock, events))))
        form = holder["form"]
        form.scales["mood"].set_value(run % 11)
        results["save check-in"].append(timed(form.save))
        form.deleteLater()
        results["open medications"].append(timed(lambda: holder.update(
            panel=MedicationsPanel(db, clock, events))))
        panel = holder["panel"]
        panel.start_dose(magnesium)
        results["log a dose"].append(timed(panel.dose_logger.save))
        panel.deleteLater()
        # Really delete the old widgets (processEvents alone leaves deferred
        # deletes pending), so they do not also react to later saves.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        app.processEvents()
    print(f"{'':18} {'median':>8} {'p95':>8}  (ms, {args.runs} runs)")
    for name, values in results.items():
        print(f"{name:18} {statistics.median(values):8.1f} {p95(values):8.1f}")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
