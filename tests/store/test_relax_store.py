"""Relax store on a real SQLite file: listening log, resume, own audio import."""

import os
from datetime import date, timedelta

import pytest

from fibro_desktop.core.relax.imports import ImportRefused
from fibro_desktop.core.relax.listening import Listen
from fibro_desktop.store import relax
from tests.conftest import TEST_NOW

OGG_HEAD = b"OggS" + bytes(60)


def test_a_listen_and_its_ratings_are_stored(db):
    logged = relax.record_listen(db, Listen("pmr_short", TEST_NOW, 290, True, tension_before=7), TEST_NOW)
    relax.set_tension_after(db, logged.uid, 3, TEST_NOW)
    [back] = relax.listens_between(db, TEST_NOW.date(), TEST_NOW.date())
    assert (back.session_key, back.listened_s, back.finished) == ("pmr_short", 290, True)
    assert (back.tension_before, back.tension_after) == (7, 3)
    assert back.started == TEST_NOW and back.started.utcoffset() == TEST_NOW.utcoffset()


def test_a_skipped_rating_stays_empty_and_a_bad_one_writes_nothing(db):
    relax.record_listen(db, Listen("body_scan", TEST_NOW, 60, False), TEST_NOW)
    with pytest.raises(ValueError):
        relax.record_listen(db, Listen("body_scan", TEST_NOW, 60, False, tension_before=11), TEST_NOW)
    [only] = relax.recent_listens(db)
    assert only.tension_before is None and only.tension_after is None


def test_listens_are_selected_by_local_day(db):
    for days_ago in (0, 1, 5):
        relax.record_listen(db, Listen("pmr_full", TEST_NOW - timedelta(days=days_ago), 700, True), TEST_NOW)
    week = relax.listens_between(db, TEST_NOW.date() - timedelta(days=1), TEST_NOW.date())
    assert [listen.started.date() for listen in week] == [date(2026, 11, 23), date(2026, 11, 24)]


def test_resume_position_is_kept_per_session_and_can_be_forgotten(db):
    relax.save_resume(db, "pmr_full", 300, TEST_NOW)
    relax.save_resume(db, "pmr_full", 420, TEST_NOW)
    assert relax.resume_position_s(db, "pmr_full") == 420
    assert relax.resume_position_s(db, "body_scan") is None
    relax.save_resume(db, "pmr_full", None, TEST_NOW)
    assert relax.resume_position_s(db, "pmr_full") is None


def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_own_audio_is_copied_so_moving_the_original_changes_nothing(db, data_dir, tmp_path):
    source = write(tmp_path / "in" / "Calm_voice.ogg", OGG_HEAD + b"x" * 100)
    item = relax.import_own_audio(db, data_dir, source, TEST_NOW)
    source.unlink()
    copy = relax.library_file(relax.library_dir(data_dir), item.file_name)
    assert copy.read_bytes() == OGG_HEAD + b"x" * 100
    assert item.title == "Calm voice" and relax.own_audio(db) == [item]
    if os.name == "posix":
        assert copy.stat().st_mode & 0o777 == 0o600


def test_rename_reorder_and_remove(db, data_dir, tmp_path):
    first = relax.import_own_audio(db, data_dir, write(tmp_path / "a.ogg", OGG_HEAD), TEST_NOW)
    second = relax.import_own_audio(db, data_dir, write(tmp_path / "b.wav", b"RIFF\0\0\0\0WAVE" + bytes(40)),
                                    TEST_NOW, title="Therapist")
    relax.rename_own_audio(db, first.uid, "  Morning   calm ", TEST_NOW)
    relax.reorder_own_audio(db, [second.uid, first.uid], TEST_NOW)
    assert [(i.title) for i in relax.own_audio(db)] == ["Therapist", "Morning calm"]
    with pytest.raises(ValueError):
        relax.rename_own_audio(db, first.uid, "   ", TEST_NOW)
    relax.save_resume(db, second.key, 100, TEST_NOW)
    relax.remove_own_audio(db, data_dir, second.uid)
    assert [i.uid for i in relax.own_audio(db)] == [first.uid]
    assert relax.resume_position_s(db, second.key) is None
    assert sorted(p.name for p in relax.library_dir(data_dir).iterdir()) == [first.file_name]


@pytest.mark.parametrize("name, data, reason", [
    ("empty.mp3", b"", "empty"), ("notes.mp3", b"Shopping list: milk, eggs\n" * 3, "corrupt"),
    ("noise.ogg", bytes(range(256)), "corrupt"), ("doc.pdf", b"%PDF-1.4", "unsupported")])
def test_bad_files_are_refused_and_nothing_is_written(db, data_dir, tmp_path, name, data, reason):
    source = write(tmp_path / name, data)
    with pytest.raises(ImportRefused) as refused:
        relax.import_own_audio(db, data_dir, source, TEST_NOW)
    assert refused.value.reason == reason
    assert relax.own_audio(db) == []
    library = relax.library_dir(data_dir)
    assert not library.exists() or list(library.iterdir()) == []


def test_traversal_paths_and_links_are_refused(db, data_dir, tmp_path):
    good = write(tmp_path / "in" / "good.ogg", OGG_HEAD)
    with pytest.raises(ImportRefused) as refused:
        relax.import_own_audio(db, data_dir, tmp_path / "in" / ".." / "in" / "good.ogg", TEST_NOW)
    assert refused.value.reason == "unsafe_path"
    link = tmp_path / "link.ogg"
    link.symlink_to(good)
    with pytest.raises(ImportRefused):
        relax.import_own_audio(db, data_dir, link, TEST_NOW)
    library = relax.library_dir(data_dir)
    library.mkdir(parents=True)
    (library / "evil.ogg").symlink_to(good)
    for name in ("../fibro.sqlite3", "a/b.ogg", "evil.ogg"):
        with pytest.raises(ImportRefused):
            relax.library_file(library, name)
    assert relax.own_audio(db) == []


@pytest.mark.parametrize("name, head", [
    ("talk.mp3", b"ID3\x03" + bytes(60)), ("voice.m4a", b"\0\0\0\x20ftypM4A " + bytes(52)),
    ("voice.aac", b"\xff\xf1\x50\x80" + bytes(60)), ("calm.ogg", OGG_HEAD),
    ("calm.opus", b"OggS" + bytes(28) + b"OpusHead" + bytes(24)),
    ("rain.wav", b"RIFF\0\0\0\0WAVEfmt " + bytes(48)), ("bowl.flac", b"fLaC" + bytes(60))])
def test_each_listed_format_is_added(db, data_dir, tmp_path, name, head):
    item = relax.import_own_audio(db, data_dir, write(tmp_path / name, head + b"\0" * 100), TEST_NOW)
    assert item.file_name.endswith(name.rsplit(".", 1)[1])
    assert relax.library_file(relax.library_dir(data_dir), item.file_name).stat().st_size == len(head) + 100
