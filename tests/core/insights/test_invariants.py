"""Invariants checked with hypothesis: counts add up, rates are
non-negative, a period never includes rows from outside it, and the
in-memory history gives the same answer however it was loaded."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from fibro_desktop.core.insights.data import ChartData
from fibro_desktop.core.insights.history import History
from fibro_desktop.core.insights.periods import Period
from fibro_desktop.core.insights.series import daily_counts, weekly_summaries
from fibro_desktop.core.insights.summary import triggers_for

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


@settings(max_examples=30, deadline=None)
@given(st.dictionaries(days_st, st.tuples(st.integers(0, 3), st.booleans()), max_size=60))
def test_trigger_counts_cover_every_check_in_day(raw):
    period = Period(START, START + timedelta(days=120))
    data = ChartData(period, episodes_per_day={d: n for d, (n, _) in raw.items() if n},
                     checkins=[(d, None, None, None, None, None, None) for d in sorted(raw)],
                     checkin_triggers=[(d, "stress") for d, (_, on) in sorted(raw.items()) if on])
    table = triggers_for(data)
    assert table.recorded_days == len(raw)
    for row in table.rates:
        if row.window == "same_day":
            assert row.exposed_days + row.other_days == len(raw)
            assert row.exposed_spasms + row.other_spasms == sum(n for n, _ in raw.values())
        if row.adjusted is not None:
            assert 0 < row.adjusted.low <= row.adjusted.ratio <= row.adjusted.high
    for row in table.too_few:
        assert min(row.exposed_days, row.other_days) < 14


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
