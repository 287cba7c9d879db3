"""Pacing and relaxation on the Charts tab say how sure they are (issue 15):
the two sides' spasms compared with a range, "no clear difference" unless
the range leaves 1 out; the report uses the same words."""

from datetime import date, timedelta

from fibro_desktop.core.insights.groups import breaks_versus_next_day
from fibro_desktop.core.insights.summary import Insights
from fibro_desktop.core.insights.trigger_rates import TriggerTable
from fibro_desktop.ui.charts.insight_text import groups_html

D0 = date(2026, 5, 4)


def _breaks(spasms_few: int, spasms_most: int, days: int = 30):
    ranked = [D0 + timedelta(days=i) for i in range(days)]
    tracked = set(ranked) | {D0 + timedelta(days=days)}
    third = days // 3
    after = {d + timedelta(days=1): (spasms_few if i < third else spasms_most) for i, d in enumerate(ranked)}
    return breaks_versus_next_day({d: i for i, d in enumerate(ranked)}, after, tracked)


def _text(breaks) -> str:
    return groups_html(Insights(0, TriggerTable(), [], None, breaks, None))


def test_a_clear_difference_is_named_with_its_range(qapp):
    text = _text(_breaks(3, 1))
    assert "After the days with the most breaks taken (10 days), 1 spasms the next day" in text
    assert "About 0.33 times as many (" in text


def test_equal_sides_say_no_clear_difference_with_the_range(qapp):
    text = _text(_breaks(2, 2))
    assert "No clear difference (" in text and "times as many)." in text
