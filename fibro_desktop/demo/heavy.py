"""Ten years of heavy logging, for the Charts benchmark and its UI test.

About 40,000 episodes (with muscles, triggers and reliefs), 3,650
check-ins, two doses a day, and, when their tables exist, 100,000 breaks
and 5,000 listening sessions. Deterministic from ``rng``; written with bulk
inserts (a few seconds), not through the per-entry store functions.
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta, timezone

import peewee

from fibro_desktop.core.instants import local_day
from fibro_desktop.store.bulk import insert_rows, next_id
from fibro_desktop.store.stamps import utc_text

KINDS = ["cramp", "tonic", "trigger_point", "fasciculation", "nocturnal", "other"]
MUSCLES = [("calves", "left"), ("calves", "right"), ("neck", None), ("shoulders", "both"), ("upper_back", None),
           ("lower_back", None), ("hands", "left"), ("feet", "right"), ("forearms", "right"), ("jaw", "both")]
TRIGGERS = ["poor_sleep", "stress", "prolonged_sitting", "dehydration", "cold", "fatigue"]
RELIEFS = ["heat", "gentle_stretch", "massage", "water", "rest", "breathing_audio"]


def _uid(rng: random.Random) -> str:
    """A record uid like ``store.stamps.new_uid`` makes, but drawn from the
    seeded ``rng`` so the heavy file is the same on every run."""
    return uuid.UUID(int=rng.getrandbits(128), version=4).hex


def fill_ten_years(db: peewee.SqliteDatabase, now: datetime, rng: random.Random, days: int = 3650,
                   episodes_per_day: float = 11.0) -> dict[str, int]:
    """Fill ``db`` with ``days`` days of heavy logging up to ``now``; returns row counts per table."""
    offset = int(now.utcoffset().total_seconds() // 60) if now.utcoffset() else 0
    local = timezone(timedelta(minutes=offset))
    stamp = utc_text(now)
    episode_id = next_id(db, "episode")
    checkin_id = next_id(db, "checkin")
    episodes, muscles, triggers, reliefs, checkins, checkin_triggers, doses = [], [], [], [], [], [], []
    today = local_day(now.astimezone(local))
    with db.atomic():
        med_id = next_id(db, "medication")
        insert_rows(db, "medication", ("id", "uid", "name", "form", "usual_amount", "archived", "created_utc",
                                       "updated_utc"),
                    [(med_id, _uid(rng), "Magnesium", "capsule", "1", 0, stamp, stamp),
                     (med_id + 1, _uid(rng), "Prescribed medicine", "tablet", "as prescribed", 0, stamp, stamp)])
        for back in range(days, 0, -1):
            day = today - timedelta(days=back)
            day_text = day.isoformat()
            bad = rng.random() < 0.3
            day_triggers = rng.sample(TRIGGERS, k=2 if bad else rng.choice((0, 1)))
            checkins.append((checkin_id, _uid(rng), day_text, round(rng.uniform(4, 9), 1), rng.randint(1, 9),
                             rng.randint(2, 9), rng.randint(2, 9), rng.randint(1, 8), rng.randint(3, 9),
                             rng.randint(1, 9), rng.randint(2, 10), stamp, stamp))
            checkin_triggers.extend((checkin_id, t) for t in day_triggers)
            checkin_id += 1
            count = max(0, round(rng.gauss(episodes_per_day * (1.3 if bad else 0.87), 2.5)))
            for _ in range(count):
                started = datetime(day.year, day.month, day.day, rng.randrange(24), rng.randrange(60), tzinfo=local)
                utc = utc_text(started)
                duration = rng.randint(10, 3600)
                episodes.append((episode_id, _uid(rng), utc, offset, day_text, rng.choice(KINDS),
                                 rng.randint(1, 10), duration, duration + rng.randint(0, 3600), stamp, stamp))
                muscles.extend((episode_id, m, s) for m, s in rng.sample(MUSCLES, k=rng.choice((1, 1, 2))))
                triggers.extend((episode_id, t) for t in day_triggers if rng.random() < 0.5)
                for relief in rng.sample(RELIEFS, k=rng.choice((0, 1, 2))):
                    helped = rng.choice(("yes", "a_little", "no", None))
                    reliefs.append((episode_id, relief, helped,
                                    rng.randint(2, 40) if helped in ("yes", "a_little") else None))
                episode_id += 1
            # Taken at 20:00 and 21:00 local time, so the stored day is the local day of the moment.
            evening = datetime(day.year, day.month, day.day, 20, tzinfo=local)
            doses.append((_uid(rng), med_id, utc_text(evening), offset, day_text, "taken",
                          stamp, stamp))
            if rng.random() < 0.1:
                later = utc_text(evening + timedelta(hours=1))
                doses.append((_uid(rng), med_id + 1, later, offset, day_text, "taken", stamp, stamp))
        insert_rows(db, "episode", ("id", "uid", "started_utc", "started_offset_min", "day", "kind", "intensity",
                                    "duration_s", "recovery_s", "created_utc", "updated_utc"), episodes)
        insert_rows(db, "episode_muscle", ("episode_id", "muscle", "side"), muscles)
        insert_rows(db, "episode_trigger", ("episode_id", "trigger"), triggers)
        insert_rows(db, "episode_relief", ("episode_id", "relief", "helped", "minutes_to_relief"), reliefs)
        insert_rows(db, "checkin", ("id", "uid", "day", "sleep_hours", "sleep_quality", "mood", "energy",
                                    "overall_pain", "mobility", "stress", "water_glasses", "created_utc",
                                    "updated_utc"), checkins)
        insert_rows(db, "checkin_trigger", ("checkin_id", "trigger"), checkin_triggers)
        insert_rows(db, "dose", ("uid", "medication_id", "taken_utc", "taken_offset_min", "day", "status",
                                 "created_utc", "updated_utc"), doses)
        counts = {"episode": len(episodes), "checkin": len(checkins), "dose": len(doses)}
        counts.update(_other_features(db, today, days, rng, offset, stamp))
    return counts


def _other_features(db: peewee.SqliteDatabase, today, days: int, rng: random.Random, offset: int,
                    stamp: str) -> dict[str, int]:
    """100,000 breaks and 5,000 listening sessions (tables of migrations 3 and 4)."""
    from fibro_desktop.store.charts_data import table_exists

    counts = {}
    if table_exists(db, "pacing_break"):
        rows = []
        per_day = -(-100_000 // days)
        for back in range(days, 0, -1):
            day = (today - timedelta(days=back)).isoformat()
            for i in range(per_day):
                due = f"{day}T{8 + i * 10 // per_day:02d}:{(i * 7) % 60:02d}:00"
                rows.append((_uid(rng), rng.choice(("micro", "micro", "movement")),
                             rng.choice(("taken", "taken", "natural", "skipped", "postponed")),
                             due, offset, day, stamp, stamp))
        rows = rows[-100_000:]
        if _try_insert(db, "pacing_break", ("uid", "kind", "outcome", "due_utc", "due_offset_min", "day",
                                            "created_utc", "updated_utc"), rows):
            counts["breaks"] = len(rows)
    if table_exists(db, "listen"):
        rows = []
        for _ in range(5000):
            day = (today - timedelta(days=rng.randrange(1, days + 1))).isoformat()
            before = rng.randint(4, 8) if rng.random() < 0.7 else None
            after = None if before is None else max(0, before - rng.randint(0, 3))
            rows.append((_uid(rng), rng.choice(("pmr_full", "paced_breathing", "body_scan")), f"{day}T19:00:00",
                         offset, day, rng.randint(60, 900), 1, before, after, stamp, stamp))
        if _try_insert(db, "listen", ("uid", "session_key", "started_utc", "started_offset_min", "day",
                                      "listened_s", "finished", "tension_before", "tension_after",
                                      "created_utc", "updated_utc"), rows):
            counts["listening"] = len(rows)
    return counts


def _try_insert(db: peewee.SqliteDatabase, table: str, columns, rows) -> bool:
    """Insert, or leave the table alone if its shape changed (its own
    feature's generator is then the one to use)."""
    import sqlite3

    try:
        with db.atomic():
            insert_rows(db, table, columns, rows)
        return True
    except (sqlite3.DatabaseError, peewee.DatabaseError):
        return False
