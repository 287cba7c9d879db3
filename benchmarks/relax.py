"""Relax tab benchmark: opening the tab, starting sound, and the listening log.

Measures, in one process on the PulseAudio null sink (``python3 dev.py test``
starts it; or run after it):

* building the Relax page the first time (imports QtMultimedia, reads the
  manifest, builds widgets): budget 500 ms;
* from pressing Play (a new file) to audio flowing (position >= 150 ms): budget 3 s;
* logging one listen (one transaction, fsync): budget 50 ms;
* reading a year of listens for the charts: budget 100 ms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/relax.py
"""

from __future__ import annotations

import os
import platform
import random
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from fibro_desktop import locations
    from fibro_desktop.core.clock import SystemClock
    from fibro_desktop.core.relax.listening import Listen
    from fibro_desktop.demo import DemoContext
    from fibro_desktop.demo import relax as relax_demo
    from fibro_desktop.shell import AppContext
    from fibro_desktop.store import relax as relax_store
    from fibro_desktop.store.database import open_database
    from fibro_desktop.ui import preferences as prefs

    locations.apply_identity()
    app = QApplication(sys.argv[:1])
    data_dir = Path(tempfile.mkdtemp(prefix="fibro-relax-bench-"))
    clock = SystemClock()
    db = open_database(data_dir, now=clock.now())
    ctx = AppContext(data_dir, data_dir / "logs", db, clock, prefs.Preferences(data_dir),
                     prefs.WindowState(data_dir))

    started = time.perf_counter()
    from fibro_desktop.ui.relax.page import RelaxPage

    page = RelaxPage(ctx)
    page.resize(1100, 700)
    page.show()
    app.processEvents()
    build_ms = (time.perf_counter() - started) * 1000

    def wait_until(predicate, timeout_s=10.0):
        deadline = time.perf_counter() + timeout_s
        while not predicate() and time.perf_counter() < deadline:
            loop = QEventLoop()
            QTimer.singleShot(2, loop.quit)
            loop.exec()

    play_ms = []
    for key in ("pmr_short", "body_scan", "desk_warm_up", "release_only", "paced_breathing"):
        started = time.perf_counter()
        page.play_session(key, ask=False)
        # The first position report (~56 ms) comes before the sound server
        # takes data; 150 ms of progress means audio is really flowing.
        wait_until(lambda: page.player.position() >= 150 and page.player.state() == "playing")
        play_ms.append((time.perf_counter() - started) * 1000)
        page.player.pause()
    page.shutdown()

    log_ms = []
    for _ in range(20):
        started = time.perf_counter()
        relax_store.record_listen(db, Listen("pmr_short", clock.now(), 300, True, 6, 3), clock.now())
        log_ms.append((time.perf_counter() - started) * 1000)
    relax_demo.generate(db, DemoContext(now=clock.now(), rng=random.Random(1)))
    today = clock.now().date()
    started = time.perf_counter()
    listens = relax_store.listens_between(db, today - timedelta(days=365), today)
    year_ms = (time.perf_counter() - started) * 1000

    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")
    print(f"build page (first, imports QtMultimedia): {build_ms:.0f} ms (budget 500)")
    print(f"play to sound, median of {len(play_ms)}: {statistics.median(play_ms):.0f} ms "
          f"(range {min(play_ms):.0f}-{max(play_ms):.0f}; budget 3000)")
    print(f"log one listen, median of 20: {statistics.median(log_ms):.1f} ms (budget 50)")
    print(f"read a year of listens ({len(listens)}): {year_ms:.1f} ms (budget 100)")
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
