"""An import checks what values mean, as the app's own forms do: a file
with an impossible date, offset, scale or reference is refused whole, with
table, row and field named, and nothing is written."""

import csv
import io
import json

import pytest

from fibro_desktop.core.data_safety.formats import ImportProblem
from fibro_desktop.store.database import open_database
from fibro_desktop.store.export import export_csv, export_json
from fibro_desktop.store.import_read import read_export
from fibro_desktop.store.import_write import import_data
from tests.conftest import TEST_NOW, run_cli
from tests.data_safety import journal_schema


def fresh_db(folder):
    db = open_database(folder, now=TEST_NOW)
    return db


def contents(db):
    return journal_schema.table_contents(db.connection())


def exported(db, tmp_path):
    out = tmp_path / "e.json"
    export_json(db.connection(), out, TEST_NOW)
    return json.loads(out.read_text())


def set_cell(document, table, column, value, row=0):
    columns = document["tables"][table]["columns"]
    document["tables"][table]["rows"][row][columns.index(column)] = value


BAD_VALUES = [
    ("episode", "started_utc", "not a date", "date and time"),
    ("episode", "started_utc", "9999-01-01T00:00:00", "future"),
    ("episode", "started_utc", "2026-02-30T10:00:00", "date and time"),
    ("episode", "day", "2026-13-45", "calendar day"),
    ("episode", "started_offset_min", 99999, "offset"),
    ("episode", "kind", "tornado", "kind of spasm"),
    ("episode", "intensity", 11, "0 to 10"),
    ("episode", "duration_s", -5, "24 hours"),
    ("episode", "ongoing", 7, "0 (no) or 1 (yes)"),
    ("episode", "created_utc", "12/02/2025 03:32", "spreadsheet"),
    ("episode_muscle", "muscle", "tail", "not known"),
    ("episode_muscle", "episode_id", 987654, "not in the file"),
    ("checkin", "mood", 999, "0 to 10"),
    ("checkin", "water_glasses", -5, "glasses"),
    ("checkin", "sleep_hours", {"float": "inf"}, "not a real number"),
    ("checkin", "sleep_hours", 30.5, "hours of sleep"),
    ("checkin", "day", "2999-01-01", "future"),
    ("checkin_trigger", "trigger", "own:", "1 to 200"),
]


@pytest.mark.parametrize("table, column, value, message", BAD_VALUES)
def test_a_value_the_app_cannot_use_refuses_the_whole_file(journal_db, tmp_path, table, column, value, message):
    document = exported(journal_db, tmp_path)
    set_cell(document, table, column, value, row=-1)  # the last row: everything before it was fine
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    target = fresh_db(tmp_path / "target")
    before = contents(target)
    with pytest.raises(ImportProblem) as caught:
        import_data(target, read_export(bad), now=TEST_NOW)
    problem = caught.value
    assert (problem.table, problem.row, problem.field) == (
        table, len(document["tables"][table]["rows"]), column)
    assert message in str(problem)
    assert contents(target) == before
    target.close()


def test_infinity_written_as_json_is_refused_as_not_json(journal_db, tmp_path):
    document = exported(journal_db, tmp_path)
    set_cell(document, "checkin", "sleep_hours", float("inf"))
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))  # writes the bare word Infinity
    with pytest.raises(ImportProblem, match="not valid JSON"):
        read_export(bad)


def rewrite_csv_cell(folder, table, column, change):
    path = folder / f"{table}.csv"
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    index = rows[0].index(column)
    rows[1][index] = change(rows[1][index])
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode("utf-8"))
    return rows[1][index]


@pytest.mark.parametrize("table, column, spreadsheet", [
    ("episode", "started_utc", lambda cell: "12/02/2025 03:32"),
    ("episode", "started_utc", lambda cell: cell[:19]),  # the offset dropped
    ("checkin", "day", lambda cell: "02.12.2025"),
])
def test_a_csv_export_saved_by_a_spreadsheet_is_refused_not_imported_wrong(journal_db, tmp_path, table,
                                                                          column, spreadsheet):
    folder = tmp_path / "csv"
    export_csv(journal_db.connection(), folder, TEST_NOW)
    written = rewrite_csv_cell(folder, table, column, spreadsheet)
    target = fresh_db(tmp_path / "target")
    before = contents(target)
    with pytest.raises(ImportProblem) as caught:
        import_data(target, read_export(folder), now=TEST_NOW)
    assert (caught.value.table, caught.value.row, caught.value.field) == (table, 1, column)
    assert repr(written[:40]) in str(caught.value)
    assert contents(target) == before
    target.close()


