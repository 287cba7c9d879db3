"""What the importer is handed that is not an export: devices, pipes,
password-protected and damaged zips, a zip holding one enormous cell, a
recording's file name that leaves its folder, direction-override
characters. Each is refused (or cleaned) with a plain message."""

import json
import os
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from fibro_desktop.core.data_safety.formats import ImportProblem
from fibro_desktop.store.database import open_database
from fibro_desktop.store.export import export_csv, export_json
from fibro_desktop.store.import_read import read_export
from fibro_desktop.store.import_write import import_data
from tests.conftest import TEST_NOW, run_cli
from tests.data_safety import journal_schema

posix_only = pytest.mark.skipif(os.name != "posix", reason="devices and named pipes")
STAMP = "2026-11-20T08:00:00"


def assert_plain(text):
    for python_words in ("Traceback", "codec", "Expecting value", "Error:", "errno"):
        assert python_words not in text


@posix_only
def test_a_device_is_refused_without_reading_it(tmp_path):
    # In a child process first: reading without end there times out and fails.
    result = run_cli("import", "/dev/zero", "--data-dir", str(tmp_path / "data"))
    assert result.returncode != 0
    assert "not an ordinary file" in result.stdout + result.stderr
    assert_plain(result.stdout + result.stderr)
    with pytest.raises(ImportProblem, match="not an ordinary file"):
        read_export(Path("/dev/zero"))


@posix_only
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    pipe = tmp_path / "export.json"
    os.mkfifo(pipe)
    folder = tmp_path / "csv"
    folder.mkdir()
    os.mkfifo(folder / "fibro-export.json")
    # First as a person runs it, in a child process: a hang there times out
    # and fails the test instead of blocking the test run.
    for path in (pipe, folder):
        result = run_cli("import", str(path), "--data-dir", str(tmp_path / "data"))
        assert result.returncode != 0 and "not an ordinary file" in result.stdout + result.stderr
        with pytest.raises(ImportProblem, match="not an ordinary file"):
            read_export(path)


def encrypt_flags(path):
    """Mark every member as password-protected (general purpose bit 0), as
    a zip program does; Python's zipfile cannot write such zips."""
    raw = bytearray(path.read_bytes())
    for signature, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (start := raw.find(signature, start)) >= 0:
            raw[start + flag_at] |= 0x1
            start += 4
    path.write_bytes(bytes(raw))


def test_a_password_protected_zip_gets_a_plain_message(journal_db, tmp_path):
    out = tmp_path / "locked.zip"
    export_csv(journal_db.connection(), out, TEST_NOW)
    encrypt_flags(out)
    with pytest.raises(ImportProblem, match="protected with a password"):
        read_export(out)
    result = run_cli("import", str(out), "--data-dir", str(tmp_path / "data"))
    assert result.returncode != 0 and "protected with a password" in result.stdout + result.stderr
    assert_plain(result.stdout + result.stderr)


def test_a_damaged_zip_and_a_file_of_another_kind_are_named_plainly(journal_db, tmp_path):
    out = tmp_path / "e.zip"
    export_csv(journal_db.connection(), out, TEST_NOW)
    raw = out.read_bytes()
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(raw[:40] + bytes(len(raw) - 80) + raw[-40:])  # the middle overwritten
    with pytest.raises(ImportProblem) as caught:
        read_export(damaged)
    assert "zip file is damaged" in str(caught.value)
    picture = tmp_path / "holiday.json"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(ImportProblem, match="not a Fibro Desktop export") as caught:
        read_export(picture)
    assert_plain(str(caught.value))
    letter = tmp_path / "letter.json"
    letter.write_text("Dear doctor, my spasms ...")
    with pytest.raises(ImportProblem, match="not a Fibro Desktop export"):
        read_export(letter)


def test_a_zip_with_one_enormous_cell_is_refused_using_little_memory(journal_db, tmp_path):
    out = tmp_path / "e.zip"
    export_csv(journal_db.connection(), out, TEST_NOW)
    with zipfile.ZipFile(out) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            if name != "episode.csv":
                archive.writestr(name, content)
        with archive.open("episode.csv", "w") as member:
            header = members["episode.csv"].split(b"\r\n")[0]
            member.write(header + b"\r\n\"")
            chunk = b"a" * (1024 * 1024)
            for _ in range(64):  # a 64 MB cell, a few hundred KB zipped
                member.write(chunk)
            member.write(b"\"\r\n")
    size = bomb.stat().st_size
    tracemalloc.start()
    try:
        with pytest.raises(ImportProblem, match="cell far longer") as caught:
            read_export(bomb)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert caught.value.table == "episode"
    assert peak < 10 * size + 2 * 1024 * 1024  # not the 64 MB (or several times it) unpacked


