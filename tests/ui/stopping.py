"""The real app in a child process (``stop_child.py``), stopped with SIGTERM
as a log-out does; shared by the single-instance and the no-tray tests."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.conftest import REPO_ROOT


@contextmanager
def running_app(data: Path, *args: str) -> Iterator[subprocess.Popen[str]]:
    """The app started on ``data`` (offscreen), once it says ``ready``;
    killed on the way out if a test left it running."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, str(REPO_ROOT / "tests" / "ui" / "stop_child.py"), str(data), *args],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO_ROOT)
    try:
        assert child.stdout is not None and child.stderr is not None
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        yield child
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def stop_as_at_log_out(child: subprocess.Popen[str], data: Path) -> str:
    """SIGTERM, the exit code checked; returns the app's log after it."""
    child.send_signal(signal.SIGTERM)
    code = child.wait(timeout=120)
    assert child.stderr is not None
    assert code == 0, child.stderr.read()
    log = (data / "logs" / "fibro-desktop.log").read_text(encoding="utf-8")
    assert "Stopped" in log.split("Received SIGTERM", 1)[1]
    return log
