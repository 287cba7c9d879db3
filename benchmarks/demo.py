"""Demo data benchmark: how long each feature's sample year takes to write.

The test suite checks that the demo data is plausible and deterministic;
how fast it is made is measured here (budget: under 2 s per generator on the
2-core development machine, so ``--demo`` starts promptly).

    python benchmarks/demo.py [--runs 5]
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BUDGET_S = 2.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from fibro_desktop.demo import DEMO_SEED, GENERATORS, DemoContext
    from fibro_desktop.store.database import open_database

    now = datetime(2026, 11, 24, 18, 0, tzinfo=UTC).astimezone()
    timings: dict[str, list[float]] = {}
    for run in range(args.runs):
        with tempfile.TemporaryDirectory() as folder:
            db = open_database(Path(folder) / f"run{run}", now=now)
            for generate in GENERATORS:
                name = generate.__module__.rsplit(".", 1)[-1]
                started = time.perf_counter()
                generate(db, DemoContext(now=now, rng=random.Random(DEMO_SEED)))
                timings.setdefault(name, []).append(time.perf_counter() - started)
            db.close()
    print(f"machine: {platform.machine()}, Python {platform.python_version()}, {args.runs} runs")
    over = False
    for name, samples in timings.items():
        median = statistics.median(samples)
        over |= median > BUDGET_S
        print(f"{name:<10} median {median * 1000:.0f} ms (min {min(samples) * 1000:.0f}, "
              f"max {max(samples) * 1000:.0f}); budget {BUDGET_S * 1000:.0f} ms")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
