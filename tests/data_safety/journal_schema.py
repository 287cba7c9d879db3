"""A journal-like schema and sample rows for data-safety tests.

The journal's own migration may not be there yet (features are built in
parallel), so these tests add the tables they need with the agreed schema
(``CREATE TABLE IF NOT EXISTS``) and write rows with plain SQL. The code
under test discovers tables by itself, so it sees these like any other.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, timedelta

SQL = """
CREATE TABLE IF NOT EXISTS episode (
    id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, started_utc TEXT NOT NULL,
    started_offset_min INTEGER NOT NULL, day TEXT NOT NULL, ongoing INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL, intensity INTEGER NOT NULL, duration_s INTEGER, recovery_s INTEGER,
    activity TEXT, sleep_state TEXT, doing TEXT NOT NULL DEFAULT '', impact_sleep INTEGER,
    impact_mood INTEGER, impact_mobility INTEGER, notes TEXT NOT NULL DEFAULT '',
    complete INTEGER NOT NULL DEFAULT 1, created_utc TEXT NOT NULL, updated_utc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS episode_muscle (
    id INTEGER PRIMARY KEY, episode_id INTEGER NOT NULL REFERENCES episode(id) ON DELETE CASCADE,
    muscle TEXT NOT NULL, side TEXT);
CREATE TABLE IF NOT EXISTS checkin (
    id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, day TEXT NOT NULL UNIQUE, sleep_hours REAL,
    sleep_quality INTEGER, mood INTEGER, energy INTEGER, overall_pain INTEGER, mobility INTEGER,
    stress INTEGER, water_glasses INTEGER, activity TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '',
    created_utc TEXT NOT NULL, updated_utc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS checkin_trigger (
    id INTEGER PRIMARY KEY, checkin_id INTEGER NOT NULL REFERENCES checkin(id) ON DELETE CASCADE,
    "trigger" TEXT NOT NULL)
"""

KINDS = ("fasciculation", "cramp", "tonic", "trigger_point", "nocturnal", "other")
#: Vocabulary ids (the importer checks them as the journal's form does).
MUSCLES = ("calves", "neck", "shoulders", "lower_back", "front_thighs")
SIDED = frozenset({"calves", "shoulders", "front_thighs"})


def add_tables(conn) -> None:
    for statement in SQL.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.commit()


def utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def add_episode(conn, started: datetime, *, kind="cramp", intensity=5, notes="", muscles=("calves",)) -> int:
    offset = int(started.utcoffset().total_seconds() // 60)
    cursor = conn.execute(
        "INSERT INTO episode (uid, started_utc, started_offset_min, day, kind, intensity, notes,"
        " created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (uuid.uuid4().hex, utc_text(started), offset, started.date().isoformat(), kind, intensity, notes,
         utc_text(started), utc_text(started)))
    for muscle in muscles:
        conn.execute("INSERT INTO episode_muscle (episode_id, muscle, side) VALUES (?, ?, ?)",
                     (cursor.lastrowid, muscle, "left" if muscle in SIDED else None))
    return cursor.lastrowid


def add_checkin(conn, day: date, *, sleep_hours=7.5, notes="", triggers=("stress",)) -> int:
    stamp = f"{day.isoformat()}T20:00:00"
    cursor = conn.execute(
        "INSERT INTO checkin (uid, day, sleep_hours, mood, notes, created_utc, updated_utc)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)", (uuid.uuid4().hex, day.isoformat(), sleep_hours, 6, notes, stamp, stamp))
    for trigger in triggers:
        conn.execute('INSERT INTO checkin_trigger (checkin_id, "trigger") VALUES (?, ?)', (cursor.lastrowid, trigger))
    return cursor.lastrowid


def fill(conn, now: datetime, days: int = 30, seed: int = 1) -> None:
    """A month of plausible data: 0–3 episodes and one check-in a day."""
    rng = random.Random(seed)
    conn.execute("BEGIN")  # one fsync for all rows, not one per row
    for back in range(days):
        day_start = (now - timedelta(days=back)).replace(hour=8, minute=0, second=0)
        for n in range(rng.randint(0, 3)):
            add_episode(conn, day_start + timedelta(hours=3 * n, minutes=rng.randint(0, 59)),
                        kind=rng.choice(KINDS), intensity=rng.randint(1, 10),
                        notes=rng.choice(["", "after the stairs", "=SUM(A1)", "woke me, ouch"]),
                        muscles=rng.sample(MUSCLES, rng.randint(1, 2)))
        add_checkin(conn, day_start.date(), sleep_hours=round(rng.uniform(4, 9), 1))
    conn.commit()


def table_contents(conn) -> dict[str, list[tuple]]:
    """Every user table's rows, sorted, for exact comparisons."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
