"""Toolkit benchmark: on a demo year, how fast the tab builds, a tick saves,
another tab's routine progress lands, and the rescue plan opens.

Budgets (ours, for a tool used mid-spasm): the plan opens in < 100 ms; a
tick or a routine count is saved in < 50 ms (same as a quick log); the tab
builds in < 250 ms; the demo generator takes < 2 s.

    QT_QPA_PLATFORM=offscreen python benchmarks/toolkit.py [--runs 15]
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
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def ms(samples: list[float]) -> str:
    values = sorted(s * 1000 for s in samples)
    return f"{statistics.median(values):.1f} ms ({values[0]:.1f}–{values[-1]:.1f})"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from fibro_desktop import locations
    from fibro_desktop.core.clock import SystemClock
    from fibro_desktop.core.intents import RoutineProgress
    from fibro_desktop.demo import DemoContext
    from fibro_desktop.demo import toolkit as demo
    from fibro_desktop.shell import AppContext, build_shell
    from fibro_desktop.store.database import open_database
    from fibro_desktop.ui import preferences as prefs
    from fibro_desktop.ui.events import DataEvents
    from fibro_desktop.ui.toolkit.launcher import RescuePlanLauncher
    from fibro_desktop.ui.toolkit.page import ToolkitPage

    locations.apply_identity()
    app = QApplication(sys.argv[:1])
    clock = SystemClock()
    data_dir = Path(tempfile.mkdtemp(prefix="fibro-bench-toolkit-"))
    db = open_database(data_dir, now=clock.now())
    started = time.perf_counter()
    demo.generate(db, DemoContext(now=clock.now(), rng=random.Random(1)))
    demo_s = time.perf_counter() - started

    ctx = AppContext(data_dir, data_dir / "logs", db, clock, prefs.Preferences(data_dir), prefs.WindowState(data_dir))
    shell = build_shell(app, ctx, with_tray=False)
    builds, ticks, progress, first_open, reopen = [], [], [], [], []
    for _ in range(args.runs):
        # Each built page gets its own DataEvents, so pages waiting for
        # deletion do not refresh on the writes measured below.
        started = time.perf_counter()
        page = ToolkitPage(db, clock, DataEvents(), ctx.intents, ctx.preferences)
        page.show()
        app.processEvents()
        builds.append(time.perf_counter() - started)
        page.close()
        page.deleteLater()
    page = ToolkitPage(db, clock, ctx.data_events, ctx.intents, ctx.preferences)
    page.show()
    app.processEvents()
    for _ in range(args.runs):
        for _ in range(2):  # tick then untick, each saved
            row = page.kit.list.item(3)
            started = time.perf_counter()
            row.setCheckState(Qt.CheckState.Unchecked if row.checkState() == Qt.CheckState.Checked
                              else Qt.CheckState.Checked)
            ticks.append(time.perf_counter() - started)
        started = time.perf_counter()
        ctx.intents.routine_progress.emit(RoutineProgress("water", 1))
        progress.append(time.perf_counter() - started)
    launcher = shell.window.findChild(RescuePlanLauncher)
    started = time.perf_counter()
    launcher.prepare()  # what the app does a few seconds after start-up
    prepare_s = time.perf_counter() - started
    for _ in range(3):  # let the pages closed above and the window settle first
        app.processEvents()
    for run in range(args.runs):
        started = time.perf_counter()
        ctx.intents.rescue_plan.emit()
        app.processEvents()
        (first_open if run == 0 else reopen).append(time.perf_counter() - started)
        launcher.dialog.close()
    print(f"machine: {platform.node()} {os.cpu_count()} cores, {platform.platform()}, "
          f"Python {platform.python_version()}")
    print(f"demo generator (toolkit year): {demo_s * 1000:.0f} ms")
    print(f"tab build with a demo year: {ms(builds)}")
    print(f"kit tick saved + refreshed: {ms(ticks)}")
    print(f"routine progress from another tab (open page refreshes): {ms(progress)}")
    print(f"rescue plan built in advance (idle, after start-up): {prepare_s * 1000:.1f} ms")
    print(f"rescue plan first open: {first_open[0] * 1000:.1f} ms; later opens: {ms(reopen)}")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
