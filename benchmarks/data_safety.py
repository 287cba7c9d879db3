"""Data-safety figures: integrity checks, backup, export and import at scale,
and the long crash test.

    .venv/bin/python benchmarks/data_safety.py [--rows 100000] [--crash 100]

Builds a database with ``--rows`` episodes (each with one muscle row, so
twice that many rows) plus ten years of daily check-ins, through the
production ``open_database``, then times each operation (median of 5).
``--crash N`` kills a writing process N times (see tests/data_safety/crash_check.py).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fibro_desktop.store.backup import backup_folder, list_backups, make_backup  # noqa: E402
from fibro_desktop.store.database import database_path, open_database  # noqa: E402
from fibro_desktop.store.export import export_csv, export_json  # noqa: E402
from fibro_desktop.store.import_read import read_export  # noqa: E402
from fibro_desktop.store.import_write import import_data  # noqa: E402
from fibro_desktop.store.integrity import connect_read_only, run_check  # noqa: E402
from tests.data_safety import journal_schema  # noqa: E402

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=timezone(timedelta(hours=1)))


def timed(fn, runs=5):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times), max(times)


def build(folder: Path, rows: int) -> None:
    db = open_database(folder, now=NOW)
    conn = db.connection()
    conn.execute("BEGIN")
    for n in range(rows):
        started = NOW - timedelta(minutes=37 * n)
        cursor = conn.execute(
            "INSERT INTO episode (uid, started_utc, started_offset_min, day, kind, intensity, notes, created_utc,"
            " updated_utc) VALUES (?, ?, 60, ?, 'cramp', ?, ?, ?, ?)",
            (f"{n:032x}", journal_schema.utc_text(started), started.date().isoformat(), n % 11,
             "after the stairs" if n % 3 else "", journal_schema.utc_text(started), journal_schema.utc_text(started)))
        conn.execute("INSERT INTO episode_muscle (episode_id, muscle, side) VALUES (?, 'calves', 'left')",
                     (cursor.lastrowid,))
    for d in range(3650):
        day = (NOW - timedelta(days=d)).date().isoformat()
        conn.execute("INSERT INTO checkin (uid, day, sleep_hours, mood, created_utc, updated_utc)"
                     " VALUES (?, ?, 7.0, 6, ?, ?)", (f"c{d}", day, day + "T20:00:00", day + "T20:00:00"))
    conn.execute("COMMIT")
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=48_000)
    parser.add_argument("--crash", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        data = tmp / "data"
        build(data, args.rows)
        db_file = database_path(data)
        total = args.rows * 2 + 3650
        print(f"database: {total:,} rows, {db_file.stat().st_size / 1e6:.1f} MB")

        def check(full):
            conn = connect_read_only(db_file)
            assert run_check(conn, full=full) == []
            conn.close()

        results = {
            "quick_check (at every start)": timed(lambda: check(False)),
            "integrity_check (full)": timed(lambda: check(True)),
            "open_database (with quick_check)": timed(lambda: open_database(data, now=NOW).close()),
        }
        counter = iter(range(100))
        results["backup (copy + integrity_check)"] = timed(
            lambda: make_backup(db_file, backup_folder(data), NOW + timedelta(seconds=next(counter)), "manual",
                                retention=None), runs=3)
        results["list backups (3)"] = timed(lambda: list_backups(backup_folder(data)))
        db = open_database(data, now=NOW)
        results["export JSON"] = timed(lambda: export_json(db.connection(), tmp / "e.json", NOW), runs=3)
        n = iter(range(100))
        results["export CSV (zip)"] = timed(lambda: export_csv(db.connection(), tmp / f"e{next(n)}.zip", NOW), runs=3)
        db.close()
        size = (tmp / "e.json").stat().st_size / 1e6
        targets = iter(range(100))

        def import_into_empty():
            target = open_database(tmp / f"t{next(targets)}", now=NOW)
            import_data(target, read_export(tmp / "e.json"))
            target.close()

        results["import JSON into an empty folder"] = timed(import_into_empty, runs=3)
        for name, (median, low, high) in results.items():
            print(f"{name:<36} {median:8.1f} ms  ({low:.1f}–{high:.1f})")
        print(f"JSON export size: {size:.1f} MB")
        if args.crash:
            from tests.data_safety.crash_check import run

            start = time.perf_counter()
            committed, problems = run(tmp / "crash", args.crash)
            print(f"crash test: {args.crash} SIGKILLs, {committed} committed episodes checked, "
                  f"{len(problems)} problems, {time.perf_counter() - start:.0f} s")
            for problem in problems:
                print("  ", problem)
            return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
