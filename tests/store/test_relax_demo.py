"""The Relax demo year: deterministic and plausible (its speed: benchmarks/demo.py)."""

import random
from datetime import timedelta

from fibro_desktop.demo import DemoContext
from fibro_desktop.demo import relax as relax_demo
from fibro_desktop.store import relax
from tests.conftest import TEST_NOW


def year(db):
    relax_demo.generate(db, DemoContext(now=TEST_NOW, rng=random.Random("seed")))


def test_a_demo_year_is_plausible_and_the_same_each_time(db, tmp_path):
    year(db)
    listens = relax.listens_between(db, TEST_NOW.date() - timedelta(days=366), TEST_NOW.date())
    assert 120 < len(listens) < 500
    rated = [x for x in listens if x.tension_before is not None and x.tension_after is not None]
    assert sum(x.tension_after <= x.tension_before for x in rated) == len(rated)
    assert any(x.tension_before is None for x in listens)
    from fibro_desktop.store.database import open_database

    other = open_database(tmp_path / "other", now=TEST_NOW)
    year(other)
    again = relax.listens_between(other, TEST_NOW.date() - timedelta(days=366), TEST_NOW.date())
    other.close()
    assert again == listens
