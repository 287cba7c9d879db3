"""Migration 6: CHECK constraints for what the code assumes, added to a
version-5 file with a year of data without losing a row, an index or a
foreign key."""

import shutil
import sqlite3

import pytest

from fibro_desktop.demo import fill_demo_data
from fibro_desktop.store.database import open_database
from fibro_desktop.store.migrations import MIGRATIONS
from tests.conftest import TEST_NOW

V5 = [m for m in MIGRATIONS if m.version <= 5]


def contents(conn):
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}


def schema_facts(conn):
    """Indexes (name, table, columns) and foreign keys of every table."""
    indexes = set()
    for name, table in conn.execute("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'"):
        columns = tuple(r[2] for r in conn.execute(f'PRAGMA index_info("{name}")'))
        indexes.add((name if not name.startswith("sqlite_autoindex") else "auto", table, columns))
    fks = set()
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        fks.update((table, *r[2:5], r[6]) for r in conn.execute(f'PRAGMA foreign_key_list("{table}")'))
    return indexes, fks


@pytest.fixture(scope="module")
def v5_template(tmp_path_factory):
    """A version-5 data folder with the demo year in every table (made once)."""
    folder = tmp_path_factory.mktemp("v5") / "data"
    db = open_database(folder, now=TEST_NOW, migrations=V5)
    assert fill_demo_data(db, TEST_NOW)
    conn = db.connection()
    before = contents(conn)
    facts = schema_facts(conn)
    db.close()
    return folder, before, facts


@pytest.fixture
def v5_with_data(v5_template, data_dir):
    folder, before, facts = v5_template
    shutil.copytree(folder, data_dir)
    return data_dir, before, facts


def test_a_version_5_file_with_data_is_upgraded_without_losing_anything(v5_with_data):
    data_dir, before, (indexes, fks) = v5_with_data
    assert sum(len(rows) for rows in before.values()) > 1000
    db = open_database(data_dir, now=TEST_NOW, migrations=MIGRATIONS[:6])  # this migration alone
    conn = db.connection()
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 6
    assert contents(conn) == before
    assert schema_facts(conn) == (indexes, fks)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    db.close()


@pytest.mark.parametrize("sql", [
    "UPDATE checkin SET mood = 999",
    "UPDATE checkin SET water_glasses = -5",
    "UPDATE checkin SET sleep_hours = 25",
    "UPDATE checkin SET stress = 'very'",
    "UPDATE episode SET started_offset_min = 99999",
    "UPDATE episode SET ongoing = 7",
    "UPDATE dose SET status = 'maybe'",
    "UPDATE episode_relief SET minutes_to_relief = -1",
    "UPDATE pacing_break SET duration_s = -1",
    "UPDATE pacing_day SET desk_s = -1",
    "UPDATE own_audio SET bytes = -1",
    "UPDATE routine_entry SET target = 0",
])
def test_the_schema_refuses_what_the_code_cannot_use(v5_with_data, sql):
    data_dir = v5_with_data[0]
    db = open_database(data_dir, now=TEST_NOW)
    conn = db.connection()
    table = sql.split()[1]
    if table == "own_audio":
        conn.execute("INSERT INTO own_audio (uid, title, file_name, bytes, sort_order, created_utc, updated_utc)"
                     " VALUES ('a', 'Mine', 'a.mp3', 10, 0, '2026-01-01T00:00:00', '2026-01-01T00:00:00')")
    assert conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] > 0
    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
        conn.execute(sql)
    db.close()


def test_values_that_break_the_new_rules_are_made_empty_not_lost_with_their_row(data_dir):
    db = open_database(data_dir, now=TEST_NOW, migrations=V5)
    conn = db.connection()
    stamp = "2026-11-24T09:00:00"
    conn.execute("INSERT INTO checkin (id, uid, day, mood, water_glasses, sleep_hours, notes, created_utc,"
                 " updated_utc) VALUES (1, 'c1', '2026-11-24', 999, -5, 7.5, 'kept', ?, ?)", (stamp, stamp))
    conn.execute("INSERT INTO checkin_trigger (checkin_id, \"trigger\") VALUES (1, 'stress')")
    conn.execute("INSERT INTO episode (id, uid, started_utc, started_offset_min, day, ongoing, kind, intensity,"
                 " created_utc, updated_utc) VALUES (1, 'e1', ?, 99999, '2026-11-24', 7, 'cramp', 5, ?, ?)",
                 (stamp, stamp, stamp))
    conn.execute("INSERT INTO episode_muscle (episode_id, muscle, side) VALUES (1, 'calves', 'left')")
    conn.commit()
    db.close()
    db = open_database(data_dir, now=TEST_NOW)
    conn = db.connection()
    assert conn.execute("SELECT mood, water_glasses, sleep_hours, notes FROM checkin").fetchall() == [
        (None, None, 7.5, "kept")]
    assert conn.execute('SELECT "trigger" FROM checkin_trigger').fetchall() == [("stress",)]
    assert conn.execute("SELECT started_utc, started_offset_min, ongoing FROM episode").fetchall() == [
        (stamp, 0, 1)]
    assert conn.execute("SELECT muscle FROM episode_muscle WHERE episode_id = 1").fetchall() == [("calves",)]
    db.close()
