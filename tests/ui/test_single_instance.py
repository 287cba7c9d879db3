"""One app per data folder; a second launch brings the first to the front."""

import os
import signal
import subprocess
import sys

from fibro_desktop.ui.single_instance import LOCK_FILE_NAME, SingleInstance
from tests.conftest import REPO_ROOT


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
    os.kill(child.pid, signal.SIGKILL)
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
