"""Invariants checked with hypothesis: counts add up, rates are
non-negative, a period never includes rows from outside it, and the
in-memory history gives the same answer however it was loaded."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from fibro_desktop.core.insights.history import History
from fibro_desktop.core.insights.periods import Period
from fibro_desktop.core.insights.series import daily_counts, weekly_summaries
from fibro_desktop.core.insights.stats import rate_ratio
from fibro_desktop.core.insights.triggers import TrackedDay, trigger_findings

START = date(2025, 12, 20)
days_st = st.integers(min_value=0, max_value=120).map(lambda n: START + timedelta(days=n))
episode_st = st.tuples(days_st, st.integers(0, 10), st.none() | st.integers(0, 86400),
                       st.none() | st.integers(0, 86400), st.sampled_from(["cramp", "tonic"]), st.integers(0, 23))


@st.composite
def periods(draw):
    a, b = draw(days_st), draw(days_st)
    return Period(min(a, b), max(a, b))


@settings(max_examples=60, deadline=None)
@given(st.lists(episode_st, max_size=60), periods())
def test_period_counts_add_up_and_exclude_outside_rows(rows, period):
    inside = [r for r in rows if period.contains(r[0])]
    per_day = {}
    for r in rows:
        per_day[r[0]] = per_day.get(r[0], 0) + 1
    counts = daily_counts(period, per_day)
    assert counts.total == len(inside)
    assert all(a >= 0 for a in counts.average)
    assert sum(w.episodes for w in weekly_summaries(period, rows)) == len(inside)


@settings(max_examples=80, deadline=None)
@given(st.integers(0, 30), st.integers(1, 30), st.integers(0, 30), st.integers(1, 30))
def test_rate_ratios_are_positive_and_bracketed(a, n1, b, n0):
    a, b = min(a, n1), min(b, n0)
    r = rate_ratio(a, n1, b, n0)
    assert 0 < r.low <= r.ratio <= r.high


@settings(max_examples=40, deadline=None)
@given(st.dictionaries(days_st, st.tuples(st.integers(0, 3), st.booleans()), max_size=60))
def test_trigger_counts_cover_every_eligible_day(raw):
    days = {d: TrackedDay(n, frozenset({"stress"} if on else ())) for d, (n, on) in raw.items()}
    for f in trigger_findings(days, triggers=["stress"], min_days=0):
        if f.window == "same_day":
            assert f.exposed_days + f.unexposed_days == len(days)
        if f.result:
            assert f.result.ratio >= 0


def _history(rows, first, last):
    return History(first, last, episodes=sorted((r for r in rows if first <= r[0] <= last), key=lambda r: r[0]),
                   muscles=sorted((r[0], "neck", None, 1) for r in rows if first <= r[0] <= last))


@settings(max_examples=40, deadline=None)
@given(st.lists(episode_st, max_size=80), periods(), st.integers(1, 119))
def test_history_slices_match_a_direct_count(rows, period, split):
    first, last = START, START + timedelta(days=120)
    middle = START + timedelta(days=split)
    whole = _history(rows, first, last)
    pieced = _history(rows, middle, last)
    pieced.prepend(_history(rows, first, middle - timedelta(days=1)))
    inside = [r for r in rows if period.contains(r[0])]
    for history in (whole, pieced):
        data = history.chart_data(period)
        assert data.episode_total == len(inside)
        assert sum(map(sum, data.when)) == len(inside)
        assert sum(data.kinds.values()) == len(inside)
        assert data.muscles.get(("neck", None), 0) == len(inside)
        assert all(period.contains(r[0]) for r in data.episodes)


@settings(max_examples=40, deadline=None)
@given(st.lists(episode_st, max_size=80), periods(), periods())
def test_cached_week_summaries_match_a_fresh_count(rows, earlier, period):
    history = _history(rows, START, START + timedelta(days=120))
    history.chart_data(earlier)  # fills the cache of whole weeks
    assert history.chart_data(period).weeks == weekly_summaries(period, rows)
