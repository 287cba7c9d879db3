"""Every threshold of the warning-sign (red-flag) rules, in one table.

Each row says which rule uses it, the value, the window of days it looks
at and why: the reason ties it to the domain's "when to seek medical
attention". The rules in :mod:`fibro_desktop.core.journal.red_flags` read
the values through :class:`Thresholds` (built from this table, so there is
one source), and ``docs/journal.md`` shows the same table (a test compares
them). Tests may pass a changed :class:`Thresholds` with
``dataclasses.replace``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True)
class Limit:
    """One threshold: ``key`` names the :class:`Thresholds` field.

    ``window_days`` is how many days the rule looks at (0 for a single
    entry); ``why`` is the plain reason, for the docs and the reader.
    """

    key: str
    rule: str
    value: float
    window_days: int
    why: str


HOUR = 3600

LIMITS: tuple[Limit, ...] = (
    Limit("long_spasm_s", "prolonged", 2 * HOUR, 0,
          "A single spasm of any kind lasting hours is 'prolonged' in the source's words."),
    Limit("long_episode_s", "prolonged", 30 * 60, 7,
          "Half an hour is long for one spasm; several such in a week are 'prolonged' as a pattern."),
    Limit("long_episodes_in_week", "prolonged", 3, 7,
          "Three long spasms in seven days is a pattern, not a one-off."),
    Limit("still_going_s", "still_going", 3 * HOUR, 0,
          "An episode logged as still going that has not ended after several hours."),
    Limit("constant_per_day", "constant", 4, 7,
          "Several spasms a day, every day, is 'constant' even with no earlier weeks to compare."),
    Limit("constant_days", "constant", 6, 7,
          "Most days of a week (one day without a log is allowed for)."),
    Limit("nights_in_week", "night_spasms", 5, 7,
          "Night spasms on most nights of any week ('every night' in the source)."),
    Limit("nights_in_a_row", "night_spasms", 4, 7,
          "Four nights running is already 'every night' for the person living it."),
    Limit("worse_ratio", "worsening", 1.5, 56,
          "Half as many spasms again in the last 28 days as in the 28 before."),
    Limit("worse_chance", "worsening", 0.05, 56,
          "And more than chance: the odds of so uneven a split are below 5 %."),
    Limit("worse_intensity_rise", "worsening", 2, 56,
          "Or the typical (median) intensity two points higher than the 28 days before."),
    Limit("worse_min_each", "worsening", 4, 56,
          "A median needs a few episodes in both periods before it says anything."),
    Limit("routine_kept_share", "worsening", 0.5, 28,
          "A day counts as 'routine kept' when at least half of its items were done."),
    Limit("routine_kept_days", "worsening", 14, 28,
          "Worse 'despite the routine' is said only when it was kept on half the days or more."),
    Limit("mobility_impact", "mobility", 8, 0,
          "An episode that limited moving around 8 of 10 or more ('badly limiting mobility')."),
    Limit("checkin_mobility", "mobility", 2, 0,
          "A check-in's 'moving about' of 2 of 10 or less: hardly able to move that day."),
    Limit("moving_low", "mobility", 4, 7,
          "A 'moving about' of 4 of 10 or less is moderate difficulty moving."),
    Limit("moving_low_days", "mobility", 5, 7,
          "Moderate difficulty moving on most days of a week is worth a doctor's opinion too."),
)


@dataclass(frozen=True)
class Thresholds:
    """The values of :data:`LIMITS` by key (seconds, counts, ratios, 0-10 scores)."""

    long_spasm_s: int
    long_episode_s: int
    long_episodes_in_week: int
    still_going_s: int
    constant_per_day: int
    constant_days: int
    nights_in_week: int
    nights_in_a_row: int
    worse_ratio: float
    worse_chance: float
    worse_intensity_rise: float
    worse_min_each: int
    routine_kept_share: float
    routine_kept_days: int
    mobility_impact: int
    checkin_mobility: int
    moving_low: int
    moving_low_days: int


def _thresholds(limits: tuple[Limit, ...]) -> Thresholds:
    values = {limit.key: limit.value for limit in limits}
    # Counts are whole numbers; Any because each field has its own type.
    typed: dict[str, Any] = {f.name: (float(values[f.name]) if f.type == "float" else int(values[f.name]))
             for f in fields(Thresholds)}
    return Thresholds(**typed)


THRESHOLDS = _thresholds(LIMITS)

#: How many days of history the rules look at (two 28-day windows).
LOOKBACK_DAYS = 56
#: The week the pattern rules look at.
WEEK_DAYS = 7
#: The pattern rules look for a week that ends on any of the last 28 days,
#: not only on today: a bad week noticed late is still worth a word.
PATTERN_SCAN_DAYS = 28
