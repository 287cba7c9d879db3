"""Pacing benchmark: CPU and wake-ups of the app hidden in the tray.

Starts the real app (``run_gui``, demo data, the break timer on with the
standard rhythm) in a fresh process, hides its window once it is ready (as
closing to the tray does), lets it settle, then measures for ``--seconds``:

* CPU: user + system time of the process (all threads) from ``/proc``;
* wake-ups: context switches of all its threads (voluntary + involuntary),
  which counts every time any thread was woken, timers included.

A bare Qt window (``QMainWindow``, shown then hidden the same way) is
measured side by side in the same run, as the yardstick (issue 17).

Budget (issue 17, hidden in the tray): at most 0.2 wake-ups a second and
under 0.05 % of one core (issue 4's was 1 and 1 %). Linux only (reads
``/proc``).

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
BARE_CODE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()

def hide():
    window.hide()
    print("HIDDEN []", flush=True)

QTimer.singleShot(500, hide)
sys.exit(app.exec())
"""
#: Budgets hidden in the tray (issue 17).
MAX_WAKEUPS_PER_S = 0.2
MAX_CPU_PERCENT = 0.05


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


def start(code: str, data_dir: str, env: dict) -> tuple[subprocess.Popen, str]:
    """Start a child and wait until it says its window is hidden."""
    child = subprocess.Popen([sys.executable, "-c", code, data_dir], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env)
    for line in child.stdout:
        if line.startswith("HIDDEN"):
            return child, line.split(None, 1)[1].strip()
    raise RuntimeError(f"a child never became ready (exit {child.wait()})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--settle", type=float, default=10.0)
    args = parser.parse_args()
    data_dir = tempfile.mkdtemp(prefix="fibro-bench-pacing-")
    Path(data_dir, "preferences.ini").write_text("[general]\nwelcome_seen=true\n")
    env = dict(os.environ, PYTHONPATH=str(HERE.parent))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    children: dict[str, subprocess.Popen] = {}
    try:
        children["app"], armed = start(CHILD_CODE, data_dir, env)
        children["bare Qt window"], _ = start(BARE_CODE, data_dir, env)
        time.sleep(args.settle)
        before = {name: (cpu_seconds(c.pid), per_thread(c.pid)) for name, c in children.items()}
        wall0 = time.monotonic()
        time.sleep(args.seconds)
        after = {name: (cpu_seconds(c.pid), per_thread(c.pid)) for name, c in children.items()}
        span = time.monotonic() - wall0
    finally:
        for child in children.values():
            child.terminate()
            child.wait(timeout=30)
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"hidden for {span:.1f} s, side by side; app's break timer armed, next wake-up in ms: {armed}")
    ok = True
    for name in children:
        (cpu0, threads0), (cpu1, threads1) = before[name], after[name]
        run_s = growth(threads0, threads1, 1) / 1e9
        cpu_percent = 100 * max(run_s, cpu1 - cpu0) / span
        switches = growth(threads0, threads1, 0)
        wakeups = switches / span
        print(f"{name}: {len(threads1)} threads; CPU {run_s * 1000:.2f} ms on a CPU (schedstat), "
              f"{cpu1 - cpu0:.2f} s (stat) = {cpu_percent:.4f} % of one core; "
              f"wake-ups: {switches} context switches = {wakeups:.3f} per second")
        if name == "app":
            ok = cpu_percent < MAX_CPU_PERCENT and wakeups <= MAX_WAKEUPS_PER_S
    print(f"app within budget (<= {MAX_WAKEUPS_PER_S} wake-ups/s, < {MAX_CPU_PERCENT} % CPU)" if ok
          else "app OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
