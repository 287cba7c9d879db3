"""Own recordings (``<data>/audio/``) move with the data: through a JSON
export ``--with-audio`` and through backups, into a new data folder, run
as a person would (child processes)."""

import io
import json
import shutil
import sqlite3
import wave
import zipfile

from fibro_desktop.core.data_safety.schedule import Retention
from fibro_desktop.store.audio_export import archive_beside
from fibro_desktop.store.backup import backup_folder, make_backup, prune_backups, remove_backup
from fibro_desktop.store.database import database_path, open_database
from fibro_desktop.store.relax import import_own_audio, remove_own_audio
from tests.conftest import TEST_NOW, run_cli


def _wav(path, seconds=1, pitch=7):
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(1)
        sound.setframerate(8000)
        sound.writeframes(bytes((i * pitch) % 256 for i in range(8000 * seconds)))
    path.write_bytes(buffer.getvalue())
    return path


def _data_with_a_recording(tmp_path, name="data"):
    data = tmp_path / name
    db = open_database(data, now=TEST_NOW)
    recording = import_own_audio(db, data, _wav(tmp_path / "my calm voice.wav"), TEST_NOW, "My calm voice")
    db.close()
    return data, recording


def _rows(folder):
    conn = sqlite3.connect(database_path(folder))
    try:
        return conn.execute("SELECT uid, title, file_name, bytes FROM own_audio").fetchall()
    finally:
        conn.close()


def _assert_same_recording(old, new, recording):
    [row] = _rows(new)
    assert row == (recording.uid, "My calm voice", recording.file_name, recording.bytes)
    assert (new / "audio" / row[2]).read_bytes() == (old / "audio" / recording.file_name).read_bytes()


def test_export_with_audio_then_import_in_a_fresh_folder_brings_the_recording(tmp_path):
    data, recording = _data_with_a_recording(tmp_path)
    out = tmp_path / "moving" / "fibro-export.json"
    out.parent.mkdir()
    exported = run_cli("export", "--with-audio", "--out", str(out), "--data-dir", str(data))
    assert exported.returncode == 0, exported.stderr
    archive = archive_beside(out)
    assert archive.name == "fibro-export-audio.zip" and "fibro-export-audio.zip" in exported.stdout
    document = json.loads(out.read_text())
    assert document["audio"]["archive"] == archive.name
    assert [f["file_name"] for f in document["audio"]["files"]] == [recording.file_name]

    new = tmp_path / "new-computer"
    imported = run_cli("import", str(out), "--data-dir", str(new))
    assert imported.returncode == 0, imported.stderr
    assert "Brought back 1 recording into" in imported.stdout  # one, not "1 recordings"
    _assert_same_recording(data, new, recording)


def test_an_import_without_the_archive_says_which_recordings_came_without_sound(tmp_path):
    data, recording = _data_with_a_recording(tmp_path)
    out = tmp_path / "plain.json"
    assert run_cli("export", "--out", str(out), "--data-dir", str(data)).returncode == 0
    assert not archive_beside(out).exists()
    imported = run_cli("import", str(out), "--data-dir", str(tmp_path / "new"))
    assert imported.returncode == 0, imported.stderr
    assert "1 recording came without its sound file" in imported.stderr


def test_a_damaged_archive_imports_nothing(tmp_path):
    data, recording = _data_with_a_recording(tmp_path)
    out = tmp_path / "export.json"
    assert run_cli("export", "--with-audio", "--out", str(out), "--data-dir", str(data)).returncode == 0
    archive = archive_beside(out)
    with zipfile.ZipFile(archive) as source:
        manifest = source.read("fibro-audio.json")
    with zipfile.ZipFile(archive, "w") as broken:  # same listing, other sound
        broken.writestr("fibro-audio.json", manifest)
        broken.writestr(f"audio/{recording.file_name}", b"RIFF" + b"\0" * (recording.bytes - 4))
    new = tmp_path / "new"
    imported = run_cli("import", str(out), "--data-dir", str(new))
    assert imported.returncode == 1 and "nothing was imported" in imported.stderr
    assert "damaged" in imported.stderr
    assert _rows(new) == []
    assert not (new / "audio").exists() or list((new / "audio").iterdir()) == []


def test_with_audio_needs_json(tmp_path):
    data, _ = _data_with_a_recording(tmp_path)
    result = run_cli("export", "--with-audio", "--format", "csv", "--out", str(tmp_path / "x.zip"),
                     "--data-dir", str(data))
    assert result.returncode == 1 and "json only" in result.stderr


def test_backup_then_restore_in_a_new_folder_brings_the_recording(tmp_path):
    data, recording = _data_with_a_recording(tmp_path)
    made = run_cli("backup", "--data-dir", str(data), "--to", str(tmp_path / "sync"))
    assert made.returncode == 0, made.stderr
    assert (backup_folder(data) / "audio" / recording.file_name).is_file()
    assert (tmp_path / "sync" / "audio" / recording.file_name).is_file()  # the second folder too
    # The move: the whole backups folder, its audio folder included, to another computer.
    carried = tmp_path / "usb-stick" / "backups"
    shutil.copytree(backup_folder(data), carried)
    [backup] = carried.glob("fibro-*-manual.sqlite3")
    new = tmp_path / "new-computer"
    restored = run_cli("restore", str(backup), "--data-dir", str(new))
    assert restored.returncode == 0, restored.stderr
    _assert_same_recording(data, new, recording)


def test_a_recording_is_stored_once_and_leaves_the_store_with_the_last_backup_naming_it(tmp_path):
    data, recording = _data_with_a_recording(tmp_path)
    folder = backup_folder(data)
    make_backup(database_path(data), folder, TEST_NOW, "daily")
    db = open_database(data, now=TEST_NOW)
    remove_own_audio(db, data, recording.uid)
    db.close()
    for day in range(1, 3):
        make_backup(database_path(data), folder, TEST_NOW.replace(day=24 + day), "daily")
    assert [p.name for p in (folder / "audio").iterdir()] == [recording.file_name]  # an old backup names it
    prune_backups(folder, TEST_NOW.replace(day=27), Retention(daily=1, weekly=0, monthly=0))  # the newest only
    assert list((folder / "audio").iterdir()) == []


def test_removing_the_last_backup_naming_a_recording_frees_its_copy(tmp_path):
    data, recording = _data_with_a_recording(tmp_path)
    folder = backup_folder(data)
    first = make_backup(database_path(data), folder, TEST_NOW, "manual").path
    db = open_database(data, now=TEST_NOW)
    remove_own_audio(db, data, recording.uid)
    db.close()
    make_backup(database_path(data), folder, TEST_NOW.replace(day=25), "manual")
    remove_backup(folder, first)
    assert list((folder / "audio").iterdir()) == []


def test_an_existing_recordings_archive_is_replaced_only_with_force(tmp_path):
    data, _ = _data_with_a_recording(tmp_path)
    out = tmp_path / "export.json"
    archive_beside(out).write_bytes(b"something of the person's")
    refused = run_cli("export", "--with-audio", "--out", str(out), "--data-dir", str(data))
    assert refused.returncode == 1 and "already exists" in refused.stderr
    assert archive_beside(out).read_bytes() == b"something of the person's" and not out.exists()
    forced = run_cli("export", "--with-audio", "--force", "--out", str(out), "--data-dir", str(data))
    assert forced.returncode == 0, forced.stderr
    assert zipfile.is_zipfile(archive_beside(out))
