"""Kill a writing process at random moments and check that nothing is lost.

Used by ``tests/data_safety/test_crash.py`` (short) and
``benchmarks/data_safety.py --crash N`` (long, 100+ rounds).
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

WRITER = Path(__file__).with_name("crash_writer.py")


def one_round(data_dir: Path, rng: random.Random) -> tuple[int, list[str]]:
    """Run the writer, SIGKILL it after a random moment; return (committed, problems)."""
    child = subprocess.Popen([sys.executable, str(WRITER), str(data_dir)], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(0.0, 0.25))
    child.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no clean-up either way
    out, _ = child.communicate()
    reported = [line.strip() for line in out.splitlines() if line.strip()]
    problems = []
    conn = sqlite3.connect(data_dir / "fibro.sqlite3")
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            problems.append("integrity_check failed")
        stored = {row[0] for row in conn.execute("SELECT uid FROM episode")}
        missing = [uid for uid in reported if uid not in stored]
        if missing:
            problems.append(f"{len(missing)} committed episodes missing")
        half = conn.execute("SELECT count(*) FROM episode e WHERE (SELECT count(*) FROM episode_muscle m"
                            " WHERE m.episode_id = e.id) != 2").fetchone()[0]
        if half:
            problems.append(f"{half} episodes half written")
    finally:
        conn.close()
    return len(reported), problems


def run(data_dir: Path, rounds: int, seed: int = 8) -> tuple[int, list[str]]:
    rng = random.Random(seed)
    total, problems = 0, []
    for number in range(rounds):
        committed, found = one_round(data_dir, rng)
        total += committed
        problems.extend(f"round {number + 1}: {p}" for p in found)
    return total, problems
