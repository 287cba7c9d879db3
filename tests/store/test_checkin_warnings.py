"""Warning signs noted on a check-in are kept with it and read by the red-flag
rules; the rules read the routine and stored details keep their values."""

import sqlite3
from datetime import datetime, time, timedelta

import pytest

from fibro_desktop.core.journal import flag_detail as d
from fibro_desktop.core.journal.records import CheckIn, Episode
from fibro_desktop.core.journal.validation import InvalidEntry
from fibro_desktop.store import journal, red_flags, routine
from fibro_desktop.store.checkins import checkin_for_day, save_checkin
from tests.conftest import TEST_NOW

TODAY = TEST_NOW.date()


def test_signs_are_saved_with_the_check_in_and_replaced_with_it(db):
    save_checkin(db, CheckIn(day=TODAY, mood=5, warnings=frozenset({"numbness", "fever"})), TEST_NOW)
    assert checkin_for_day(db, TODAY).warnings == {"numbness", "fever"}
    save_checkin(db, CheckIn(day=TODAY, mood=5), TEST_NOW)
    assert checkin_for_day(db, TODAY).warnings == frozenset()


def test_an_unknown_sign_is_refused_by_the_check_and_by_the_schema(db, data_dir):
    with pytest.raises(InvalidEntry) as refused:
        save_checkin(db, CheckIn(day=TODAY, warnings=frozenset({"tired"})), TEST_NOW)
    assert "warnings" in refused.value.errors
    save_checkin(db, CheckIn(day=TODAY, mood=5), TEST_NOW)
    with pytest.raises(peewee_integrity()):
        db.execute_sql("INSERT INTO checkin_warning (checkin_id, symptom) VALUES (1, 'tired')")
    db.execute_sql("INSERT INTO checkin_warning (checkin_id, symptom) VALUES (1, 'fever')")
    with pytest.raises(peewee_integrity()):
        db.execute_sql("INSERT INTO checkin_warning (checkin_id, symptom) VALUES (1, 'fever')")


def peewee_integrity():
    import peewee

    return (peewee.IntegrityError, sqlite3.IntegrityError)


def test_numbness_noted_on_a_check_in_raises_a_flag_once(db):
    save_checkin(db, CheckIn(day=TODAY, warnings=frozenset({"numbness"})), TEST_NOW)
    new = red_flags.check_red_flags(db, TEST_NOW)
    assert [(f.rule, f.event_key) for f in new] == [("neuro_signs", f"neuro_signs:checkin:{TODAY.isoformat()}")]
    assert d.parse(new[0].detail).sentences == (d.Sentence(d.CHECKIN_CAME_WITH, (d.Terms(("numbness",)),)),)
    assert red_flags.check_red_flags(db, TEST_NOW + timedelta(hours=1)) == []


def test_an_episode_still_going_is_noticed_when_the_rules_run_hours_later(db):
    started = TEST_NOW - timedelta(hours=1)
    journal.save_episode(db, Episode(started=started, kind="tonic", intensity=6, ongoing=True), TEST_NOW)
    assert red_flags.check_red_flags(db, TEST_NOW) == []
    later = red_flags.check_red_flags(db, TEST_NOW + timedelta(hours=2))
    assert [f.rule for f in later] == ["still_going"]


def test_worsening_reads_the_routine(db):
    for n in range(4):
        day = TODAY - timedelta(days=30 + 7 * n)
        journal.save_episode(db, Episode(started=datetime.combine(day, time(9), TEST_NOW.tzinfo), kind="cramp",
                                         intensity=5), TEST_NOW)
    for n in range(12):
        day = TODAY - timedelta(days=n)
        journal.save_episode(db, Episode(started=datetime.combine(day, time(9), TEST_NOW.tzinfo), kind="cramp",
                                         intensity=5), TEST_NOW)
    item = routine.add_routine_item(db, TEST_NOW, "Morning stretch")
    for n in range(14):
        routine.set_routine_amount(db, TEST_NOW, item.id, TODAY - timedelta(days=n), 1, check_day=False)
    flag = next(f for f in red_flags.check_red_flags(db, TEST_NOW) if f.rule == "worsening")
    assert d.Sentence(d.ROUTINE_KEPT, (d.Count(14),)) in d.parse(flag.detail).sentences


def test_check_in_signs_go_out_with_an_export_and_come_back_in(db, tmp_path):
    from fibro_desktop.store.database import open_database
    from fibro_desktop.store.export import export_csv, export_json
    from fibro_desktop.store.import_read import read_export
    from fibro_desktop.store.import_write import import_data

    save_checkin(db, CheckIn(day=TODAY, mood=4, warnings=frozenset({"loss_of_balance", "fever"})), TEST_NOW)
    for name, export in (("all.json", export_json), ("all.zip", export_csv)):
        export(db.connection(), tmp_path / name, TEST_NOW)
        target = open_database(tmp_path / f"target-{name}", now=TEST_NOW)
        import_data(target, read_export(tmp_path / name))
        assert checkin_for_day(target, TODAY).warnings == {"loss_of_balance", "fever"}
        target.close()
