"""Red-flag rules over a week or more (see :mod:`~fibro_desktop.core.journal.red_flags`).

``night_spasms``
    night spasms (kind "nocturnal" or "it woke me up") on at least
    ``nights_in_week`` of 7 nights, or on ``nights_in_a_row`` nights in a row;
``constant``
    ``constant_per_day`` or more spasms a day on at least ``constant_days``
    of 7 days, with no earlier weeks needed to compare;
``prolonged``
    ``long_episodes_in_week`` spasms of ``long_episode_s`` or more in 7 days;
``mobility``
    a check-in's "moving about" of ``moving_low`` or less on at least
    ``moving_low_days`` of 7 days;
``worsening``
    the last 28 days clearly worse than the 28 before: at least
    ``worse_ratio`` times as many episodes, and more than chance would
    give (if both periods were alike, each episode would fall in either
    half with even odds; the rule needs a one-sided binomial tail below
    ``worse_chance``, so an ordinary ups-and-downs month does not fire), or a
    median intensity ``worse_intensity_rise`` points higher with at
    least ``worse_min_each`` episodes in both. The routine is read: when at
    least half of it was kept on ``routine_kept_days`` of the 28 days, the
    detail says so ("despite the routine" is then a fact, not a guess).

The weekly rules look at every 7-day week ending on one of the last
:data:`~fibro_desktop.core.journal.red_flag_limits.PATTERN_SCAN_DAYS` days,
not only the week ending today, and only at weeks whose last day itself
shows the pattern (so a week that has calmed down is not raised again). A
weekly flag is one per ISO week of that last day.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from math import comb
from statistics import median

from fibro_desktop.core.journal import flag_detail as d
from fibro_desktop.core.journal.records import CheckIn, Episode, RedFlag
from fibro_desktop.core.journal.red_flag_limits import PATTERN_SCAN_DAYS, WEEK_DAYS, Thresholds
from fibro_desktop.core.toolkit.routine import Adherence


def week_key(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _is_night_spasm(episode: Episode) -> bool:
    return episode.kind == "nocturnal" or episode.sleep_state == "woke_me"


def _week_ending(end: date) -> list[date]:
    return [end - timedelta(days=i) for i in range(WEEK_DAYS)]


def pattern_flags(episodes: list[Episode], checkins: list[CheckIn], routine: list[Adherence], today: date,
                  limits: Thresholds) -> list[RedFlag]:
    """The flags of every pattern rule up to ``today`` (see the module docstring)."""
    per_day = Counter(e.day for e in episodes)
    nights = {e.day for e in episodes if _is_night_spasm(e)}
    long_per_day = Counter(e.day for e in episodes
                           if e.duration_s is not None and e.duration_s >= limits.long_episode_s)
    low_days = {c.day for c in checkins if c.mobility is not None and c.mobility <= limits.moving_low}

    def nights_rule(end: date) -> d.Sentence | None:
        in_week = sum(1 for day in _week_ending(end) if day in nights)
        run = 0
        while end - timedelta(days=run) in nights:
            run += 1
        if run >= limits.nights_in_a_row:
            return d.Sentence(d.NIGHTS_IN_A_ROW, (d.Count(in_week), d.Count(run)))
        if end in nights and in_week >= limits.nights_in_week:
            return d.Sentence(d.NIGHTS_IN_WEEK, (d.Count(in_week),))
        return None

    def constant_rule(end: date) -> d.Sentence | None:
        busy = sum(1 for day in _week_ending(end) if per_day[day] >= limits.constant_per_day)
        if per_day[end] >= limits.constant_per_day and busy >= limits.constant_days:
            return d.Sentence(d.CONSTANT, (d.Count(limits.constant_per_day), d.Count(busy)))
        return None

    def long_rule(end: date) -> d.Sentence | None:
        count = sum(long_per_day[day] for day in _week_ending(end))
        if long_per_day[end] and count >= limits.long_episodes_in_week:
            return d.Sentence(d.LONG_IN_WEEK, (d.Count(count), d.Duration(limits.long_episode_s)))
        return None

    def moving_rule(end: date) -> d.Sentence | None:
        count = sum(1 for day in _week_ending(end) if day in low_days)
        if end in low_days and count >= limits.moving_low_days:
            return d.Sentence(d.MOVING_LOW_WEEK, (d.Count(limits.moving_low), d.Count(count)))
        return None

    flags: list[RedFlag] = []
    for rule, prefix, check in (("night_spasms", "night_spasms", nights_rule), ("constant", "constant", constant_rule),
                                ("prolonged", "prolonged", long_rule), ("mobility", "mobility:week", moving_rule)):
        flags.extend(_weekly(rule, prefix, check, today))
    flags.extend(_worsening(episodes, routine, today, limits))
    return flags


def _weekly(rule: str, prefix: str, check: Callable[[date], d.Sentence | None], today: date) -> list[RedFlag]:
    """One flag per ISO week for the weeks (ending on one of the scanned days)
    that ``check`` finds, the earliest of each ISO week."""
    found: dict[str, RedFlag] = {}
    for back in range(PATTERN_SCAN_DAYS - 1, -1, -1):
        end = today - timedelta(days=back)
        key = f"{prefix}:{week_key(end)}"
        if key in found:
            continue
        sentence = check(end)
        if sentence is not None:
            found[key] = RedFlag(rule, key, end, d.detail(sentence))
    return list(found.values())


def _upper_tail(k: int, n: int) -> float:
    """P(X >= k) for X ~ Binomial(n, 1/2)."""
    outcomes: int = 2 ** n  # int ** int is typed Any (a negative power gives a float)
    return sum(comb(n, i) for i in range(k, n + 1)) / outcomes


def _worsening(episodes: list[Episode], routine: list[Adherence], today: date,
               limits: Thresholds) -> list[RedFlag]:
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
    counts = (d.Count(len(recent)), d.Count(len(before)))
    medians = ((d.Count(median(e.intensity for e in recent)), d.Count(median(e.intensity for e in before)))
               if stronger else ())
    sentences = ([d.Sentence(d.MORE_OFTEN_AND_STRONGER, counts + medians)] if more and stronger
                 else [d.Sentence(d.MORE_OFTEN, counts)] if more else [d.Sentence(d.STRONGER, medians)])
    kept = sum(1 for a in routine if recent_start <= a.day <= today and a.total > 0
               and a.done >= limits.routine_kept_share * a.total)
    if kept >= limits.routine_kept_days:
        sentences.append(d.Sentence(d.ROUTINE_KEPT, (d.Count(kept),)))
    return [RedFlag("worsening", f"worsening:{week_key(today)}", today, d.detail(*sentences))]
