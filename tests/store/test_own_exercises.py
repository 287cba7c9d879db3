"""Own pacing exercises live in the database: kept, carried over, exported."""

import json

import pytest

from fibro_desktop.core.pacing.exercises import Exercise
from fibro_desktop.store.database import open_database
from fibro_desktop.store.export import export_data
from fibro_desktop.store.import_read import read_export
from fibro_desktop.store.import_write import import_data
from fibro_desktop.store.own_exercises import add_own_exercise, carry_over, own_exercises, remove_own_exercise
from tests.conftest import TEST_NOW

SHOULDERS = Exercise("own_0123456789ab", "micro", "Therapist's shoulder set",
                     ("Roll the shoulders back", "Breathe out, \"slowly\", twice"), frozenset({"shoulders"}))
WALK = Exercise("own_ba9876543210", "any", "Walk to the window", ("Stand up", "Look far away"))

#: What older versions wrote into preferences.ini (pacing/own_exercises).
OLD_PREFERENCE = json.dumps([
    {"id": SHOULDERS.id, "tier": "micro", "title": SHOULDERS.title, "steps": list(SHOULDERS.steps),
     "muscles": ["shoulders"]},
    {"id": WALK.id, "tier": "any", "title": WALK.title, "steps": list(WALK.steps), "muscles": []},
])


def test_added_exercises_are_listed_in_order_and_can_be_removed(db):
    add_own_exercise(db, SHOULDERS, TEST_NOW)
    add_own_exercise(db, WALK, TEST_NOW)
    add_own_exercise(db, WALK, TEST_NOW)  # the same id again adds nothing
    assert own_exercises(db) == [SHOULDERS, WALK]
    assert remove_own_exercise(db, SHOULDERS.id)
    assert not remove_own_exercise(db, SHOULDERS.id)
    assert own_exercises(db) == [WALK]


def test_the_schema_refuses_what_the_app_could_not_show(db):
    import peewee

    for values in (("x", "micro", "t", "s"), ("own_1", "sometimes", "t", "s"), ("own_1", "any", " ", "s"),
                   ("own_1", "any", "t", "")):
        with pytest.raises(peewee.IntegrityError):
            db.execute_sql("INSERT INTO pacing_own_exercise (uid, exercise_id, tier, title, steps, created_utc, "
                           "updated_utc) VALUES ('u', ?, ?, ?, ?, 'c', 'u')", values)


def test_the_old_preference_is_carried_over_once(db):
    assert carry_over(db, OLD_PREFERENCE, TEST_NOW) == (2, True)
    assert own_exercises(db) == [SHOULDERS, WALK]
    assert carry_over(db, OLD_PREFERENCE, TEST_NOW) == (0, True)
    assert len(own_exercises(db)) == 2


def test_an_unreadable_old_entry_is_reported_so_it_is_not_thrown_away(db):
    mixed = json.dumps([json.loads(OLD_PREFERENCE)[0], {"id": "own_bad", "tier": "never", "steps": []}])
    assert carry_over(db, mixed, TEST_NOW) == (1, False)
    assert own_exercises(db) == [SHOULDERS]
    assert carry_over(db, "{not json", TEST_NOW) == (0, False)
    assert carry_over(db, "", TEST_NOW) == (0, True)


@pytest.mark.parametrize("fmt,name", [("json", "export.json"), ("csv", "export.zip"), ("csv", "folder")])
def test_own_exercises_travel_through_export_and_import(db, tmp_path, fmt, name):
    add_own_exercise(db, SHOULDERS, TEST_NOW)
    add_own_exercise(db, WALK, TEST_NOW)
    out = tmp_path / name
    summary = export_data(db.connection(), fmt, out, TEST_NOW)
    assert summary.rows["pacing_own_exercise"] == 2
    other = open_database(tmp_path / "new-computer", now=TEST_NOW)
    try:
        import_data(other, read_export(out))
        assert own_exercises(other) == [SHOULDERS, WALK]
        import_data(other, read_export(out))  # twice adds nothing
        assert own_exercises(other) == [SHOULDERS, WALK]
    finally:
        other.close()


@pytest.mark.parametrize("column, value, message", [
    ("exercise_id", "own_a,b", "own_"),
    ("exercise_id", "shoulder_roll", "own_"),
    ("tier", "sometimes", "kind of break"),
    ("title", "   ", "name"),
    ("title", "x" * 81, "under 80"),
    ("steps", "\n \n", "at least one step"),
    ("muscles", "shoulders,tail", "muscle group"),
])
def test_an_import_with_an_own_exercise_the_app_cannot_use_is_refused_whole(db, tmp_path, column, value,
                                                                            message):
    from fibro_desktop.core.data_safety.formats import ImportProblem

    add_own_exercise(db, SHOULDERS, TEST_NOW)
    out = tmp_path / "e.json"
    export_data(db.connection(), "json", out, TEST_NOW)
    document = json.loads(out.read_text())
    table = document["tables"]["pacing_own_exercise"]
    table["rows"][0][table["columns"].index(column)] = value
    out.write_text(json.dumps(document))
    other = open_database(tmp_path / "other", now=TEST_NOW)
    try:
        with pytest.raises(ImportProblem) as refused:
            import_data(other, read_export(out))
        assert "pacing_own_exercise" in str(refused.value) and column in str(refused.value)
        assert message in str(refused.value)
        assert own_exercises(other) == []
    finally:
        other.close()


def test_the_store_refuses_what_the_form_would():
    from fibro_desktop.store.own_exercises import _problem

    assert _problem(SHOULDERS) is None
    assert _problem(Exercise("own_1", "any", "t", ("two\nlines",)))[0] == "steps"
    assert _problem(Exercise("own_1,2", "any", "t", ("s",)))[0] == "exercise_id"
