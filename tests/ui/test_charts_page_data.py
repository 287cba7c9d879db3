"""The Charts page's data, without any widget: periods, loading, the
history read in slices, insights and forgetting after a change elsewhere."""

from datetime import date, timedelta

import pytest

from fibro_desktop.core.insights.periods import Period
from fibro_desktop.core.journal.records import Episode
from fibro_desktop.store.charts_data import load_chart_data
from fibro_desktop.store.journal import save_episode
from fibro_desktop.ui.charts.page_data import PREFETCH_DAYS, RECENT_DAYS, ChartsPageData
from tests.charts_data_set import FIRST_DAY, fill_known
from tests.conftest import TEST_NOW

WEEK = Period(date(2026, 11, 20), date(2026, 11, 24))


def test_nothing_recorded_gives_an_empty_period_of_today(db, clock):
    model = ChartsPageData(db, clock)
    assert model.period_for("all") == Period(date(2026, 11, 24), date(2026, 11, 24))
    data = model.load(model.period_for("90"))
    assert model.recorded is None and model.fully_loaded
    assert data.is_empty and model.summary_counts() == (0, 0)


def test_a_known_week_loads_as_the_store_reads_it(db, clock):
    fill_known(db, TEST_NOW)
    model = ChartsPageData(db, clock)
    data = model.load(WEEK)
    assert model.recorded == (FIRST_DAY, date(2026, 11, 23))
    assert model.summary_counts() == (3, 2)
    direct = load_chart_data(db, WEEK)
    assert data.episodes_per_day == direct.episodes_per_day and data.checkins == direct.checkins
    assert model.period_for("all").first == FIRST_DAY


def test_older_days_are_read_in_slices_until_everything_is_in_memory(db, clock):
    fill_known(db, TEST_NOW)  # recorded since 28 March: about 240 days back
    model = ChartsPageData(db, clock)
    model.load(WEEK)
    assert not model.fully_loaded  # only the recent weeks are read first
    steps = 0
    while model.prefetch_step():
        steps += 1
    assert model.fully_loaded and 1 <= steps <= (240 - RECENT_DAYS) // PREFETCH_DAYS + 1
    whole = model.load(model.period_for("all"))
    assert whole.episode_total == 5


def test_insights_wait_for_a_load_and_are_dropped_by_the_next(db, clock):
    fill_known(db, TEST_NOW)
    model = ChartsPageData(db, clock)
    with pytest.raises(RuntimeError):
        model.work_out_insights()
    model.load(WEEK)
    insights = model.work_out_insights()
    assert model.insights is insights
    model.load(WEEK)
    assert model.insights is None


def test_a_change_elsewhere_is_read_after_forget(db, clock):
    fill_known(db, TEST_NOW)
    model = ChartsPageData(db, clock)
    model.load(WEEK)
    save_episode(db, Episode(started=TEST_NOW - timedelta(hours=1), kind="cramp", intensity=3,
                             muscles=frozenset({("neck", None)})), TEST_NOW)
    assert model.load(WEEK).episode_total == 3  # the loaded history is kept until told
    model.forget()
    assert model.recorded is None
    assert model.load(WEEK).episode_total == 4
    assert model.recorded == (FIRST_DAY, date(2026, 11, 24))


def test_the_difference_windows_end_on_the_last_recorded_day_inside_the_period(db, clock):
    fill_known(db, TEST_NOW)  # recorded 28 March to 23 November; today is the 24th
    model = ChartsPageData(db, clock)
    model.load(model.period_for("all"))
    baseline, recent = model.difference_windows()
    assert baseline == Period(FIRST_DAY, FIRST_DAY + timedelta(days=27))
    assert recent == Period(date(2026, 10, 27), date(2026, 11, 23))  # not up to today
    model.load(Period(date(2026, 6, 1), date(2026, 9, 30)))  # a chosen period: its own ends
    assert model.difference_windows() == (Period(date(2026, 6, 1), date(2026, 6, 28)),
                                          Period(date(2026, 9, 3), date(2026, 9, 30)))
    model.load(model.period_for("30"))  # too short for two separate windows
    assert model.difference_windows() is None
    insights = model.work_out_insights()
    assert insights.difference is None
