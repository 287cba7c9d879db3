"""The planted-truth benchmark in small (3 seeds; the full 20 are
benchmarks/insights_planted.py): known effects come back, noise does not
become a finding, triggers noted only on spasms never get a ratio. The
benchmark script itself runs here on 3 seeds, so its pass/fail exit code
is checked in CI too (about a second of CPU)."""

import statistics
import subprocess
import sys
from pathlib import Path

import pytest

from fibro_desktop.core.insights.window_change import hodges_lehmann, rate_change
from tests.core.insights.planted import (
    NO_EFFECT,
    NOTED_ONLY,
    SAME_DAY,
    TRUE_RELIEF_ORDER,
    evaluate_seed,
    planted_windows,
)

SEEDS = (0, 1, 2)


@pytest.fixture(scope="module")
def outcomes():
    return [evaluate_seed(seed) for seed in SEEDS]


def test_real_effects_come_back_within_twenty_percent_in_the_middle_seed(outcomes):
    for key, (truth, *_rest) in outcomes[0].effects.items():
        if truth == 1.0:
            continue
        adjusted = statistics.median(o.effects[key][1] for o in outcomes)
        assert abs(adjusted / truth - 1) <= 0.20, (key, adjusted)


def test_adjusting_for_time_removes_the_winter_confounding_of_cold(outcomes):
    for o in outcomes:
        truth, adjusted, by_month, crude, _before = o.effects[("cold", "same_day")]
        assert abs(adjusted / truth - 1) < abs(crude / truth - 1)
        assert abs(by_month / truth - 1) < abs(crude / truth - 1)


def test_the_old_share_of_days_ratio_saturated(outcomes):
    for o in outcomes:
        assert o.effects[("stress", "same_day")][4] < 1.3  # planted ×1.8


def test_the_no_effect_trigger_is_at_most_once_a_discovery(outcomes):
    assert sum(o.no_effect_flagged["adjusted"] for o in outcomes) <= 1
    for o in outcomes:
        assert all(o.effects[(NO_EFFECT, w)][1] == pytest.approx(1.0, abs=0.25) for w in ("same_day", "next_day"))


def test_triggers_noted_only_on_spasms_are_counts_never_ratios(outcomes):
    for o in outcomes:
        assert list(o.noted_only) == [NOTED_ONLY]
        assert o.episodes_only_ratios == 0
        assert set(o.episodes_only_noted) == set(SAME_DAY) | {NOTED_ONLY}


def test_reliefs_rank_in_their_true_order(outcomes):
    for o in outcomes:
        assert o.relief_order == TRUE_RELIEF_ORDER and o.relief_unranked == ["new_cream"]


def test_a_planted_change_is_found_and_no_change_is_not_invented():
    """The window records are cheap, so this one runs the benchmark's 20
    seeds with its criterion: found, and "no clear change" when nothing
    was planted, each in at least 90 % of seeds."""
    found = {m: 0 for m in ("rate", "intensity", "duration")}
    quiet = dict(found)
    for seed in range(20):
        for changed, tally, expected in ((True, found, "lower"), (False, quiet, "no_clear_change")):
            w = planted_windows(seed, changed)
            tally["rate"] += rate_change(*w.day_counts).verdict == expected
            tally["intensity"] += hodges_lehmann(*w.intensity).verdict == expected
            tally["duration"] += hodges_lehmann(*w.duration_s, relative=True).verdict == expected
    assert all(n >= 18 for n in found.values()), found
    assert all(n >= 18 for n in quiet.values()), quiet


def test_the_benchmark_script_passes_on_three_seeds_and_says_so():
    root = Path(__file__).resolve().parents[3]
    result = subprocess.run([sys.executable, str(root / "benchmarks" / "insights_planted.py"), "--seeds", "3"],
                            capture_output=True, text=True, cwd=root, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "FAIL" not in result.stdout and result.stdout.count(": PASS") == 5
