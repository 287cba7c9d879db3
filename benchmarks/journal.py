"""Journal benchmark with 100,000 episodes (issue 3).

Measures, on a real SQLite file in a temporary folder:

* saving a quick log and seeing it at the top of the timeline (the store
  write, the red-flag check and the timeline reload the page does on
  ``DataEvents.changed``) — budget p95 < 50 ms;
* opening the Journal tab (building the page and its first paint) — budget
  p95 < 200 ms; the red-flag rules run right after and are timed apart;
* a filter change (kind, then text) — budget p95 < 200 ms.

    QT_QPA_PLATFORM=offscreen python benchmarks/journal.py [--episodes 100000] [--runs 30]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from fibro_desktop.core import vocabulary as v  # noqa: E402
from fibro_desktop.core.fake_clock import FakeClock  # noqa: E402
from fibro_desktop.core.instants import local_day  # noqa: E402
from fibro_desktop.store.database import open_database  # noqa: E402
from fibro_desktop.store.stamps import new_uid  # noqa: E402

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=timezone(timedelta(hours=1)))


def fill(db, count: int) -> None:
    """Write ``count`` episodes (each with two muscles, a trigger, a relief)
    spread over about ten years, with plain executemany for speed."""
    from fibro_desktop.core.instants import to_stored

    rng = random.Random(3)
    kinds = [t.id for t in v.SPASM_KINDS]
    stamp = to_stored(NOW)[0]
    episodes, muscles, triggers, reliefs = [], [], [], []
    for i in range(1, count + 1):
        started = NOW - timedelta(minutes=rng.randrange(10 * 365 * 24 * 60) + 60)
        utc, offset = to_stored(started)
        episodes.append((i, new_uid(), utc, offset, local_day(started).isoformat(), rng.choice(kinds),
                         rng.randint(0, 10), rng.randint(10, 3600), f"entry {i}", f"entry {i}\n", stamp, stamp))
        muscles += [(i, "calves", "left"), (i, "neck", None)]
        triggers.append((i, "stress"))
        reliefs.append((i, "heat", "yes", 10))
    conn = db.connection()
    with db.atomic():
        conn.executemany("INSERT INTO episode (id, uid, started_utc, started_offset_min, day, kind, intensity, "
                         "duration_s, notes, search_text, created_utc, updated_utc) "
                         "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", episodes)
        conn.executemany("INSERT INTO episode_muscle (episode_id, muscle, side) VALUES (?,?,?)", muscles)
        conn.executemany('INSERT INTO episode_trigger (episode_id, "trigger") VALUES (?,?)', triggers)
        conn.executemany("INSERT INTO episode_relief (episode_id, relief, helped, minutes_to_relief) "
                         "VALUES (?,?,?,?)", reliefs)


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def report(name: str, samples: list[float], budget_ms: float) -> str:
    ms = [s * 1000 for s in samples]
    verdict = "ok" if p95(ms) < budget_ms else "OVER BUDGET"
    return (f"| {name} | {statistics.median(ms):.1f} | {p95(ms):.1f} | {budget_ms:.0f} | {verdict} |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--episodes", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--profile", action="store_true", help="print a profile of the quick-log save")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    from fibro_desktop.ui.events import DataEvents
    from fibro_desktop.ui.journal.dialogs import JournalDialogs
    from fibro_desktop.ui.journal.page import JournalPage
    from fibro_desktop.ui.preferences import Preferences

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        db = open_database(data, now=NOW)
        started = time.perf_counter()
        fill(db, args.episodes)
        fill_s = time.perf_counter() - started
        clock = FakeClock(wall=NOW)
        events = DataEvents()
        dialogs = JournalDialogs(db, clock, events, Preferences(data))

        opening, opening_checks = [], []
        for _ in range(max(5, args.runs // 3)):
            t0 = time.perf_counter()
            page = JournalPage(db, clock, events, dialogs)
            page.resize(1000, 700)
            page.show()
            page.repaint()  # painted now, before the deferred red-flag check
            opening.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            app.processEvents()
            opening_checks.append(time.perf_counter() - t0)
            page.close()
            page.deleteLater()
            events.changed.disconnect(page._on_data_changed)
            app.processEvents()

        page = JournalPage(db, clock, events, dialogs)
        page.resize(1000, 700)
        page.show()
        app.processEvents()

        saving, flag_checks = [], []
        for i in range(args.runs):
            dialog = dialogs.quick_log({})
            dialog.intensity.set_value(i % 11)
            t0 = time.perf_counter()
            dialog.save_button.click()  # saves, emits "episodes"; the page reloads
            saving.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            app.processEvents()  # the red-flag check, just after the entry is shown
            flag_checks.append(time.perf_counter() - t0)
            assert page.model.row_at(0).intensity == i % 11
            clock.advance(60)

        filtering = []
        for i in range(args.runs):
            t0 = time.perf_counter()
            page.filters.kind.setCurrentIndex(1 + i % len(v.SPASM_KINDS))
            app.processEvents()
            filtering.append(time.perf_counter() - t0)
        page.filters.clear()
        text_filtering = []
        for i in range(max(5, args.runs // 3)):
            t0 = time.perf_counter()
            page.filters.search.setText(f"entry {i}9")
            page.filters._emit()  # skip the typing pause: measure the query and redraw
            app.processEvents()
            text_filtering.append(time.perf_counter() - t0)

        print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
              f"{platform.platform()}")
        print(f"{args.episodes:,} episodes written in {fill_s:.1f} s")
        print("| measure | median ms | p95 ms | budget ms | |")
        print("|---|---|---|---|---|")
        print(report("save a quick log and see it in the timeline", saving, 50))
        print(report("red-flag check after a save (runs just after)", flag_checks, 200))
        print(report("open the Journal tab (built and painted)", opening, 200))
        print(report("then the red-flag check and first events", opening_checks, 200))
        print(report("change the kind filter", filtering, 200))
        print(report("search the notes", text_filtering, 200))
        db.close()


if __name__ == "__main__":
    main()
