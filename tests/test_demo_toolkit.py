"""The Toolkit demo year: deterministic and lived-in (its speed: benchmarks/demo.py)."""

import random
from datetime import timedelta

from fibro_desktop.demo import DemoContext
from fibro_desktop.demo import toolkit as demo
from fibro_desktop.store import rescue_plan, routine, toolkit
from tests.conftest import TEST_NOW


def fill(db):
    demo.generate(db, DemoContext(now=TEST_NOW, rng=random.Random("toolkit")))


def summary(db):
    start = TEST_NOW.date() - timedelta(days=400)
    return ([i.name for i in toolkit.list_kit_items(db, include_archived=True)],
            [(a.day, a.done, a.total) for a in routine.routine_adherence(db, start, TEST_NOW.date())],
            [(r.day, r.ready) for r in toolkit.kit_readiness(db, start, TEST_NOW.date())])


def test_a_lived_in_year(db):
    fill(db)
    kit = toolkit.list_kit_items(db)
    assert any(item.needs_restock for item in kit)
    assert any(item.archived for item in toolkit.list_kit_items(db, include_archived=True))
    adherence = routine.routine_adherence(db, TEST_NOW.date() - timedelta(days=365), TEST_NOW.date())
    assert len(adherence) > 330
    first, last = adherence[:90], adherence[-90:]
    assert sum(a.done for a in last) > sum(a.done for a in first)  # the habits settle
    today = routine.routine_day(db, TEST_NOW.date())
    assert 0 < today.done_count < today.total
    assert len(rescue_plan.list_contacts(db)) == 3
    assert len(toolkit.ready_item_ids(db, TEST_NOW.date())) == 2


def test_the_demo_is_deterministic(tmp_path):
    from fibro_desktop.store.database import open_database

    results = []
    for name in ("a", "b"):
        db = open_database(tmp_path / name, now=TEST_NOW)
        fill(db)
        results.append(summary(db))
        db.close()
    assert results[0] == results[1]
