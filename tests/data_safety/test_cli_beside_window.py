"""Commands that change the data never run beside the open window.

The window's lock is taken by a real child process through the window's own
lock API (``SingleInstance.lock``); the command line runs as a person runs it.
"""

import subprocess
import sys

import pytest

from fibro_desktop.commands import folder_lock
from fibro_desktop.ui.single_instance import LOCK_FILE_NAME
from tests.conftest import REPO_ROOT, run_cli
from tests.data_safety.test_cli_data_safety import make_data

_WINDOW_LOCK = (
    "import sys; from pathlib import Path;"
    "from fibro_desktop.ui.single_instance import SingleInstance;"
    "instance = SingleInstance(Path(sys.argv[1]));"
    "print('locked' if instance.lock() else 'refused', flush=True);"
    "sys.stdin.readline(); instance.release()"
)


class Window:
    """A child process holding (or trying to hold) the folder as the window does."""

    def __init__(self, folder):
        self.process = subprocess.Popen([sys.executable, "-c", _WINDOW_LOCK, str(folder)], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True, cwd=REPO_ROOT)
        self.answer = self.process.stdout.readline().strip()

    def quit(self):
        self.process.communicate("quit\n", timeout=60)


@pytest.fixture
def folder_with_export(tmp_path):
    data = tmp_path / "data"
    make_data(data)
    out = tmp_path / "export.json"
    assert run_cli("export", "--out", str(out), "--data-dir", str(data)).returncode == 0
    return data, out


def test_the_lock_file_is_the_one_the_window_uses():
    assert folder_lock.LOCK_FILE_NAME == LOCK_FILE_NAME


def test_import_and_restore_refuse_while_the_window_holds_the_folder(folder_with_export):
    data, out = folder_with_export
    assert run_cli("backup", "--data-dir", str(data)).returncode == 0
    window = Window(data)
    try:
        assert window.answer == "locked"
        for args in (["import", str(out)], ["restore"]):
            refused = run_cli(*args, "--data-dir", str(data))
            assert refused.returncode != 0
            assert "Fibro Desktop is open on this data folder" in refused.stderr
            assert "Nothing was changed" in refused.stderr and "Traceback" not in refused.stderr
        assert not any("before-import" in p.name for p in (data / "backups").iterdir())
        # Reading stays allowed beside the window.
        assert run_cli("check", "--data-dir", str(data)).returncode == 0
        assert run_cli("export", "--out", str(out.with_name("again.json")), "--data-dir", str(data)).returncode == 0
        assert run_cli("restore", "--list", "--data-dir", str(data)).returncode == 0
    finally:
        window.quit()
    assert run_cli("import", str(out), "--data-dir", str(data)).returncode == 0


def test_the_window_cannot_start_while_a_command_holds_the_folder(tmp_path):
    with folder_lock.acquire(tmp_path):
        window = Window(tmp_path)
        window.quit()
        assert window.answer == "refused"
        assert folder_lock.is_held(tmp_path)
    assert not (tmp_path / LOCK_FILE_NAME).exists()
    window = Window(tmp_path)  # released: the window starts
    window.quit()
    assert window.answer == "locked"


def test_a_lock_left_by_a_crashed_window_does_not_block_the_command_line(folder_with_export):
    data, out = folder_with_export
    window = Window(data)
    assert window.answer == "locked"
    window.process.kill()
    window.process.wait()
    assert (data / LOCK_FILE_NAME).exists()
    assert not folder_lock.is_held(data)
    result = run_cli("import", str(out), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert not (data / LOCK_FILE_NAME).exists()  # the command gave the folder back


def test_a_command_holding_the_folder_is_seen_by_another_command(tmp_path):
    other = ("import sys; from fibro_desktop.commands import folder_lock as f\n"
             "try:\n    f.acquire(sys.argv[1])\nexcept f.FolderInUse:\n    print('in use')")
    with folder_lock.acquire(tmp_path):
        child = subprocess.run([sys.executable, "-c", other, str(tmp_path)], cwd=REPO_ROOT, capture_output=True,
                               text=True)
    assert child.stdout.strip() == "in use", child.stderr


def test_the_lock_module_does_not_load_qt():
    child = subprocess.run([sys.executable, "-c", "import sys, fibro_desktop.commands.folder_lock;"
                            "print('PySide6' in sys.modules)"], capture_output=True, text=True, cwd=REPO_ROOT)
    assert child.stdout.strip() == "False", child.stderr


def test_a_window_started_during_a_command_is_told_what_runs(tmp_path):
    from fibro_desktop.commands.folder_lock import COMMAND_FILE_NAME, command_holding

    assert command_holding(tmp_path) is None
    with folder_lock.acquire(tmp_path, "import"):
        assert command_holding(tmp_path) == "import"
    assert command_holding(tmp_path) is None and not (tmp_path / COMMAND_FILE_NAME).exists()
    window = Window(tmp_path)  # a window holds it: not a command
    try:
        (tmp_path / COMMAND_FILE_NAME).write_text("1\nimport\n")  # left by some crashed command
        assert command_holding(tmp_path) is None
    finally:
        window.quit()


def test_while_an_import_runs_the_window_cannot_start(folder_with_export, qtbot):
    """The real command, held mid-way: it waits for its passphrase on stdin
    (after taking the folder, before touching the data)."""
    import os

    from fibro_desktop.commands.folder_lock import command_holding

    data, out = folder_with_export
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = subprocess.Popen([sys.executable, "-m", "fibro_desktop", "import", str(out), "--passphrase-file", "-",
                                "--data-dir", str(data)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, cwd=REPO_ROOT, env=env)
    try:
        qtbot.waitUntil(lambda: command_holding(data) == "import", timeout=60000)
        window = Window(data)
        window.quit()
        assert window.answer == "refused"
        second = run_cli("restore", "--data-dir", str(data))
        assert second.returncode != 0
        assert "another fibro-desktop command (import) is working on this data folder" in second.stderr
    finally:
        command.communicate("any passphrase\n", timeout=120)
    assert not (data / LOCK_FILE_NAME).exists()
    window = Window(data)
    window.quit()
    assert window.answer == "locked"
