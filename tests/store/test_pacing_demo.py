"""The pacing demo year: deterministic, nothing in the future (its speed: benchmarks/demo.py)."""

import random
from datetime import timedelta

from fibro_desktop.demo import DemoContext
from fibro_desktop.demo.pacing import generate
from fibro_desktop.store.pacing import breaks_for_day, day_summaries, streak
from tests.conftest import TEST_NOW


def test_a_year_of_desk_days_is_plausible_and_the_same_each_time(db):
    generate(db, DemoContext(now=TEST_NOW, rng=random.Random(1)))
    summaries = day_summaries(db, TEST_NOW.date() - timedelta(days=366), TEST_NOW.date())
    assert 200 < len(summaries) < 262
    assert all(s.day.weekday() < 5 for s in summaries.values())
    total = sum(s.due for s in summaries.values())
    assert total > 5000 and sum(s.rested for s in summaries.values()) > total / 2
    assert streak(db, TEST_NOW.date()) >= 1
    assert all(e.due <= TEST_NOW for e in breaks_for_day(db, TEST_NOW.date()))  # nothing in the future
    first = [(e.kind, e.outcome, e.due) for e in breaks_for_day(db, TEST_NOW.date() - timedelta(days=1))]
    db.execute_sql("DELETE FROM pacing_break")
    db.execute_sql("DELETE FROM pacing_day")
    generate(db, DemoContext(now=TEST_NOW, rng=random.Random(1)))
    assert [(e.kind, e.outcome, e.due) for e in breaks_for_day(db, TEST_NOW.date() - timedelta(days=1))] == first
