"""Journal rows for data-safety tests, written by the production store.

The episodes and check-ins go through ``store.journal`` and
``store.checkins`` on a real database opened by ``open_database``, so the
fixtures hold exactly what the app would write (vocabulary ids it accepts,
its own uids and stamps). Episodes use ``insert_episodes`` (the bulk path
of the demo data), which stores the text as given: a test can plant text an
older version let in (direction-override characters, formulas) and see what
export and import make of it.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from fibro_desktop.core.journal.records import CheckIn, Episode
from fibro_desktop.store.checkins import save_checkin
from fibro_desktop.store.journal import insert_episodes
from fibro_desktop.store.models import ALL_MODELS
from fibro_desktop.store.stamps import new_uid, utc_text

__all__ = ["add_checkin", "add_episode", "fill", "table_contents", "utc_text"]

KINDS = ("fasciculation", "cramp", "tonic", "trigger_point", "nocturnal", "other")
MUSCLES = ("calves", "neck", "shoulders", "lower_back", "front_thighs")
SIDED = frozenset({"calves", "shoulders", "front_thighs"})


def _episode(started: datetime, kind: str, intensity: int, notes: str, muscles) -> Episode:
    return Episode(started=started, kind=kind, intensity=intensity, notes=notes, uid=new_uid(),
                   muscles=frozenset((m, "left" if m in SIDED else None) for m in muscles))


def add_episode(db, started: datetime, *, kind="cramp", intensity=5, notes="", muscles=("calves",)) -> int:
    """Store one episode as the app does; returns its row id."""
    episode = _episode(started, kind, intensity, notes, muscles)
    with db.bind_ctx(ALL_MODELS):  # the models follow the database opened last; this one is meant
        insert_episodes(db, [episode], started)
    return db.execute_sql("SELECT id FROM episode WHERE uid = ?", (episode.uid,)).fetchone()[0]


def add_checkin(db, day: date, *, sleep_hours=7.5, notes="", triggers=("stress",)) -> int:
    """Store one day's check-in through the app's own save; returns its row id."""
    evening = datetime.combine(day, time(20, 0)).astimezone()
    with db.bind_ctx(ALL_MODELS):
        saved = save_checkin(db, CheckIn(day=day, sleep_hours=sleep_hours, mood=6, notes=notes,
                                         triggers=frozenset(triggers)), evening)
    return db.execute_sql("SELECT id FROM checkin WHERE uid = ?", (saved.uid,)).fetchone()[0]


def fill(db, now: datetime, days: int = 30, seed: int = 1) -> None:
    """A month of plausible data: 0–3 episodes and one check-in a day."""
    rng = random.Random(seed)
    episodes = []
    for back in range(days):
        day_start = (now - timedelta(days=back)).replace(hour=8, minute=0, second=0)
        for n in range(rng.randint(0, 3)):
            episodes.append(_episode(day_start + timedelta(hours=3 * n, minutes=rng.randint(0, 59)),
                                     rng.choice(KINDS), rng.randint(1, 10),
                                     rng.choice(["", "after the stairs", "=SUM(A1)", "woke me, ouch"]),
                                     rng.sample(MUSCLES, rng.randint(1, 2))))
        add_checkin(db, day_start.date(), sleep_hours=round(rng.uniform(4, 9), 1))
    with db.bind_ctx(ALL_MODELS):
        insert_episodes(db, episodes, now)


def table_contents(conn) -> dict[str, list[tuple]]:
    """Every user table's rows, sorted, for exact comparisons."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
