"""SIGTERM (a logout, a shutdown, ``kill``) closes the app as Quit does.

A Python signal handler only runs when the interpreter gets control, and
while Qt waits in its event loop it never does. So the signal also writes a
byte to a socket (``signal.set_wakeup_fd``) that a ``QSocketNotifier``
watches: Qt wakes up, Python runs the handler, and the handler asks for the
normal quit (log line, backup at exit, lock released, see ``app.run_gui``).
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)


class StopSignalWatcher(QObject):
    """Calls ``on_stop`` in the GUI thread when the process gets SIGTERM.

    :meth:`uninstall` puts the previous handler back."""

    def __init__(self, on_stop: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self._on_stop = on_stop
        self._received: int | None = None
        self._stopping = False
        self._read, self._write = socket.socketpair()
        self._read.setblocking(False)
        self._write.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        self._previous_handler = signal.signal(signal.SIGTERM, self._handle)
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _handle(self, signum, _frame) -> None:
        # Runs between two Python bytecodes, possibly inside other code:
        # only note it; the notifier's slot acts, from the event loop.
        self._received = signum

    def _drain(self) -> None:
        try:
            while self._read.recv(512):
                pass
        except (BlockingIOError, InterruptedError):
            pass
        if self._received is not None and not self._stopping:
            self._stopping = True
            log.info("Received %s; closing as Quit does", signal.Signals(self._received).name)
            self._on_stop()

    def uninstall(self) -> None:
        self._notifier.setEnabled(False)
        signal.signal(signal.SIGTERM, self._previous_handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._read.close()
        self._write.close()
