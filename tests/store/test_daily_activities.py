"""The check-in's "could you do your daily activities without interruption?"
(migration 8): stored, checked, carried through export and import, and an
older file upgraded with its check-ins kept as not answered."""

import json

import peewee
import pytest

from fibro_desktop.core.data_safety.formats import ImportProblem
from fibro_desktop.core.journal.records import CheckIn
from fibro_desktop.core.journal.validation import InvalidEntry, validate_checkin
from fibro_desktop.store.checkins import checkin_for_day, save_checkin
from fibro_desktop.store.database import open_database
from fibro_desktop.store.export import export_csv, export_json
from fibro_desktop.store.import_read import read_export
from fibro_desktop.store.import_write import import_data
from fibro_desktop.store.migrations import MIGRATIONS
from tests.conftest import TEST_NOW

TODAY = TEST_NOW.date()


def test_the_answer_is_kept_and_only_known_answers_are_accepted(db):
    save_checkin(db, CheckIn(day=TODAY, daily_activities="partly"), TEST_NOW)
    assert checkin_for_day(db, TODAY).daily_activities == "partly"
    assert validate_checkin(CheckIn(day=TODAY, daily_activities="sometimes"), TODAY) == {
        "daily_activities": "Choose an answer from the list."}
    with pytest.raises(InvalidEntry):
        save_checkin(db, CheckIn(day=TODAY, daily_activities="sometimes"), TEST_NOW)
    with pytest.raises(peewee.IntegrityError):  # the schema keeps the rule too
        db.execute_sql("UPDATE checkin SET daily_activities = 'sometimes'")


def test_an_older_file_is_upgraded_and_its_check_ins_stay_unanswered(data_dir):
    old = open_database(data_dir, now=TEST_NOW, migrations=MIGRATIONS[:7])
    old.execute_sql("INSERT INTO checkin (uid, day, mood, created_utc, updated_utc) "
                    "VALUES ('u1', '2026-11-23', 6, '2026-11-23T20:00:00', '2026-11-23T20:00:00')")
    old.close()
    db = open_database(data_dir, now=TEST_NOW)
    kept = checkin_for_day(db, TODAY.replace(day=23))
    assert kept.mood == 6 and kept.daily_activities is None
    db.close()


@pytest.mark.parametrize("fmt, name", [("json", "out.json"), ("csv", "out.zip")])
def test_export_and_import_carry_the_answer(db, tmp_path, fmt, name):
    save_checkin(db, CheckIn(day=TODAY, daily_activities="no", water_glasses=4), TEST_NOW)
    out = tmp_path / name
    (export_json if fmt == "json" else export_csv)(db.connection(), out, TEST_NOW)
    target = open_database(tmp_path / "target", now=TEST_NOW)
    import_data(target, read_export(out), now=TEST_NOW)
    assert checkin_for_day(target, TODAY).daily_activities == "no"
    target.close()


def test_an_import_with_an_unknown_answer_is_refused_naming_the_field(db, tmp_path):
    save_checkin(db, CheckIn(day=TODAY, daily_activities="yes"), TEST_NOW)
    out = tmp_path / "out.json"
    export_json(db.connection(), out, TEST_NOW)
    document = json.loads(out.read_text())
    table = document["tables"]["checkin"]
    table["rows"][0][table["columns"].index("daily_activities")] = "sometimes"
    out.write_text(json.dumps(document))
    target = open_database(tmp_path / "target", now=TEST_NOW)
    with pytest.raises(ImportProblem, match="daily_activities"):
        import_data(target, read_export(out), now=TEST_NOW)
    assert checkin_for_day(target, TODAY) is None
    target.close()
