"""Triggers as rates: spasms per day with a trigger against days without.

What is counted (issue 15, "Honest numbers"):

* The unit is a **day whose exposure was recorded**: a day with a check-in
  (its "what happened that day"). Its outcome is how many spasms it had,
  not whether it had one, so four spasms weigh four times one.
* A trigger noted **only on spasm entries** cannot be compared: it is
  noted only when a spasm happened, so it would always look strong. Such
  triggers are listed with their count ("noted on 40 spasms"), never a
  ratio.
* Two windows: ``same_day`` (spasms that day) and ``next_day`` (spasms on
  the following day, when both days have a check-in).
* Three readings per trigger and window, each with its 95 % range and the
  counts behind it: ``crude`` (exact rate ratio), ``by_month`` (Mantel–
  Haenszel inside calendar months, each month of each year its own
  stratum: like compared with like in time) and
  ``adjusted`` (Poisson regression with every recorded trigger of that day
  and of the day before, and a smooth curve over time; ranges allow for
  spasm counts varying more than Poisson). ``adjusted`` is the headline.
* Chance is named: the adjusted p-values of the whole table go through
  Benjamini–Yekutieli (Benjamini–Hochberg for dependent tests, see
  :mod:`~fibro_desktop.core.insights.multiplicity`); ``discovery`` is False
  for a finding that could be chance.
* Below :data:`MIN_DAYS_EACH_SIDE` days with or without the trigger the row
  says "not enough data yet" (no ratio).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import numpy as np

from fibro_desktop.core.insights.multiplicity import FDR_Q, by_adjusted
from fibro_desktop.core.insights.poisson_model import ModelRatio, exposure_ratios
from fibro_desktop.core.insights.rates import PooledRatio, RateComparison, Stratum, compare_rates, mantel_haenszel

MIN_DAYS_EACH_SIDE = 14
WINDOWS: tuple[str, ...] = ("same_day", "next_day")
#: One spline knot per this many days of record (at least 3, at most 12).
DAYS_PER_KNOT = 61


@dataclass(frozen=True)
class TriggerRate:
    """One trigger in one window, with the counts behind every number."""

    trigger: str
    window: str
    exposed_days: int
    exposed_spasms: int
    other_days: int
    other_spasms: int
    crude: RateComparison
    by_month: PooledRatio
    adjusted: ModelRatio | None
    #: False-discovery-rate adjusted p-value (Benjamini–Yekutieli) of ``adjusted`` across the table.
    adjusted_p: float | None = None

    @property
    def discovery(self) -> bool:
        """True when the adjusted ratio survives the false discovery rate."""
        return self.adjusted_p is not None and self.adjusted_p <= FDR_Q


@dataclass(frozen=True)
class TooFewDays:
    """A trigger/window without enough days on a side: "not enough data yet"."""

    trigger: str
    window: str
    exposed_days: int
    other_days: int


@dataclass
class TriggerTable:
    """Everything the trigger card shows."""

    rates: list[TriggerRate] = field(default_factory=list)
    too_few: list[TooFewDays] = field(default_factory=list)
    #: Triggers noted on spasm entries but never in a check-in: spasm counts.
    noted_only: dict[str, int] = field(default_factory=dict)
    #: Days with a check-in: the days every ratio is built from.
    recorded_days: int = 0


@dataclass(frozen=True)
class _Rows:
    """The rows of one window: outcome day, spasms, triggers that count."""

    days: list[date]
    spasms: list[int]
    exposure: list[frozenset[str]]


def knot_count(first: date, last: date) -> int:
    """Spline knots for a record from ``first`` to ``last``."""
    return max(3, min(12, 1 + (last - first).days // DAYS_PER_KNOT))


def _window_rows(checkins: Mapping[date, frozenset[str]], spasms: Mapping[date, int], window: str) -> _Rows:
    one = timedelta(days=1)
    if window == "same_day":
        days = sorted(checkins)
        return _Rows(days, [spasms.get(d, 0) for d in days], [checkins[d] for d in days])
    days = sorted(d for d in checkins if d - one in checkins)
    return _Rows(days, [spasms.get(d, 0) for d in days], [checkins[d - one] for d in days])


def _by_month(rows: _Rows, trigger: str) -> PooledRatio:
    """Mantel–Haenszel over calendar months (one stratum per month of each
    year, in time order), the cells summed with numpy: ten years of days
    times a dozen triggers is too many Python steps for a tab."""
    months = np.fromiter((d.year * 12 + d.month for d in rows.days), dtype=np.int64, count=len(rows.days))
    _, stratum = np.unique(months, return_inverse=True)
    size = int(stratum.max()) + 1 if len(stratum) else 0
    exposed = np.fromiter((trigger in e for e in rows.exposure), dtype=bool, count=len(rows.exposure))
    counts = np.asarray(rows.spasms, dtype=np.int64)
    cells = [np.bincount(stratum[side], weights=weights, minlength=size).astype(np.int64)
             for side in (exposed, ~exposed) for weights in (counts[side], None)]
    return mantel_haenszel(Stratum(int(a), int(t1), int(b), int(t0)) for a, t1, b, t0 in zip(*cells))


def _model(rows: _Rows, triggers: list[str], checkins: Mapping[date, frozenset[str]], window: str,
           other_window_triggers: list[str], errors: str) -> dict[str, ModelRatio]:
    """Adjusted ratios of ``triggers`` in one window.

    Each model also holds the other window's triggers (a distributed-lag
    model): the next-day model holds that day's own triggers, so a
    trigger's next-day reading is not its same-day effect seen again; the
    same-day model holds the day before's triggers, because yesterday's
    overexertion is part of why today had more spasms, and leaving it out
    leaves that as unexplained noise in every same-day ratio. When the day
    before has no check-in its triggers are unknown: those days keep their
    place with a "day before not recorded" term instead (no worse than
    leaving the day before out, which is what the model did before).
    """
    if not triggers or not rows.days:
        return {}
    one = timedelta(days=1)
    exposures = {name: [1.0 if name in e else 0.0 for e in rows.exposure] for name in triggers}
    if window == "next_day":
        exposures.update({f"same:{name}": [1.0 if name in checkins[d] else 0.0 for d in rows.days]
                          for name in other_window_triggers})
    else:
        before = [checkins.get(d - one) for d in rows.days]
        unrecorded = [0.0 if b is not None else 1.0 for b in before]
        if 0 < sum(unrecorded) < len(unrecorded):
            exposures["before:unrecorded"] = unrecorded
        if sum(unrecorded) < len(unrecorded):
            exposures.update({f"before:{name}": [1.0 if b is not None and name in b else 0.0 for b in before]
                              for name in other_window_triggers})
    origin = rows.days[0]
    times = [float((d - origin).days) for d in rows.days]
    result = exposure_ratios(rows.spasms, exposures, times, knots=knot_count(rows.days[0], rows.days[-1]),
                             errors=errors)
    return {name: result.ratios[name] for name in triggers} if result.converged else {}


def trigger_table(checkins: Mapping[date, frozenset[str]], spasms: Mapping[date, int],
                  episode_notes: Mapping[str, int], min_days: int = MIN_DAYS_EACH_SIDE,
                  errors: str = "cautious") -> TriggerTable:
    """The whole trigger table.

    ``checkins``: each day with a check-in and the triggers it recorded;
    ``spasms``: spasms per day; ``episode_notes``: for each trigger, how
    many spasm entries noted it; ``errors``: the model's standard errors
    (:func:`fibro_desktop.core.insights.poisson_model.exposure_ratios`).
    """
    table = TriggerTable(recorded_days=len(checkins))
    in_checkins = sorted({t for triggers in checkins.values() for t in triggers})
    table.noted_only = {t: n for t, n in sorted(episode_notes.items()) if n > 0 and t not in in_checkins}
    eligible: dict[str, list[str]] = {}
    rows_of = {window: _window_rows(checkins, spasms, window) for window in WINDOWS}
    for window, rows in rows_of.items():
        eligible[window] = []
        for name in in_checkins:
            exposed = sum(1 for e in rows.exposure if name in e)
            if min(exposed, len(rows.days) - exposed) >= max(min_days, 1):
                eligible[window].append(name)
            else:
                table.too_few.append(TooFewDays(name, window, exposed, len(rows.days) - exposed))
    for window, rows in rows_of.items():
        other = eligible["same_day" if window == "next_day" else "next_day"]
        adjusted = _model(rows, eligible[window], checkins, window, other, errors)
        for name in eligible[window]:
            a = sum(c for c, e in zip(rows.spasms, rows.exposure) if name in e)
            t1 = sum(1 for e in rows.exposure if name in e)
            b, t0 = sum(rows.spasms) - a, len(rows.days) - t1
            table.rates.append(TriggerRate(name, window, t1, a, t0, b, compare_rates(a, t1, b, t0),
                                           _by_month(rows, name), adjusted.get(name)))
    tested = [(i, r.adjusted.p_value) for i, r in enumerate(table.rates) if r.adjusted is not None]
    for (i, _), p in zip(tested, by_adjusted([p for _, p in tested])):
        table.rates[i] = replace(table.rates[i], adjusted_p=p)
    return table
