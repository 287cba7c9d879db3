"""Red-flag rules: patterns in the journal that are worth a doctor's opinion.

The rules never diagnose. Each one notices a pattern the domain lists under
"when to seek medical attention" and names it with a stable ``event_key`` so
the same event is raised once, however often the rules run. Every threshold
is in :data:`THRESHOLDS`, and the rules are pure: the episodes, check-ins and
the current day are passed in.

The rules:

``neuro_signs``
    an episode with weakness, numbness or loss of balance (one flag per episode);
``body_signs``
    an episode with fever, a racing heart or muscle swelling (one per episode);
``night_spasms``
    night spasms (kind "nocturnal" or "it woke me up") on at least
    ``nights_in_week`` of the last 7 nights, or on ``nights_in_a_row``
    nights in a row (one flag per ISO week);
``prolonged``
    a long-tension episode of at least ``long_tonic_s``, or at least
    ``long_episodes_in_week`` episodes of ``long_episode_s`` or more within
    7 days (one per episode, or one per ISO week);
``worsening``
    the last 28 days clearly worse than the 28 before: at least
    ``worse_ratio`` times as many episodes, and more than chance would
    give (if both periods were alike, each episode would fall in either
    half with even odds; the rule needs a one-sided binomial tail below
    ``worse_chance``, so an ordinary ups-and-downs month does not fire), or a
    median intensity ``worse_intensity_rise`` points higher with at
    least ``worse_min_each`` episodes in both (one per ISO week);
``mobility``
    mobility badly limited: an episode's mobility impact of at least
    ``mobility_impact`` or a check-in's mobility of at most
    ``checkin_mobility`` (one per episode or check-in day).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from math import comb
from statistics import median

from fibro_desktop.core.journal.records import CheckIn, Episode, RedFlag

NEURO_SIGNS = frozenset({"weakness", "numbness", "loss_of_balance"})
BODY_SIGNS = frozenset({"fever", "rapid_heart_rate", "muscle_swelling"})


@dataclass(frozen=True)
class Thresholds:
    nights_in_week: int = 5
    nights_in_a_row: int = 4
    long_tonic_s: int = 2 * 3600
    long_episode_s: int = 30 * 60
    long_episodes_in_week: int = 3
    worse_ratio: float = 1.5
    worse_chance: float = 0.05
    worse_intensity_rise: float = 2.0
    worse_min_each: int = 4
    mobility_impact: int = 8
    checkin_mobility: int = 2


THRESHOLDS = Thresholds()
#: How many days of history the rules look at (two 28-day windows).
LOOKBACK_DAYS = 56


def _week_key(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _is_night_spasm(episode: Episode) -> bool:
    return episode.kind == "nocturnal" or episode.sleep_state == "woke_me"


def find_red_flags(episodes: Iterable[Episode], checkins: Iterable[CheckIn], today: date,
                   limits: Thresholds = THRESHOLDS) -> list[RedFlag]:
    """Every red flag the history up to ``today`` (local day) shows.

    ``episodes`` and ``checkins`` should cover at least the last
    :data:`LOOKBACK_DAYS` days; older ones are ignored by the window rules.
    """
    episodes = [e for e in episodes if e.day <= today]
    flags: list[RedFlag] = []
    for episode in episodes:
        neuro = sorted(episode.warnings & NEURO_SIGNS)
        if neuro:
            flags.append(RedFlag("neuro_signs", f"neuro_signs:{episode.uid}", episode.day,
                                 "An episode came with: " + ", ".join(neuro).replace("_", " ") + "."))
        body = sorted(episode.warnings & BODY_SIGNS)
        if body:
            flags.append(RedFlag("body_signs", f"body_signs:{episode.uid}", episode.day,
                                 "An episode came with: " + ", ".join(body).replace("_", " ") + "."))
        # An unknown duration is never "long", whatever the minimum.
        if (episode.kind == "tonic" and episode.duration_s is not None
                and episode.duration_s >= limits.long_tonic_s):
            hours = episode.duration_s / 3600
            flags.append(RedFlag("prolonged", f"prolonged:{episode.uid}", episode.day,
                                 f"A long-tension episode lasted {hours:.1f} hours."))
        if episode.impact_mobility is not None and episode.impact_mobility >= limits.mobility_impact:
            flags.append(RedFlag("mobility", f"mobility:{episode.uid}", episode.day,
                                 f"An episode limited movement badly ({episode.impact_mobility} of 10)."))
    for checkin in checkins:
        if checkin.day <= today and checkin.mobility is not None and checkin.mobility <= limits.checkin_mobility:
            flags.append(RedFlag("mobility", f"mobility:checkin:{checkin.day.isoformat()}", checkin.day,
                                 f"The day's check-in rated moving freely {checkin.mobility} of 10."))
    flags.extend(_night_flags(episodes, today, limits))
    flags.extend(_week_of_long_episodes(episodes, today, limits))
    flags.extend(_worsening(episodes, today, limits))
    return flags


def _night_flags(episodes: list[Episode], today: date, limits: Thresholds) -> list[RedFlag]:
    nights = {e.day for e in episodes if _is_night_spasm(e)}
    last_week = [today - timedelta(days=i) for i in range(7)]
    in_week = sum(1 for d in last_week if d in nights)
    run = 0
    day = today
    while day in nights:
        run += 1
        day -= timedelta(days=1)
    if in_week >= limits.nights_in_week or run >= limits.nights_in_a_row:
        detail = (f"Spasms at night on {in_week} of the last 7 nights"
                  + (f", {run} nights in a row." if run >= limits.nights_in_a_row else "."))
        return [RedFlag("night_spasms", f"night_spasms:{_week_key(today)}", today, detail)]
    return []


def _week_of_long_episodes(episodes: list[Episode], today: date, limits: Thresholds) -> list[RedFlag]:
    start = today - timedelta(days=6)
    long_ones = [e for e in episodes if start <= e.day <= today
                 and (e.duration_s or 0) >= limits.long_episode_s]
    if len(long_ones) >= limits.long_episodes_in_week:
        minutes = limits.long_episode_s // 60
        return [RedFlag("prolonged", f"prolonged:{_week_key(today)}", today,
                        f"{len(long_ones)} episodes of {minutes} minutes or more in the last 7 days.")]
    return []


def _upper_tail(k: int, n: int) -> float:
    """P(X >= k) for X ~ Binomial(n, 1/2)."""
    outcomes: int = 2 ** n  # int ** int is typed Any (a negative power gives a float)
    return sum(comb(n, i) for i in range(k, n + 1)) / outcomes


def _worsening(episodes: list[Episode], today: date, limits: Thresholds) -> list[RedFlag]:
    recent_start = today - timedelta(days=27)
    before_start = recent_start - timedelta(days=28)
    recent = [e for e in episodes if recent_start <= e.day <= today]
    before = [e for e in episodes if before_start <= e.day < recent_start]
    more = (len(before) > 0 and len(recent) >= limits.worse_ratio * len(before)
            and _upper_tail(len(recent), len(recent) + len(before)) < limits.worse_chance)
    stronger = False
    if len(recent) >= limits.worse_min_each and len(before) >= limits.worse_min_each:
        stronger = (median(e.intensity for e in recent) - median(e.intensity for e in before)
                    >= limits.worse_intensity_rise)
    if not (more or stronger):
        return []
    parts = []
    if more:
        parts.append(f"{len(recent)} episodes in the last 4 weeks against {len(before)} in the 4 before")
    if stronger:
        parts.append(f"typical intensity {median(e.intensity for e in recent):g} against "
                     f"{median(e.intensity for e in before):g}")
    return [RedFlag("worsening", f"worsening:{_week_key(today)}", today, "; ".join(parts) + ".")]
