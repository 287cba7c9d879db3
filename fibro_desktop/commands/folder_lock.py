"""The data folder's ``instance.lock``, without Qt, for the command line.

The window holds ``<data>/instance.lock`` with Qt's ``QLockFile`` while it
runs (see ``ui/single_instance.py``). Commands that change the data
(``import``, ``restore``) must not run beside it, and while they run the
window must not start on the same folder. This module speaks the same
protocol as ``QLockFile`` so both sides see each other:

- the lock is a file created exclusively, holding ``pid``, the process name,
  the host name, the machine id and the boot id, one per line;
- its holder keeps it open with ``flock`` and ``fcntl`` locks (Unix), or
  open without delete sharing (Windows), so nobody can remove it;
- a lock whose process is gone is stale and may be removed, but only by
  whoever can take those native locks (that is what ``QLockFile`` checks too).

Read-only commands (``export``, ``report``, ``check``) do not take the lock.
"""

from __future__ import annotations

import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

LOCK_FILE_NAME = "instance.lock"  # the same file as ui/single_instance.py
#: Beside the lock while a command holds it: ``pid`` and the command's name,
#: so a window started meanwhile can say "an import is running" instead of
#: "Fibro Desktop does not answer".
COMMAND_FILE_NAME = "instance.lock.command"

_MACHINE_ID_FILES = ("/etc/machine-id", "/var/lib/dbus/machine-id")
_BOOT_ID_FILE = "/proc/sys/kernel/random/boot_id"


class FolderInUse(Exception):
    """Another process (usually the open window) holds the data folder."""


@dataclass(frozen=True)
class LockInfo:
    """What a lock file says about its holder."""

    pid: int
    process_name: str
    host: str
    machine_id: str = ""
    boot_id: str = ""


class FolderLock:
    """The lock while this process holds it; :meth:`release` gives it back."""

    def __init__(self, path: Path, fd: int):
        self.path = path
        self._fd: int | None = fd

    def release(self) -> None:
        if self._fd is None:
            return
        # Remove the files while still holding the lock, so nobody sees it unlocked.
        for path in (self.path.with_name(COMMAND_FILE_NAME), self.path):
            try:
                os.unlink(path)
            except OSError:
                pass
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> FolderLock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def acquire(data_dir: Path, command: str = "") -> FolderLock:
    """Take the data folder's lock, or raise :class:`FolderInUse`.

    A stale lock (its process is gone) is taken over, as the window does.
    ``command`` (e.g. ``"import"``) is noted for :func:`command_holding`.
    """
    path = Path(data_dir) / LOCK_FILE_NAME
    Path(data_dir).mkdir(mode=0o700, parents=True, exist_ok=True)  # owner-only, as the app makes it
    for _ in range(3):  # a stale lock removed by someone else in between: try again
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            info = read_info(path)
            if info is None or is_alive(info) or not _remove_stale(path):
                raise FolderInUse(str(path)) from None
            continue
        _set_native_locks(fd)  # like QLockFile: best effort (some file systems refuse)
        try:
            os.write(fd, _contents())
            os.fsync(fd)
        except OSError:
            os.close(fd)
            os.unlink(path)
            raise
        if command:
            try:
                (Path(data_dir) / COMMAND_FILE_NAME).write_text(f"{os.getpid()}\n{command}\n", encoding="utf-8")
            except OSError:
                pass  # only a nicer message depends on it
        return FolderLock(path, fd)
    raise FolderInUse(str(path))


def is_held(data_dir: Path) -> bool:
    """True when a living process holds the data folder's lock."""
    path = Path(data_dir) / LOCK_FILE_NAME
    if not path.exists():
        return False
    info = read_info(path)
    return info is None or is_alive(info)


def command_holding(data_dir: Path) -> str | None:
    """The command (``"import"``, ``"restore"``) that holds the data folder
    now, or None when the holder is not a command (or nobody)."""
    info = read_info(Path(data_dir) / LOCK_FILE_NAME)
    if info is None or not is_alive(info):
        return None
    try:
        pid, name = (Path(data_dir) / COMMAND_FILE_NAME).read_text(encoding="utf-8").split("\n")[:2]
    except (OSError, ValueError):
        return None
    return name.strip() or None if pid.strip() == str(info.pid) else None


def read_info(path: Path) -> LockInfo | None:
    """The holder named in a lock file; None when missing or unreadable."""
    try:
        lines = path.read_bytes().decode("utf-8", "replace").split("\n")
    except OSError:
        return None
    if len(lines) < 3 or not lines[0].strip().isdigit():
        return None
    extra = lines[3:5] + ["", ""]
    return LockInfo(int(lines[0]), lines[1], lines[2], extra[0].strip(), extra[1].strip())


def is_alive(info: LockInfo) -> bool:
    """Whether the lock's holder still runs (as ``QLockFile`` decides it).

    A lock from another computer (a shared folder) counts as alive: there is
    no way to tell from here.
    """
    if info.host and info.host != socket.gethostname():
        return True
    if info.machine_id and info.machine_id != _machine_id():
        return True
    if info.boot_id and _boot_id() and info.boot_id != _boot_id():
        return False  # written before the last restart
    if info.pid == os.getpid():
        return True
    if os.name == "nt":
        return _windows_process_runs(info.pid)
    try:
        os.kill(info.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    name = _process_name(info.pid)
    return not (name and info.process_name and name != info.process_name)  # a reused pid


def _windows_process_runs(pid: int) -> bool:
    """Whether process ``pid`` still runs (Windows; never signals it, as
    ``os.kill`` would end it). When unsure, it runs."""
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    process_query_limited_information, still_active, access_denied = 0x1000, 259, 5
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return ctypes.get_last_error() == access_denied  # denied: it exists; else it is gone
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def _remove_stale(path: Path) -> bool:
    """Remove a stale lock file; False when someone still holds it."""
    if os.name == "nt":
        try:
            os.remove(path)  # fails while its holder keeps it open
        except FileNotFoundError:
            return True
        except OSError:
            return False
        return True
    try:
        fd = os.open(path, os.O_WRONLY)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    try:
        if not _set_native_locks(fd):
            return False
        os.unlink(path)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def _set_native_locks(fd: int) -> bool:
    """``flock`` and ``fcntl`` write locks on the whole file (Unix); the same
    pair ``QLockFile`` takes, so each side sees the other's."""
    if os.name == "nt":
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _contents() -> bytes:
    lines = [str(os.getpid()), _process_name(os.getpid()) or Path(sys.executable).name, socket.gethostname(),
             _machine_id(), _boot_id()]
    return ("\n".join(lines) + "\n").encode()


def _process_name(pid: int) -> str:
    """The running program's file name, as ``QLockFile`` compares it (Linux)."""
    try:
        return Path(os.readlink(f"/proc/{pid}/exe")).name
    except OSError:
        return ""


def _machine_id() -> str:
    for name in _MACHINE_ID_FILES:
        try:
            return Path(name).read_text().strip()
        except OSError:
            continue
    return ""


def _boot_id() -> str:
    try:
        return Path(_BOOT_ID_FILE).read_text().strip()
    except OSError:
        return ""
