"""Start-up benchmark: time from process start to the first window paint.

Runs a bare PySide6 QMainWindow with five QLabel tabs and the real app
(prepared data folder, welcome already seen) alternately, N times each, in
fresh processes, and prints medians, peak memory and the ratio app/bare.
Budget (issue 2): ratio <= 1.3.

    python benchmarks/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHILD = HERE / "_first_paint.py"


def one_run(kind: str, data_dir: str) -> tuple[float, float, float]:
    """Seconds from spawn to first paint and to ready, and peak RSS in MiB."""
    env = dict(os.environ, PYTHONPATH=str(HERE.parent))
    # An everyday start has bytecode caches (see startup_x11.py): let the warm-up write them.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, str(CHILD), kind, data_dir], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env)
    painted = None
    for line in child.stdout:
        if line.startswith("PAINTED"):
            painted = time.perf_counter() - start
        elif line.startswith("READY"):
            ready = time.perf_counter() - start
            peak_mib = int(line.split()[1]) / 1024
            break
    else:
        raise RuntimeError(f"{kind} never became ready (exit {child.wait()})")
    child.wait(timeout=30)
    return painted, ready, peak_mib


def prepare_data_dir() -> str:
    folder = tempfile.mkdtemp(prefix="fibro-bench-")
    Path(folder, "preferences.ini").write_text("[general]\nwelcome_seen=true\n")
    # One start creates and migrates the database, as on a normal day.
    one_run("app", folder)
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    data_dir = prepare_data_dir()
    one_run("bare", data_dir)  # warm the OS file cache for both
    results: dict[str, list[tuple[float, float, float]]] = {"bare": [], "app": []}
    for _ in range(args.runs):
        for kind in ("bare", "app"):
            results[kind].append(one_run(kind, data_dir))
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', 'offscreen')}")
    medians = {}
    for kind, runs in results.items():
        times = [painted for painted, _, _ in runs]
        medians[kind] = statistics.median(times)
        ready = statistics.median(r for _, r, _ in runs)
        print(f"{kind:>4}: first paint median {medians[kind] * 1000:4.0f} ms (min {min(times) * 1000:.0f}, "
              f"max {max(times) * 1000:.0f}, n={len(times)}); ready median {ready * 1000:4.0f} ms; "
              f"peak memory {max(m for _, _, m in runs):.0f} MiB")
    ratio = medians["app"] / medians["bare"]
    print(f"first-paint ratio app/bare: {ratio:.2f}  (budget <= 1.30: {'met' if ratio <= 1.3 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
