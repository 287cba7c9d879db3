"""A data folder that cannot be written to, or a file system that refuses
``chmod`` (FAT/exFAT sticks, network shares): the data still opens (read-only
when it must), `check` never calls the healthy file "damaged", and view,
export and report work."""

import errno
import os
import stat
import subprocess
import sys

import pytest

from fibro_desktop.app import GuiOptions, _finish_startup, _Run, build_shell
from fibro_desktop.store.database import database_path, is_read_only, open_database
from fibro_desktop.store.errors import DataReadOnlyError
from fibro_desktop.store.integrity import OK, check_file
from fibro_desktop.store.migrations import latest_version
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.wiring import data_safety as data_safety_wiring
from fibro_desktop.wiring.data_safety import DataSafety
from tests.conftest import REPO_ROOT, TEST_NOW
from tests.data_safety import journal_schema


def refuse_chmod(monkeypatch, code=errno.EPERM):
    def chmod(path, mode, *args, **kwargs):
        raise PermissionError(code, os.strerror(code), str(path))

    monkeypatch.setattr(os, "chmod", chmod)


def make_read_only(monkeypatch, folder):
    """What a read-only drive does to Python: no file can be created in
    ``folder`` and chmod is refused (SQLite itself is only ever asked to read)."""
    refuse_chmod(monkeypatch, errno.EROFS)
    real_open = os.open
    folder = os.path.realpath(folder)

    def fake_open(path, flags, *args, **kwargs):
        if flags & os.O_CREAT and os.path.realpath(os.path.dirname(os.fspath(path))).startswith(folder):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)


@pytest.fixture
def saved_data(tmp_path):
    """A real data folder with a few days of rows, closed."""
    data = tmp_path / "data"
    db = open_database(data, now=TEST_NOW)
    journal_schema.fill(db, TEST_NOW, days=3)
    db.close()
    return data


def test_a_file_system_that_refuses_chmod_still_opens_and_saves(tmp_path, monkeypatch):
    refuse_chmod(monkeypatch)
    db = open_database(tmp_path / "data", now=TEST_NOW)
    try:
        assert not is_read_only(db)
        db.execute_sql("INSERT INTO app_meta (key, value, updated_at) VALUES ('x', 'y', 'z')")
    finally:
        db.close()
    assert check_file(database_path(tmp_path / "data"), latest_version()).state == OK


def test_a_read_only_folder_opens_for_reading_only_and_check_says_ok(saved_data, monkeypatch):
    make_read_only(monkeypatch, saved_data)
    with pytest.raises(DataReadOnlyError, match="cannot be written to"):
        open_database(saved_data, now=TEST_NOW)  # a command that writes is refused plainly
    db = open_database(saved_data, now=TEST_NOW, read_only_ok=True)
    try:
        assert is_read_only(db)
        assert db.execute_sql("SELECT count(*) FROM checkin").fetchone()[0] == 3
        with pytest.raises(Exception, match="readonly"):
            db.execute_sql("INSERT INTO app_meta (key, value, updated_at) VALUES ('x', 'y', 'z')")
    finally:
        db.close()
    health = check_file(database_path(saved_data), latest_version(), full=True)
    assert health.state == OK, health.message


def test_the_app_opens_read_only_data_with_a_notice_and_export_works(qapp, qtbot, saved_data, monkeypatch, tmp_path):
    from fibro_desktop.core.fake_clock import FakeClock
    from fibro_desktop.shell import AppContext

    make_read_only(monkeypatch, saved_data)
    ctx = AppContext(saved_data, saved_data / "logs", None, FakeClock(wall=TEST_NOW),
                     prefs.Preferences(saved_data), prefs.WindowState(saved_data))
    ctx.preferences.set(prefs.WELCOME_SEEN, True)
    shell = build_shell(qapp, ctx, with_tray=False, defer_features=True)
    qtbot.addWidget(shell.window)
    run = _Run(GuiOptions(data_dir=str(saved_data)), qapp, ctx, shell, None)
    _finish_startup(run)
    try:
        assert run.finished and run.exit_code == 0
        notice = shell.window.notices.notice("read-only")
        assert notice is not None and "cannot be written to" in notice.label.text()
        assert "reading only" in notice.label.text()
        for key in shell.window.tab_keys():  # every tab can be looked at
            assert shell.window.page_error(key) is None, key
            shell.window.show_tab(key)
        safety: DataSafety = shell.state(data_safety_wiring.FEATURE).safety
        assert not safety.start_backup_if_due(in_thread=False)  # nothing to write into
        monkeypatch.undo()  # the export goes to another, writable place
        out = tmp_path / "out" / "export.json"
        out.parent.mkdir()

        class Everything:
            fmt, start, end = "json", None, None

        summary = safety.export(Everything(), out, None)
        assert summary.rows["checkin"] == 3
    finally:
        ctx.db.close()


def _run_child(code: str, *args: str):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=env, cwd=REPO_ROOT, timeout=300)


