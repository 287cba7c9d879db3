"""Frozen build benchmark: size on disk, and start-up of the frozen app
against the same app run from source.

Runs ``python -m fibro_desktop`` and the frozen ``dist/fibro-desktop``
alternately, N times each, in fresh processes with a prepared data folder
(database created, welcome seen), and reports the median time from spawn to
the first paint of the window and to "ready" (database open, first page
built), using the app's start-up probe (``FIBRO_DESKTOP_STARTUP_PROBE=1``).
Budgets (issue 9): first paint of the frozen app <= 1.5x from source; the
one-folder build < 200 MB; the Linux archive < 90 MB.

    python benchmarks/frozen_startup.py [--runs 7]   (after packaging/build.py)
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

from build import DIST, folder_size, frozen_executable  # noqa: E402

PROBE_ENV = "FIBRO_DESKTOP_STARTUP_PROBE"


def one_run(command: list[str], data_dir: str) -> tuple[float, float]:
    """Seconds from spawn to the first paint and to ready."""
    env = dict(os.environ, **{PROBE_ENV: "1"})
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    child = subprocess.Popen([*command, "--data-dir", data_dir], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    painted = None
    for line in child.stdout:
        if line.startswith("PAINTED"):
            painted = time.perf_counter() - start
        elif line.startswith("READY"):
            ready = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{command[0]} never became ready (exit {child.wait()})")
    child.wait(timeout=30)
    return painted, ready


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    commands = {"source": [sys.executable, "-m", "fibro_desktop"], "frozen": [str(frozen_executable())]}
    data_dir = tempfile.mkdtemp(prefix="fibro-frozen-bench-")
    Path(data_dir, "preferences.ini").write_text("[general]\nwelcome_seen=true\n")
    for command in commands.values():  # create the database; warm the file cache
        one_run(command, data_dir)
    results: dict[str, list[tuple[float, float]]] = {kind: [] for kind in commands}
    for _ in range(args.runs):
        for kind, command in commands.items():
            results[kind].append(one_run(command, data_dir))
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', 'offscreen')}")
    medians = {}
    for kind, runs in results.items():
        paints = [p for p, _ in runs]
        medians[kind] = statistics.median(paints)
        print(f"{kind:>6}: first paint median {medians[kind] * 1000:4.0f} ms (min {min(paints) * 1000:.0f}, "
              f"max {max(paints) * 1000:.0f}, n={len(paints)}); "
              f"ready median {statistics.median(r for _, r in runs) * 1000:4.0f} ms")
    ratio = medians["frozen"] / medians["source"]
    print(f"first-paint ratio frozen/source: {ratio:.2f}  (budget <= 1.50: {'met' if ratio <= 1.5 else 'NOT met'})")
    size = folder_size(DIST / "fibro-desktop")
    print(f"one-folder build: {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB)  (budget < 200 MB: "
          f"{'met' if size < 200e6 else 'NOT met'})")
    for archive in sorted(DIST.glob("fibro-desktop-*.tar.gz")):
        archive_size = archive.stat().st_size
        print(f"{archive.name}: {archive_size / 1e6:.1f} MB  (budget < 90 MB: "
              f"{'met' if archive_size < 90e6 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
