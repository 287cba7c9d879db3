"""A lived-in year of listening: relaxation sessions with before/after tension.

Plausible patterns for the charts: a session on about half the days, more
often in the calmer last two months; the sleep wind-down in the evening, the
desk warm-up on weekday afternoons; tension usually a little lower after a
session; about a third of the ratings skipped.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

import peewee

from fibro_desktop.core.instants import local_day
from fibro_desktop.core.relax.listening import Listen
from fibro_desktop.store.relax import insert_listens

# session id: (length in s, weight, usual hours)
_SESSIONS = {
    "pmr_full": (835, 2, (17, 21)), "pmr_short": (333, 4, (9, 18)),
    "release_only": (373, 2, (8, 22)), "paced_breathing": (319, 4, (8, 21)),
    "body_scan": (639, 2, (18, 22)), "desk_warm_up": (334, 3, (10, 16)),
    "sleep_wind_down": (923, 3, (21, 23)),
}


def generate(db: peewee.SqliteDatabase, ctx) -> None:
    rng = ctx.rng
    tz = ctx.now.tzinfo
    today = local_day(ctx.now)
    ids = list(_SESSIONS)
    weights = [_SESSIONS[i][1] for i in ids]
    listens: list[Listen] = []
    for back in range(ctx.days, 0, -1):
        day = today - timedelta(days=back)
        chance = 0.7 if back < 60 else 0.45
        for _ in range(2):
            if rng.random() >= chance / 1.5:
                continue
            session = rng.choices(ids, weights)[0]
            if session == "desk_warm_up" and day.weekday() >= 5:
                session = "paced_breathing"
            length, _weight, (first_hour, last_hour) = _SESSIONS[session]
            started = datetime.combine(day, time(rng.randint(first_hour, last_hour - 1),
                                                 rng.randint(0, 59)), tz)
            finished = rng.random() < 0.8
            listened = length if finished else rng.randint(30, length - 60)
            before = rng.randint(3, 8) if rng.random() < 0.7 else None
            after = None
            if before is not None and rng.random() < 0.9:
                after = max(0, before - rng.choice((0, 1, 1, 2, 2, 3)))
            listens.append(Listen(session, started, listened, finished, before, after,
                                  uid=f"{rng.getrandbits(128):032x}"))
    insert_listens(db, listens, ctx.now)
