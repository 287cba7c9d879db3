"""One running app per data folder.

A ``QLockFile`` in the data folder says who runs; a ``QLocalServer`` lets a
second launch ask the first to come to the front. ``QLockFile`` detects a
stale lock left by a crashed process (its PID no longer runs) and takes it
over, and a leftover server socket is removed before listening.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal

LOCK_FILE_NAME = "instance.lock"
_ACTIVATE = b"activate\n"


def server_name_for(data_dir: Path) -> str:
    """A short name, unique per user and data folder, for the local socket."""
    import getpass
    import hashlib

    key = f"{getpass.getuser()}|{Path(data_dir).resolve()}".encode()
    return "fibro-desktop-" + hashlib.sha256(key).hexdigest()[:16]


class SingleInstance(QObject):
    """Call :meth:`acquire`; if it returns False, call :meth:`notify_primary`
    and exit. ``activated`` fires in the primary when another launch asks."""

    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self._lock = QLockFile(str(Path(data_dir) / LOCK_FILE_NAME))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone
        self._data_dir = Path(data_dir)
        self._server = None

    def acquire(self) -> bool:
        """Become the running instance (lock, then listen); True on success."""
        if not self.lock():
            return False
        self.listen()
        return True

    def lock(self) -> bool:
        """Take the lock only (cheap: no networking module); True on success."""
        return self._lock.tryLock(200)

    def held_by_another(self) -> bool:
        """After :meth:`lock` failed: is it because another running app holds
        the lock? False when the lock file could not be written at all (a
        read-only folder, a full disk), which must not be called "already running"."""
        return self._lock.error() == QLockFile.LockError.LockFailedError

    def lock_problem(self) -> str:
        """After :meth:`lock` failed for another reason than another app:
        ``"read-only"`` (no permission) or ``"write"`` (anything else, e.g. a full disk)."""
        if self._lock.error() == QLockFile.LockError.PermissionError:
            return "read-only"
        return "write"

    def listen(self) -> None:
        """Start answering later launches; call after :meth:`lock` succeeded."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:  # already answering (e.g. during the passphrase dialog)
            return
        name = server_name_for(self._data_dir)
        QLocalServer.removeServer(name)  # a crash may leave the socket file
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_new_connection)
        server.listen(name)
        self._server = server

    def notify_primary(self, timeout_ms: int = 2000) -> bool:
        """Ask the running instance to show itself; True if it answered."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(server_name_for(self._data_dir))
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(_ACTIVATE)
        ok = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return ok

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _on_new_connection(self) -> None:
        # The client writes one short line right after connecting, so a
        # brief blocking read is simpler and safer than per-socket slots.
        activate = False
        while self._server is not None and self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            if connection.bytesAvailable() or connection.waitForReadyRead(1000):
                activate |= bytes(connection.readAll().data()).startswith(_ACTIVATE.strip())
            connection.disconnectFromServer()
            connection.deleteLater()
        if activate:
            self.activated.emit()
