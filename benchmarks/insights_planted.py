"""Planted-truth benchmark of the insight statistics (issue 15).

Synthetic two-year journals with known effects (tests/core/insights/planted.py)
over ``--seeds`` seeds. Checks, as the issue sets them:

* every real trigger effect recovered within ±20 % of its multiplier by the
  adjusted method (Poisson model with all triggers and a time curve);
* the no-effect trigger flagged (Benjamini–Yekutieli discovery, either
  window) in at most 1 seed of 20 (1 in 20 for longer runs);
* triggers noted only on spasm entries never get a ratio (both habits);
* reliefs ranked in their true order, the one with 7 ratings unranked;
* a planted change between two four-week windows found (rate ×0.4,
  intensity −1.5 points, length ×0.6) and "no clear change" when none is
  planted, each in at least 90 % of seeds (our threshold: a 95 % range
  misses by design now and then). How often a halving is found is printed
  beside it, not checked: four weeks of counts find it about 93 % of the time.

These are chance events: a fixed set of seeds can fail a strict criterion
by bad luck, so ``--first-seed 100 --seeds 100`` runs a fresh, larger set
to show the rates behind the figures.

Prints one table per check with the other readings (by month, crude, and
the share-of-days ratio the app showed before) for comparison; exits 1 when
a check fails.

    python benchmarks/insights_planted.py [--seeds 20] [--first-seed 0]   # exit 0: PASS, 1: FAIL
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.core.insights.planted import (  # noqa: E402
    HALVED_RATE,
    NO_EFFECT,
    NOTED_ONLY,
    SAME_DAY,
    TRUE_RELIEF_ORDER,
    WINDOW_CHANGE,
    SeedOutcome,
    evaluate_seed,
)

TOLERANCE = 0.20
METHODS = ("adjusted", "by month", "crude", "before (share of days)")


def _within(estimate: float | None, truth: float) -> bool:
    return estimate is not None and abs(estimate / truth - 1) <= TOLERANCE


def effect_table(outcomes: list[SeedOutcome]) -> tuple[list[str], bool]:
    """Median estimate and seeds within ±20 % per real effect and method."""
    lines = ["| effect | planted | " + " | ".join(METHODS) + " |", "|---|---|" + "---|" * len(METHODS)]
    ok = True
    keys = [k for k, v in outcomes[0].effects.items() if v[0] != 1.0]
    for key in sorted(keys, key=lambda k: (k[1], k[0])):
        truth = outcomes[0].effects[key][0]
        cells = []
        for m in range(len(METHODS)):
            values = [o.effects[key][1 + m] for o in outcomes]
            inside = sum(_within(v, truth) for v in values)
            known = [v for v in values if v is not None]
            cells.append(f"{statistics.median(known):.2f} ({min(known):.2f}–{max(known):.2f}), "
                         f"{inside}/{len(values)} within" if known else "—")
            if m == 0:
                ok &= inside == len(values)
        lines.append(f"| {key[0]}, {key[1].replace('_', ' ')} | ×{truth:g} | " + " | ".join(cells) + " |")
    return lines, ok


def null_table(outcomes: list[SeedOutcome]) -> tuple[list[str], bool]:
    n = len(outcomes)
    flagged = {m: sum(o.no_effect_flagged[m] for o in outcomes) for m in ("adjusted", "by_month", "crude", "old")}
    other = sum(d for o in outcomes for k, d in o.null_discoveries.items() if k[0] != NO_EFFECT)
    cells = sum(1 for o in outcomes for k in o.null_discoveries if k[0] != NO_EFFECT)
    medians = {w: statistics.median(o.effects[(NO_EFFECT, w)][1] or 1.0 for o in outcomes)
               for w in ("same_day", "next_day")}
    lines = [
        f"| no-effect trigger ({NO_EFFECT}) | seeds flagged of {n} |", "|---|---|",
        f"| adjusted, Benjamini–Yekutieli discovery (either window) | {flagged['adjusted']} |",
        f"| by month, range excludes 1 | {flagged['by_month']} |",
        f"| crude, range excludes 1 | {flagged['crude']} |",
        f"| before (share of days), range excludes 1 | {flagged['old']} |",
        f"| adjusted median ratio, same day / next day | {medians['same_day']:.2f} / {medians['next_day']:.2f} |",
        f"| other no-effect cells called a discovery | {other} of {cells} |",
    ]
    return lines, flagged["adjusted"] <= max(1, n // 20)  # the issue: at most 1 of 20 seeds


def habit_table(outcomes: list[SeedOutcome]) -> tuple[list[str], bool]:
    ratios_b = sum(o.episodes_only_ratios for o in outcomes)
    noted_a = all(list(o.noted_only) == [NOTED_ONLY] for o in outcomes)
    noted_b = all(set(o.episodes_only_noted) == set(SAME_DAY) | {NOTED_ONLY} for o in outcomes)
    before = [o.episodes_only_old_no_effect for o in outcomes if o.episodes_only_old_no_effect is not None]
    counted_a = sum(NOTED_ONLY in o.noted_only for o in outcomes)
    counted_b = sum(1 for o in outcomes if len(o.episodes_only_noted) == 6)
    lines = [
        "| logging habit | ratios shown for triggers noted only on spasms | shown as counts |", "|---|---|---|",
        f"| triggers in check-ins | 0 for {NOTED_ONLY} | {NOTED_ONLY} in {counted_a}/{len(outcomes)} seeds |",
        f"| triggers only on spasm entries | {ratios_b} | all 6 in {counted_b}/{len(outcomes)} seeds |",
        f"| (before: {NO_EFFECT} under the second habit) | median {statistics.median(before):.2f}× | |",
    ]
    return lines, ratios_b == 0 and noted_a and noted_b


def relief_table(outcomes: list[SeedOutcome]) -> tuple[list[str], bool]:
    right = sum(o.relief_order == TRUE_RELIEF_ORDER for o in outcomes)
    unranked = sum(o.relief_unranked == ["new_cream"] for o in outcomes)
    lines = ["| reliefs | seeds |", "|---|---|",
             f"| ranked in the true order ({' > '.join(TRUE_RELIEF_ORDER)}) | {right}/{len(outcomes)} |",
             f"| 7-rating relief (true share 95 %) left unranked | {unranked}/{len(outcomes)} |"]
    return lines, right == unranked == len(outcomes)


def window_table(outcomes: list[SeedOutcome]) -> tuple[list[str], bool]:
    lines = ["| measuring the difference | change found when planted | \"no clear change\" when none |",
             "|---|---|---|"]
    ok = True
    n = len(outcomes)
    for metric in ("rate", "intensity", "duration"):
        found = sum(o.changed[metric] == "lower" for o in outcomes)
        quiet = sum(o.unchanged[metric] == "no_clear_change" for o in outcomes)
        planted = f"{WINDOW_CHANGE[metric]:+g} points" if metric == "intensity" else f"×{WINDOW_CHANGE[metric]:g}"
        lines.append(f"| {metric} (planted {planted}) | {found}/{n} | {quiet}/{n} |")
        ok &= found >= 0.9 * n and quiet >= 0.9 * n
    halved = sum(o.halved == "lower" for o in outcomes)
    lines.append(f"| rate halved (×{HALVED_RATE:g}; reported, not a criterion) | {halved}/{n} | |")
    return lines, ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--first-seed", type=int, default=0, help="seeds run from here (a fresh set: e.g. 100)")
    args = parser.parse_args()
    started = time.perf_counter()
    outcomes = [evaluate_seed(seed) for seed in range(args.first_seed, args.first_seed + args.seeds)]
    elapsed = time.perf_counter() - started
    verdicts = {}
    for title, build in (("Trigger effects: median (min–max) over seeds, seeds within ±20 %", effect_table),
                         ("No-effect trigger", null_table), ("Triggers noted only on spasm entries", habit_table),
                         ("What helped", relief_table), ("Measuring the difference (28-day windows)", window_table)):
        lines, ok = build(outcomes)
        verdicts[title] = ok
        print(f"\n{title}: {'PASS' if ok else 'FAIL'}\n")
        print("\n".join(lines))
    print(f"\n{args.seeds} seeds (from {args.first_seed}) in {elapsed:.1f} s on {platform.machine()}, "
          f"{os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()} {platform.release()}")
    return 0 if all(verdicts.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
