"""The breaks and relaxation cards over a long period: one bar per week,
holding the sums of that week's days (``core.insights.series.weekly_sums``)."""

from datetime import date, timedelta

from fibro_desktop.core.insights.data import BreakDay, ChartData, ListeningDay
from fibro_desktop.core.insights.periods import Period
from fibro_desktop.ui.charts.time_charts import PacingCard, RelaxCard

# 200 days, longer than DAILY_LIMIT_DAYS: drawn per week. 2026-11-23 is a Monday.
LONG = Period(date(2026, 5, 8), date(2026, 11, 24))
TUE, WED, NEXT_MON = date(2026, 11, 17), date(2026, 11, 18), date(2026, 11, 23)


def test_breaks_are_summed_per_week_with_the_spasms_of_the_following_days(qapp):
    data = ChartData(LONG, episodes_per_day={WED: 2, WED + timedelta(days=1): 3, NEXT_MON + timedelta(days=1): 1},
                     breaks={TUE: BreakDay(3, 5), WED: BreakDay(4, 4), NEXT_MON: BreakDay(1, 2)})
    card = PacingCard()
    card.update_data(data)
    assert card._rows == [(date(2026, 11, 16), 7, 9, 5), (NEXT_MON, 1, 2, 1)]
    assert list(card.due_bars.opts["height"]) == [9, 2]
    assert card._describe(card._xs[0]).endswith(": 7 of 9 breaks taken; 5 spasms on the following days")


def test_listening_is_summed_per_week_with_whole_session_counts(qapp):
    data = ChartData(LONG, listening={TUE: ListeningDay(10.5, 1, 2.0, 1), WED: ListeningDay(4.5, 2, 0.0, 0),
                                      NEXT_MON: ListeningDay(3.0, 1, 0.0, 0)})
    card = RelaxCard()
    card.update_data(data)
    assert card._rows == [(date(2026, 11, 16), 15.0, 3, 2.0, 1), (NEXT_MON, 3.0, 1, 0.0, 0)]
    assert card._describe(card._xs[0]).endswith(": 15 minutes in 3 sessions")
    assert list(card.drop.data["y"]) == [2.0]  # only the rated week has a tension drop
