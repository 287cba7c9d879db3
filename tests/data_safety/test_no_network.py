"""Privacy, proven: a full session (every tab, demo data, export, backup,
check) opens no network socket.

Two independent guards: ``strace`` watches every process's system calls (it
sees Qt's C++ code too), and a Python audit hook refuses any non-local
socket from Python code. Only local (``AF_UNIX``, e.g. the single-instance
channel or the desktop bus) and kernel (``AF_NETLINK``) sockets are allowed.
"""

import os
import re
import shutil
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT

NETWORK_FAMILIES = re.compile(r"\b(AF_INET6?|AF_PACKET|PF_INET6?)\b")

SESSIONS = [
    ["--demo", "--smoke-test"],
    ["export", "--format", "json", "--out", "{tmp}/e.json"],
    ["export", "--format", "csv", "--out", "{tmp}/e.zip"],
    ["import", "{tmp}/e.json"],
    ["backup"],
]

GUARD = r"""
import socket, sys
def guard(event, args):
    if event == "socket.__new__" and args[1] not in (socket.AF_UNIX, getattr(socket, "AF_NETLINK", -1)):
        raise RuntimeError(f"network socket refused: family {args[1]}")
    if event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"):
        raise RuntimeError(f"name lookup refused: {args[0]!r}")
    if event == "socket.connect" and not isinstance(args[1], (str, bytes)):
        raise RuntimeError(f"network connection refused: {args[1]!r}")
sys.addaudithook(guard)
from fibro_desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def env():
    full = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    full.pop("FIBRO_DESKTOP_DATA_DIR", None)
    return full


def commands(tmp_path):
    data = str(tmp_path / "data")
    for args in SESSIONS:
        yield [a.format(tmp=tmp_path) for a in args] + ["--data-dir", data]


def test_a_smoke_session_creates_no_network_socket_from_python(tmp_path):
    for args in list(commands(tmp_path))[:1]:  # strace below covers every command
        result = subprocess.run([sys.executable, "-c", GUARD, *args], capture_output=True, text=True,
                                env=env(), cwd=REPO_ROOT, timeout=120)
        assert result.returncode == 0, f"{args}: {result.stderr[-2000:]}"
        assert "refused" not in result.stderr


@pytest.mark.skipif(not shutil.which("strace"), reason="strace is not installed")
def test_a_whole_session_makes_no_network_system_call(tmp_path):
    for number, args in enumerate(commands(tmp_path)):
        trace = tmp_path / f"trace-{number}.txt"
        result = subprocess.run(["strace", "-f", "-qq", "-e", "trace=socket,connect,bind,sendto",
                                 "-o", str(trace), sys.executable, "-m", "fibro_desktop", *args],
                                capture_output=True, text=True, env=env(), cwd=REPO_ROOT, timeout=180)
        if result.returncode != 0 and "ptrace" in result.stderr:
            pytest.skip("this machine does not allow ptrace")
        assert result.returncode == 0, f"{args}: {result.stderr[-2000:]}"
        network = [line for line in trace.read_text().splitlines() if NETWORK_FAMILIES.search(line)]
        assert not network, f"{args} opened network sockets: {network[:5]}"


def test_the_guard_itself_catches_a_network_socket(tmp_path):
    probe = GUARD.replace("from fibro_desktop.cli import main\nsys.exit(main(sys.argv[1:]))",
                          "socket.socket(socket.AF_INET)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "network socket refused" in result.stderr
