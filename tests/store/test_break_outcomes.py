"""Honest break outcomes in the store (issue 17): ``missed`` and ``deferred``
are kept and counted, and migration 9 widens the rule for them without
changing a row written before."""

import sqlite3
from datetime import timedelta

import pytest

from fibro_desktop.core.pacing.record import BreakEntry, Outcome
from fibro_desktop.store.database import open_database
from fibro_desktop.store.migrations import MIGRATIONS
from fibro_desktop.store.pacing import breaks_for_day, day_summary, record_break, streak
from tests.conftest import TEST_NOW


def entry(minute: int, outcome: str, kind: str = "micro") -> BreakEntry:
    due = TEST_NOW + timedelta(minutes=minute)
    return BreakEntry(kind, outcome, due, due, due + timedelta(seconds=30), 30)


def test_missed_breaks_count_as_due_but_not_had_and_deferred_ones_as_neither(db):
    for minute, outcome in [(10, "taken"), (20, "missed"), (30, "missed"), (40, "deferred"), (45, "taken")]:
        record_break(db, entry(minute, outcome), TEST_NOW)
    summary = day_summary(db, TEST_NOW.date())
    assert (summary.taken, summary.missed, summary.deferred) == (2, 2, 1)
    assert summary.rested == 2 and summary.due == 4
    assert [e.outcome for e in breaks_for_day(db, TEST_NOW.date())] == [
        Outcome.TAKEN, Outcome.MISSED, Outcome.MISSED, Outcome.DEFERRED, Outcome.TAKEN]


def test_a_day_of_typed_through_breaks_does_not_extend_the_streak(db):
    yesterday = TEST_NOW - timedelta(days=1)
    for minute in range(3):
        record_break(db, BreakEntry("micro", "missed", yesterday + timedelta(minutes=minute * 10),
                                    None, None, 30), TEST_NOW)
    assert streak(db, TEST_NOW.date()) == 0


def test_an_unknown_outcome_is_refused_by_the_schema(db):
    with pytest.raises(Exception, match="CHECK"):
        db.execute_sql("INSERT INTO pacing_break (uid, kind, outcome, due_utc, due_offset_min, day, created_utc, "
                       "updated_utc) VALUES ('x', 'micro', 'maybe', '2026-11-24T09:00:00', 60, '2026-11-24', "
                       "'2026-11-24T09:00:00', '2026-11-24T09:00:00')")


def test_migration_9_keeps_every_earlier_break_as_it_was(data_dir):
    before_9 = [m for m in MIGRATIONS if m.version < 9]
    db = open_database(data_dir, now=TEST_NOW, migrations=before_9)
    for minute, outcome in [(10, "taken"), (20, "skipped"), (30, "postponed"), (40, "natural")]:
        record_break(db, entry(minute, outcome), TEST_NOW)
    with pytest.raises(Exception, match="CHECK"):
        record_break(db, entry(50, "missed"), TEST_NOW)  # the old rule
    old_rows = db.execute_sql("SELECT * FROM pacing_break ORDER BY id").fetchall()
    db.close()

    db = open_database(data_dir, now=TEST_NOW)
    assert db.execute_sql("SELECT * FROM pacing_break ORDER BY id").fetchall() == old_rows
    record_break(db, entry(50, "missed"), TEST_NOW)
    record_break(db, entry(55, "deferred"), TEST_NOW)
    indexes = {r[1] for r in db.execute_sql("PRAGMA index_list(pacing_break)").fetchall()}
    assert "pacing_break_day" in indexes
    assert db.execute_sql("PRAGMA integrity_check").fetchone() == ("ok",)
    db.close()
    with sqlite3.connect(data_dir / "fibro.sqlite3") as conn:
        assert conn.execute("SELECT COUNT(*) FROM pacing_break").fetchone() == (6,)


def test_migration_9_leaves_no_free_pages_and_rebuilds_an_unexpected_table(data_dir):
    db = open_database(data_dir, now=TEST_NOW)
    assert db.execute_sql("PRAGMA freelist_count").fetchone() == (0,)
    db.close()

    from fibro_desktop.store.migrations import m0009_break_outcomes

    other = open_database(data_dir.parent / "other", now=TEST_NOW, migrations=[m for m in MIGRATIONS if m.version < 9])
    other.execute_sql("DROP TABLE pacing_break")
    other.execute_sql(m0009_break_outcomes.CREATE.replace("pacing_break_m0009", "pacing_break").replace(
        m0009_break_outcomes.NEW_RULE, "CHECK (outcome in ('taken','skipped','postponed','natural'))"))
    record_break(other, entry(10, "taken"), TEST_NOW)
    with other.atomic():
        m0009_break_outcomes.apply(other)
    record_break(other, entry(20, "missed"), TEST_NOW)
    assert [e.outcome for e in breaks_for_day(other, TEST_NOW.date())] == [Outcome.TAKEN, Outcome.MISSED]
    other.close()
