"""The breaks and relaxation cards over a long period: one bar per week,
holding the sums of that week's days (``core.insights.series.weekly_sums``)."""

import math
from datetime import date, timedelta

from fibro_desktop.core.insights.data import BreakDay, ChartData, ListeningDay
from fibro_desktop.core.insights.periods import Period
from fibro_desktop.ui.charts.time_charts import PacingCard, RelaxCard, SpasmsCard

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


def test_the_spasm_line_is_per_tracked_day_with_gaps_where_nothing_was_recorded(qapp):
    first = date(2026, 11, 2)
    days = [first + timedelta(days=i) for i in range(14)]
    data = ChartData(Period(days[0], days[-1]), episodes_per_day={days[0]: 4, days[1]: 2},
                     checkins=[(days[2], None, None, None, None, None, None)])
    card = SpasmsCard()
    card.update_data(data)
    ys = list(card.line.getData()[1])
    assert ys[:3] == [4.0, 3.0, 2.0] and ys[6] == 2.0  # 6 spasms on 3 tracked days, not 6 / 7
    assert all(math.isnan(y) for y in ys[9:])  # a week after the last record: no line
    assert card._describe(card._xs[10]).endswith(": no record at all")
    # Per week (a long period): spasms per 7 tracked days, a gap for an untracked week.
    long = ChartData(Period(first, first + timedelta(days=200)), episodes_per_day={days[0]: 4, days[1]: 2},
                     checkins=[(days[2], None, None, None, None, None, None)])
    card.update_data(long)
    ys = list(card.line.getData()[1])
    assert ys[0] == 14.0 and all(math.isnan(y) for y in ys[1:])  # 6 spasms on 3 days: 14 a week, not 6
