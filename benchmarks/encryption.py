"""Encryption-at-rest figures with the demo data: open, query, back up,
protect/unprotect, plain against encrypted.

    .venv/bin/python benchmarks/encryption.py [--runs 5]

Fills a data folder with the demo generator (a year of data), copies it to
an encrypted one with the production ``convert_database``, and times each
operation on both (median of ``--runs``, range in brackets).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fibro_desktop.demo import fill_demo_data  # noqa: E402
from fibro_desktop.store import cipher  # noqa: E402
from fibro_desktop.store.backup import backup_folder, make_backup  # noqa: E402
from fibro_desktop.store.database import database_path, open_database  # noqa: E402
from fibro_desktop.store.protection import convert_database  # noqa: E402

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=timezone(timedelta(hours=1)))
KEY = "calm river 42"


def timed(fn, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times), max(times)


def row(label, plain, encrypted):
    fmt = lambda t: f"{t[0]:.0f} ms ({t[1]:.0f}–{t[2]:.0f})"  # noqa: E731
    print(f"| {label} | {fmt(plain)} | {fmt(encrypted)} |")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    base = Path(tempfile.mkdtemp(prefix="fibro-bench-enc-"))
    plain, encrypted = base / "plain", base / "encrypted"
    db = open_database(plain, now=NOW)
    fill_demo_data(db, NOW)
    episodes = db.execute_sql("SELECT count(*) FROM episode").fetchone()[0]
    db.close()
    shutil.copytree(plain, encrypted)
    start = time.perf_counter()
    convert_database(database_path(encrypted), None, KEY)
    protect = ((time.perf_counter() - start) * 1000,) * 3
    size = database_path(plain).stat().st_size / 1e6

    def open_close(folder, key):
        def go():
            cipher.forget_passphrase()
            open_database(folder, now=NOW, passphrase=key).close()
        return go

    def query(folder, key):
        db = open_database(folder, now=NOW, passphrase=key)

        def go():
            db.execute_sql("SELECT day, count(*), avg(intensity) FROM episode GROUP BY day").fetchall()
        return go

    print(f"Demo data: {episodes} episodes, {size:.1f} MB; median of {runs}.\n")
    print("| operation | plain | encrypted |\n|---|---|---|")
    row("`open_database` (header check, key, quick_check, pragmas)", timed(open_close(plain, None), runs),
        timed(open_close(encrypted, KEY), runs))
    row("query: episodes per day over the year (warm)", timed(query(plain, None), runs),
        timed(query(encrypted, KEY), runs))
    cipher.remember_passphrase(KEY)
    row("backup: online copy + integrity check", timed(lambda: make_backup(
        database_path(plain), backup_folder(plain), NOW, "manual", retention=None), runs),
        timed(lambda: make_backup(database_path(encrypted), backup_folder(encrypted), NOW, "manual",
                                  retention=None), runs))
    print(f"| protect (export, check, swap; no backups yet) | | {protect[0]:.0f} ms |")
    start = time.perf_counter()
    cipher.forget_passphrase()
    convert_database(database_path(encrypted), KEY, None)
    print(f"| remove protection (data + {runs} backups) | | {(time.perf_counter() - start) * 1000:.0f} ms |")
    shutil.rmtree(base)
    return 0


if __name__ == "__main__":
    sys.exit(main())
