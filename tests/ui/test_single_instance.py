"""One app per data folder; a second launch brings the first to the front."""

import os
import subprocess
import sys

import pytest

from fibro_desktop.ui.single_instance import LOCK_FILE_NAME, SingleInstance
from tests.conftest import REPO_ROOT
from tests.ui.stopping import running_app, stop_as_at_log_out


def test_second_instance_is_refused_and_wakes_the_first(qtbot, tmp_path):
    first = SingleInstance(tmp_path)
    assert first.acquire()
    second = SingleInstance(tmp_path)
    assert not second.acquire()
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert second.notify_primary()
    first.release()


def test_other_data_folders_run_independently(tmp_path):
    a, b = SingleInstance(tmp_path / "a"), SingleInstance(tmp_path / "b")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert a.acquire() and b.acquire()
    a.release()
    b.release()


def test_a_lock_left_by_a_crashed_process_is_recovered(tmp_path):
    holder = (
        "import sys, time; from PySide6.QtCore import QLockFile;"
        f"lock = QLockFile({str(tmp_path / LOCK_FILE_NAME)!r}); assert lock.tryLock(1000);"
        "print('locked', flush=True); time.sleep(60)"
    )
    child = subprocess.Popen([sys.executable, "-c", holder], stdout=subprocess.PIPE, text=True, cwd=REPO_ROOT)
    assert child.stdout.readline().strip() == "locked"
    blocked = SingleInstance(tmp_path)
    assert not blocked.acquire()
    child.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no clean-up either way
    child.wait()
    assert (tmp_path / LOCK_FILE_NAME).exists()  # the crash left its lock behind
    recovered = SingleInstance(tmp_path)
    assert recovered.acquire()
    recovered.release()


def test_second_launch_of_the_app_exits_and_raises_the_first(qtbot, tmp_path):
    primary = SingleInstance(tmp_path)
    assert primary.acquire()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    second = subprocess.Popen([sys.executable, "-m", "fibro_desktop", "--data-dir", str(tmp_path)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO_ROOT)
    with qtbot.waitSignal(primary.activated, timeout=20000):
        pass
    out, err = second.communicate(timeout=20)
    assert second.returncode == 0, err
    assert "already running" in out
    primary.release()


def test_a_lock_file_that_cannot_be_written_is_not_another_running_app(tmp_path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")  # writing the lock file inside it fails, as on a full or broken disk
    instance = SingleInstance(not_a_folder)
    assert not instance.lock()
    assert not instance.held_by_another()
    assert instance.lock_problem() == "write"
    taken = SingleInstance(tmp_path)
    assert taken.lock()
    other = SingleInstance(tmp_path)
    assert not other.lock() and other.held_by_another()
    taken.release()


LOCK_WONT_WRITE = """
import sys

import pytest
from fibro_desktop.ui import single_instance
single_instance.SingleInstance.lock = lambda self: False
single_instance.SingleInstance.held_by_another = lambda self: False
single_instance.SingleInstance.lock_problem = lambda self: "write"
from fibro_desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_start_when_the_lock_file_cannot_be_written_opens_read_only_not_already_running(tmp_path):
    from fibro_desktop.store.database import open_database
    from tests.conftest import TEST_NOW

    data = tmp_path / "data"
    open_database(data, now=TEST_NOW).close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FIBRO_DESKTOP_STARTUP_PROBE="1")
    result = subprocess.run([sys.executable, "-c", LOCK_WONT_WRITE, "--data-dir", str(data)],
                            capture_output=True, text=True, env=env, cwd=REPO_ROOT, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "READY" in result.stdout
    assert "already running" not in result.stdout + result.stderr
    log = (data / "logs" / "fibro-desktop.log").read_text(encoding="utf-8")
    assert "Data opened read-only (write)" in log


@pytest.mark.skipif(os.name != "posix", reason="SIGTERM is a POSIX signal")
def test_sigterm_closes_the_app_as_quit_does(tmp_path):
    data = tmp_path / "data"
    with running_app(data) as child:
        blocked = SingleInstance(data)
        assert not blocked.lock() and blocked.held_by_another()  # it really runs
        log = stop_as_at_log_out(child, data)
    assert "Received SIGTERM; closing as Quit does" in log
    assert list((data / "backups").glob("*-exit.sqlite3")), "the backup Quit makes at exit"
    again = SingleInstance(data)
    assert again.lock()  # the lock was released
    again.release()