def own_audio_export(tmp_path, file_name, title="Rain"):
    source = open_database(tmp_path / "source", now=TEST_NOW)
    source.execute_sql("INSERT INTO own_audio (uid, title, file_name, bytes, sort_order, created_utc, updated_utc)"
                       " VALUES ('a1', ?, 'ok.mp3', 10, 0, ?, ?)", (title, STAMP, STAMP))
    out = tmp_path / "audio.json"
    export_json(source.connection(), out, TEST_NOW)
    source.close()
    document = json.loads(out.read_text())
    table = document["tables"]["own_audio"]
    table["rows"][0][table["columns"].index("file_name")] = file_name
    out.write_text(json.dumps(document))
    return out


@pytest.mark.parametrize("file_name", ["../../.bashrc", "sub/x.mp3", "..\\x.mp3", "..", "x\u202e3pm.exe"])
def test_a_recording_whose_file_name_leaves_its_folder_is_refused(db, tmp_path, file_name):
    out = own_audio_export(tmp_path, file_name)
    with pytest.raises(ImportProblem) as caught:
        import_data(db, read_export(out), now=TEST_NOW)
    assert (caught.value.table, caught.value.row, caught.value.field) == ("own_audio", 1, "file_name")
    assert db.execute_sql("SELECT count(*) FROM own_audio").fetchone()[0] == 0


def test_a_recording_with_an_unsafe_file_name_can_still_be_removed(db, data_dir, tmp_path):
    """Such a row may be in a file from before these checks: removing it
    deletes the row and touches no file outside the library."""
    from fibro_desktop.store import relax

    outside = data_dir.parent / "precious.txt"
    outside.write_text("keep me")
    db.execute_sql("INSERT INTO own_audio (uid, title, file_name, bytes, sort_order, created_utc, updated_utc)"
                   " VALUES ('bad', 'Bad', '../precious.txt', 10, 0, ?, ?)", (STAMP, STAMP))
    relax.remove_own_audio(db, data_dir, "bad")
    assert db.execute_sql("SELECT count(*) FROM own_audio").fetchone()[0] == 0
    assert outside.read_text() == "keep me"


def test_direction_overrides_are_removed_from_imported_titles_and_text(db, tmp_path):
    out = own_audio_export(tmp_path, "ok.mp3", title="Rain \u202egnos\u202c \u2066sleep\u2069")
    import_data(db, read_export(out), now=TEST_NOW)
    assert db.execute_sql("SELECT title FROM own_audio").fetchall() == [("Rain gnos sleep",)]

    journal_schema.add_episode(db, TEST_NOW, notes="\u202aleft\u202c \u202bright\u202c \u202dx")
    json_out = tmp_path / "e.json"
    export_json(db.connection(), json_out, TEST_NOW)
    target = open_database(tmp_path / "target", now=TEST_NOW)
    import_data(target, read_export(json_out), now=TEST_NOW)
    assert target.execute_sql("SELECT notes FROM episode").fetchall() == [("left right x",)]
    target.close()


def test_titles_typed_or_taken_from_a_file_name_lose_direction_overrides(db, data_dir, tmp_path):
    from fibro_desktop.core.relax.imports import default_title
    from fibro_desktop.core.text import clean_text
    from fibro_desktop.store import relax

    assert clean_text(" Calm \u202etxt.exe\u202c ") == "Calm txt.exe"
    assert "\u202e" not in default_title("holiday\u202e3pm.exe")
    db.execute_sql("INSERT INTO own_audio (uid, title, file_name, bytes, sort_order, created_utc, updated_utc)"
                   " VALUES ('a', 'A', 'a.mp3', 10, 0, ?, ?)", (STAMP, STAMP))
    relax.rename_own_audio(db, "a", "Sea \u2067waves\u2069", TEST_NOW)
    assert db.execute_sql("SELECT title FROM own_audio").fetchall() == [("Sea waves",)]