CHILD_WITHOUT_CHMOD = """
import errno, os, sys
def chmod(path, mode, *a, **k):
    raise PermissionError(errno.EPERM, "Operation not permitted", str(path))
os.chmod = chmod
from fibro_desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_check_and_report_in_a_child_whose_file_system_refuses_chmod(saved_data, tmp_path):
    check = _run_child(CHILD_WITHOUT_CHMOD, "--data-dir", str(saved_data), "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "damaged" not in check.stdout and "good order" in check.stdout
    out = tmp_path / "report.pdf"
    report = _run_child(CHILD_WITHOUT_CHMOD, "--data-dir", str(saved_data), "report", "--out", str(out))
    assert report.returncode == 0, report.stdout + report.stderr
    assert out.stat().st_size > 0


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="chmod does not restrict root; the injected cases above cover it")
def test_a_real_read_only_folder_opens_read_only_and_check_says_ok(saved_data, tmp_path):
    os.chmod(saved_data, stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
    try:
        check = _run_child(CHILD_WITHOUT_CHMOD.replace("os.chmod = chmod", ""), "--data-dir", str(saved_data),
                           "check")
        assert check.returncode == 0 and "good order" in check.stdout, check.stdout + check.stderr
        db = open_database(saved_data, now=TEST_NOW, read_only_ok=True)
        try:
            assert is_read_only(db)
            assert db.execute_sql("SELECT count(*) FROM checkin").fetchone()[0] == 3
        finally:
            db.close()
        assert stat.S_IMODE(os.stat(saved_data).st_mode) & stat.S_IWUSR == 0  # never made writable
    finally:
        os.chmod(saved_data, 0o700)


@pytest.fixture
def read_only_mount(saved_data, tmp_path):
    """``saved_data`` seen through a real read-only bind mount (root on Linux
    only, where the test may mount; skipped elsewhere)."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("a read-only mount needs root on Linux")
    mount = tmp_path / "read-only"
    mount.mkdir()
    made = subprocess.run(["mount", "--bind", "-o", "ro", str(saved_data), str(mount)], capture_output=True)
    if made.returncode != 0:
        pytest.skip("this machine does not allow mounting here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def test_on_a_real_read_only_mount_check_export_and_report_work(read_only_mount, tmp_path):
    from tests.conftest import run_cli

    check = run_cli("--data-dir", str(read_only_mount), "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "damaged" not in check.stdout and "good order" in check.stdout
    export = run_cli("--data-dir", str(read_only_mount), "export", "--out", str(tmp_path / "all.json"))
    assert export.returncode == 0, export.stdout + export.stderr
    report = run_cli("--data-dir", str(read_only_mount), "report", "--out", str(tmp_path / "r.pdf"))
    assert report.returncode == 0, report.stdout + report.stderr
    assert (tmp_path / "r.pdf").stat().st_size > 0
    imported = run_cli("--data-dir", str(read_only_mount), "import", str(tmp_path / "all.json"))
    assert imported.returncode != 0 and "cannot be written to" in imported.stderr
    assert "Traceback" not in imported.stderr


def test_protected_data_in_a_read_only_folder_opens_for_reading(tmp_path, monkeypatch):
    from fibro_desktop.store import cipher

    data = tmp_path / "data"
    db = open_database(data, now=TEST_NOW, passphrase="calm river 42")
    journal_schema.fill(db, TEST_NOW, days=2)
    db.close()
    cipher.forget_passphrase()
    make_read_only(monkeypatch, data)
    try:
        db = open_database(data, now=TEST_NOW, passphrase="calm river 42", read_only_ok=True)
        try:
            assert is_read_only(db)
            assert db.execute_sql("SELECT count(*) FROM checkin").fetchone()[0] == 2
        finally:
            db.close()
    finally:
        cipher.forget_passphrase()


def test_protected_data_on_a_real_read_only_mount_passes_check(tmp_path):
    from fibro_desktop.store import cipher
    from tests.conftest import run_cli

    data = tmp_path / "data"
    db = open_database(data, now=TEST_NOW, passphrase="calm river 42")
    db.close()
    cipher.forget_passphrase()
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("a read-only mount needs root on Linux")
    mount = tmp_path / "read-only"
    mount.mkdir()
    if subprocess.run(["mount", "--bind", "-o", "ro", str(data), str(mount)], capture_output=True).returncode:
        pytest.skip("this machine does not allow mounting here")
    try:
        env = {"FIBRO_DESKTOP_PASSPHRASE": "calm river 42"}
        check = run_cli("--data-dir", str(mount), "check", env=env)
        assert check.returncode == 0 and "good order" in check.stdout, check.stdout + check.stderr
        report = run_cli("--data-dir", str(mount), "report", "--out", str(tmp_path / "r.pdf"), env=env)
        assert report.returncode == 0, report.stdout + report.stderr
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def test_the_window_starts_on_a_real_read_only_mount(read_only_mount):
    from tests.conftest import run_cli

    started = run_cli("--data-dir", str(read_only_mount), env={"FIBRO_DESKTOP_STARTUP_PROBE": "1"})
    assert started.returncode == 0, started.stdout + started.stderr
    assert "READY" in started.stdout
    assert "already running" not in started.stdout + started.stderr
    assert "Traceback" not in started.stderr.split("A write failed")[0]
