"""Deterministic sample data, so a newcomer sees a lived-in app (``--demo``).

:func:`fill_demo_data` runs each feature's generator with the same seeded
random source and the same "now", so two runs on the same day give the same
data. Features append their generator to :data:`GENERATORS`.

The sample texts are English unless :class:`~fibro_desktop.demo.words.DemoWords`
in the person's language are given (the app does: ``ui/demo_words.py``).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import peewee

from fibro_desktop.demo.words import ENGLISH, DemoWords
from fibro_desktop.store.meta import get_meta, set_meta

DEMO_SEED = 20261124
DEMO_META_KEY = "demo_data"


@dataclass
class DemoContext:
    """Inputs every generator shares: ``now`` is aware; ``rng`` is seeded;
    ``words``: the language the sample texts are written in."""

    now: datetime
    rng: random.Random
    days: int = 365
    words: DemoWords = ENGLISH


Generator = Callable[[peewee.SqliteDatabase, DemoContext], None]


def _generators() -> list[Generator]:
    from fibro_desktop.demo import journal, pacing, relax, toolkit

    return [journal.generate, pacing.generate, relax.generate, toolkit.generate]


GENERATORS: list[Generator] = _generators()


def fill_demo_data(db: peewee.SqliteDatabase, now: datetime, seed: int = DEMO_SEED, *,
                   words: DemoWords = ENGLISH) -> bool:
    """Fill ``db`` with sample data once, its texts in ``words`` (English by
    default); returns False if it was already filled."""
    if get_meta(db, DEMO_META_KEY):
        return False
    with db.atomic():
        for generator in GENERATORS:
            generator(db, DemoContext(now=now, rng=random.Random(f"{seed}:{generator.__module__}"), words=words))
        set_meta(db, DEMO_META_KEY, now.isoformat(), now)
    return True
