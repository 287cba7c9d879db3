"""The data-safety commands, run as a person would: in a subprocess."""

import json
import sqlite3

from fibro_desktop.store.database import open_database
from tests.conftest import TEST_NOW, run_cli
from tests.data_safety import journal_schema


def make_data(folder):
    db = open_database(folder, now=TEST_NOW)
    journal_schema.fill(db, TEST_NOW, days=10)
    db.close()


def count(folder, table):
    conn = sqlite3.connect(folder / "fibro.sqlite3")
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_check_is_happy_with_good_data_and_exits_1_for_damaged(tmp_path):
    data = tmp_path / "data"
    make_data(data)
    good = run_cli("check", "--data-dir", str(data))
    assert good.returncode == 0, good.stderr
    assert "state: ok" in good.stdout and "checkin: 10 rows" in good.stdout
    raw = bytearray((data / "fibro.sqlite3").read_bytes())
    (data / "fibro.sqlite3").write_bytes(bytes(raw[: len(raw) // 2]))
    bad = run_cli("check", "--data-dir", str(data))
    assert bad.returncode == 1
    assert "state: damaged" in bad.stdout


def test_export_import_round_trip_through_the_command_line(tmp_path):
    data, other = tmp_path / "data", tmp_path / "other"
    make_data(data)
    out = tmp_path / "export.json"
    result = run_cli("export", "--format", "json", "--out", str(out), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text())["format"] == "fibro-desktop-export"
    other_db = open_database(other, now=TEST_NOW)
    other_db.close()
    first = run_cli("import", str(out), "--data-dir", str(other))
    assert first.returncode == 0, first.stderr
    again = run_cli("import", str(out), "--data-dir", str(other))
    assert "Imported 0 new rows" in again.stdout
    assert count(other, "episode") == count(data, "episode")
    assert any(p.name.endswith("-before-import.sqlite3") for p in (other / "backups").iterdir())


def test_csv_export_with_a_date_range_to_a_zip(tmp_path):
    data = tmp_path / "data"
    make_data(data)
    out = tmp_path / "week.zip"
    result = run_cli("export", "--format", "csv", "--out", str(out), "--from", "2026-11-18", "--to", "2026-11-24",
                     "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Exported")
    bad = run_cli("export", "--out", str(tmp_path / "x.json"), "--from", "24/11/2026", "--data-dir", str(data))
    assert bad.returncode == 2 and "not a date" in bad.stderr


def test_a_bad_import_file_says_what_and_where_and_changes_nothing(tmp_path):
    data = tmp_path / "data"
    make_data(data)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "fibro-desktop-export", "version": 7, "schema_version": 1, "tables": {}}')
    result = run_cli("import", str(bad), "--data-dir", str(data))
    assert result.returncode == 1
    assert "newer version" in result.stderr and "nothing was imported" in result.stderr


def test_backup_then_restore_without_a_window(tmp_path):
    data = tmp_path / "data"
    make_data(data)
    made = run_cli("backup", "--data-dir", str(data), "--to", str(tmp_path / "sync"))
    assert made.returncode == 0, made.stderr
    assert len(list((tmp_path / "sync").iterdir())) == 1
    conn = sqlite3.connect(data / "fibro.sqlite3")
    conn.execute("DELETE FROM checkin")
    conn.commit()
    conn.close()
    listed = run_cli("restore", "--list", "--data-dir", str(data))
    assert "manual" in listed.stdout and "10 check-ins" in listed.stdout
    restored = run_cli("restore", "--data-dir", str(data))
    assert restored.returncode == 0, restored.stderr
    assert count(data, "checkin") == 10
    assert "kept in" in restored.stdout


def test_restore_repairs_a_damaged_data_file_and_keeps_it(tmp_path):
    data = tmp_path / "data"
    make_data(data)
    assert run_cli("backup", "--data-dir", str(data)).returncode == 0
    (data / "fibro.sqlite3").write_bytes(b"garbage" * 1000)
    assert run_cli("check", "--data-dir", str(data)).returncode == 1
    restored = run_cli("restore", "--data-dir", str(data))
    assert restored.returncode == 0, restored.stderr
    assert run_cli("check", "--data-dir", str(data)).returncode == 0
    assert any(p.name.startswith("damaged-") for p in (data / "backups").iterdir())


def test_rescue_exports_what_a_damaged_file_still_holds(tmp_path):
    data = tmp_path / "data"
    make_data(data)
    conn = sqlite3.connect(data / "fibro.sqlite3")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA user_version = 99")  # from a "newer" app: the normal export refuses it
    conn.commit()
    conn.close()
    refused = run_cli("export", "--out", str(tmp_path / "no.json"), "--data-dir", str(data))
    assert refused.returncode == 2 and "newer version" in refused.stderr
    out = tmp_path / "rescued.json"
    rescued = run_cli("export", "--rescue", "--out", str(out), "--data-dir", str(data))
    assert rescued.returncode == 0, rescued.stderr
    document = json.loads(out.read_text())
    assert document["schema_version"] == 99 and len(document["tables"]["checkin"]["rows"]) == 10


def test_export_never_writes_into_the_data_folder(tmp_path):
    data = tmp_path / "data"
    make_data(data)
    live = data / "fibro.sqlite3"
    before = count(data, "episode")
    (tmp_path / "link").symlink_to(data)
    for out in (live, data / "backups" / "x.json", data / "new.json", tmp_path / "link" / "fibro.sqlite3"):
        for extra in ([], ["--force"], ["--rescue", "--force"]):
            result = run_cli("export", "--out", str(out), *extra, "--data-dir", str(data))
            assert result.returncode == 1, (out, extra)
            assert "inside the data folder" in result.stderr and "Nothing was written" in result.stderr
    assert count(data, "episode") == before
    assert not (data / "new.json").exists()


def test_export_refuses_to_replace_a_file_without_force(tmp_path):
    data = tmp_path / "data"
    make_data(data)
    out = tmp_path / "mine.json"
    out.write_text("my own notes")
    refused = run_cli("export", "--out", str(out), "--data-dir", str(data))
    assert refused.returncode == 1
    assert "already exists" in refused.stderr and "--force" in refused.stderr
    assert out.read_text() == "my own notes"
    forced = run_cli("export", "--out", str(out), "--force", "--data-dir", str(data))
    assert forced.returncode == 0, forced.stderr
    assert json.loads(out.read_text())["format"] == "fibro-desktop-export"
    folder = tmp_path / "csv"
    folder.mkdir()  # an empty folder is simply used
    assert run_cli("export", "--format", "csv", "--out", str(folder), "--data-dir", str(data)).returncode == 0
    again = run_cli("export", "--format", "csv", "--out", str(folder), "--data-dir", str(data))
    assert again.returncode == 1 and "already exists" in again.stderr