def test_an_unchanged_export_still_imports_in_every_format(journal_db, tmp_path):
    for fmt, name in (("json", "e.json"), ("csv", "e.zip")):
        out = tmp_path / name
        (export_json if fmt == "json" else export_csv)(journal_db.connection(), out, TEST_NOW)
        target = fresh_db(tmp_path / f"t-{fmt}")
        import_data(target, read_export(out), now=TEST_NOW)
        assert contents(target) == contents(journal_db)
        target.close()


def test_the_command_line_refuses_a_bad_file_and_writes_nothing(journal_db, tmp_path):
    document = exported(journal_db, tmp_path)
    set_cell(document, "checkin", "mood", 999, row=2)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    other = tmp_path / "other"
    fresh_db(other).close()
    result = run_cli("import", str(bad), "--data-dir", str(other))
    assert result.returncode != 0
    assert "Imported" not in result.stdout
    message = result.stdout + result.stderr
    assert "nothing was imported" in message and "table checkin, row 3, field mood" in message
    assert "Traceback" not in message
    db = open_database(other, now=TEST_NOW)
    assert db.execute_sql("SELECT count(*) FROM checkin").fetchone()[0] == 0
    db.close()


@pytest.fixture(scope="module")
def demo_document(tmp_path_factory):
    """An export of the demo year: a row in (nearly) every table."""
    from fibro_desktop.demo import fill_demo_data

    folder = tmp_path_factory.mktemp("demo")
    db = open_database(folder / "data", now=TEST_NOW)
    fill_demo_data(db, TEST_NOW)
    out = folder / "demo.json"
    export_json(db.connection(), out, TEST_NOW)
    db.close()
    return out.read_text()


@pytest.mark.parametrize("table, column, value, message", [
    ("care_contact", "role", "wizard", "role"),
    ("care_contact", "name", "   ", "name is required"),
    ("kit_item", "quantity", 10_000, "0 to 9999"),
    ("routine_item", "target", 0, "1 to 9999"),
    ("routine_entry", "amount", -1, "0 to 9999"),
    ("kit_ready", "ready_offset_min", 99999, "offset"),
    ("pacing_day", "desk_s", -5, "below 0"),
    ("pacing_break", "postpones", -1, "below 0"),
    ("listen", "tension_before", 11, "0 to 10"),
    ("listen", "day", "2026-02-29", "calendar day"),
    ("dose", "status", "maybe", "taken or skipped"),
    ("dose", "day", "2020-01-01", "does not match"),
    ("episode_relief", "helped", "maybe", "helped"),
    ("episode_warning", "symptom", "hiccups", "warning sign"),
])
def test_every_feature_s_rows_are_checked_as_its_forms_check_them(demo_document, tmp_path, table, column, value,
                                                                  message):
    document = json.loads(demo_document)
    set_cell(document, table, column, value, row=0)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    target = open_database(tmp_path / "target", now=TEST_NOW)
    before = contents(target)
    with pytest.raises(ImportProblem) as caught:
        import_data(target, read_export(bad), now=TEST_NOW)
    assert (caught.value.table, caught.value.row, caught.value.field) == (table, 1, column)
    assert message in str(caught.value)
    assert contents(target) == before
    target.close()


def test_the_demo_year_itself_imports(demo_document, tmp_path):
    good = tmp_path / "good.json"
    good.write_text(demo_document)
    target = open_database(tmp_path / "target", now=TEST_NOW)
    summary = import_data(target, read_export(good), now=TEST_NOW)
    assert summary.total_added == sum(len(t["rows"]) for t in json.loads(demo_document)["tables"].values())
    target.close()


def test_the_import_menu_names_the_problem_and_changes_nothing(journal_db, tmp_path, app_context, shell):
    """As a person meets it: File > Import of a file with mood 999."""
    from fibro_desktop.ui.data_safety.flows import run_import
    from fibro_desktop.wiring.data_safety import DataSafety

    document = exported(journal_db, tmp_path)
    set_cell(document, "checkin", "mood", 999, row=4)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    before = contents(app_context.db)
    shown = []
    message = run_import(shell.window, DataSafety(app_context), ask_path=lambda: bad, confirm=lambda q: True,
                         inform=lambda *a: shown.append(a))
    assert message.startswith("Nothing was imported")
    assert "Choose a number from 0 to 10. (table checkin, row 5, field mood)" in message
    assert shown[0][3] is False
    assert contents(app_context.db) == before
