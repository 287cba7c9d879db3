"""The X11 shortcut on a real X server (Xvfb): another program's key press
reaches the app (issue 22). Skipped where Xvfb or XTest is missing."""

from __future__ import annotations

import ctypes.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CHILD = Path(__file__).with_name("hotkey_x11_child.py")

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not shutil.which("Xvfb") or not ctypes.util.find_library("Xtst"),
    reason="needs Linux with Xvfb and libXtst")


@pytest.fixture
def x_display():
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "800x600x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_another_program_key_press_reaches_the_app(x_display):
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run([sys.executable, str(CHILD)], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "pressed"
