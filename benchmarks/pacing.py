"""Pacing benchmark: CPU and wake-ups of the app hidden in the tray.

Starts the real app (``run_gui``, demo data, the break timer on with the
standard rhythm) in a fresh process, hides its window once it is ready (as
closing to the tray does), lets it settle, then measures for ``--seconds``:

* CPU: user + system time of the process (all threads) from ``/proc``;
* wake-ups: context switches of all its threads (voluntary + involuntary),
  which counts every time any thread was woken, timers included.

Budget (issue 4): under 1 % of one core and at most one wake-up a second.
Linux only (reads ``/proc``).

    python benchmarks/pacing.py [--seconds 60]
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHILD_CODE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from fibro_desktop.app import GuiOptions, run_gui

def ready():
    def hide():
        from fibro_desktop.ui.pacing.driver import PacingDriver
        armed = []
        for widget in QApplication.topLevelWidgets():
            driver = widget.findChild(PacingDriver)
            if driver is not None:
                armed.append(driver.next_wakeup_ms())
            widget.hide()
        print("HIDDEN", armed, flush=True)
    QTimer.singleShot(500, hide)

sys.exit(run_gui(GuiOptions(data_dir=sys.argv[1], demo=True), on_ready=ready))
"""


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of the whole process (clock-tick resolution)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks  # utime, stime


def per_thread(pid: int) -> dict[str, tuple[int, int]]:
    """For each thread id: (context switches, nanoseconds on a CPU)."""
    result = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            switches = sum(int(line.split()[1]) for line in (task / "status").read_text().splitlines()
                           if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")))
            run_ns = int((task / "schedstat").read_text().split()[0])
        except (FileNotFoundError, ProcessLookupError):  # the thread ended meanwhile
            continue
        result[task.name] = (switches, run_ns)
    return result


def growth(before: dict, after: dict, index: int) -> int:
    """How much a per-thread counter grew; threads started meanwhile count from 0."""
    return sum(after[tid][index] - before.get(tid, (0, 0))[index] for tid in after)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--settle", type=float, default=10.0)
    args = parser.parse_args()
    data_dir = tempfile.mkdtemp(prefix="fibro-bench-pacing-")
    Path(data_dir, "preferences.ini").write_text("[general]\nwelcome_seen=true\n")
    env = dict(os.environ, PYTHONPATH=str(HERE.parent))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    child = subprocess.Popen([sys.executable, "-c", CHILD_CODE, data_dir], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env)
    try:
        for line in child.stdout:
            if line.startswith("HIDDEN"):
                armed = line.split(None, 1)[1].strip()
                break
        else:
            raise RuntimeError(f"the app never became ready (exit {child.wait()})")
        time.sleep(args.settle)
        cpu0, before, wall0 = cpu_seconds(child.pid), per_thread(child.pid), time.monotonic()
        time.sleep(args.seconds)
        cpu1, after, wall1 = cpu_seconds(child.pid), per_thread(child.pid), time.monotonic()
        threads = len(after)
    finally:
        child.terminate()
        child.wait(timeout=30)
    span = wall1 - wall0
    run_s = growth(before, after, 1) / 1e9
    cpu_percent = 100 * max(run_s, cpu1 - cpu0) / span
    switches = growth(before, after, 0)
    wakeups = switches / span
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"hidden for {span:.1f} s, {threads} threads; break timer armed, next wake-up in ms: {armed}")
    print(f"CPU: {run_s * 1000:.2f} ms on a CPU (schedstat), {cpu1 - cpu0:.2f} s (stat) "
          f"= {cpu_percent:.4f} % of one core (budget < 1 %)")
    print(f"wake-ups: {switches} context switches = {wakeups:.3f} per second (budget <= 1)")
    ok = cpu_percent < 1.0 and wakeups <= 1.0
    print("within budget" if ok else "OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
