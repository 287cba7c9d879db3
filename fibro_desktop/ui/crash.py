"""Uncaught errors: logged to the rotating log and shown, never silent.

:func:`install_exception_hook` replaces ``sys.excepthook`` (which PySide6
also calls for exceptions raised in slots) and ``threading.excepthook``.
Errors from other threads are handed to the GUI thread through a queued
signal, because widgets must only be touched from the GUI thread.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class ExceptionReporter(QObject):
    """Logs every uncaught exception and shows it in an
    :class:`~fibro_desktop.ui.error_dialog.ErrorDialog` (imported only then)."""

    _report = Signal(str)
    _write_failed = Signal(str)

    def __init__(self, log_file: Path | None, parent_window: Callable[[], object] = lambda: None):
        super().__init__()
        self._log_file = log_file
        self._parent_window = parent_window
        self._showing = False
        self.last_dialog = None
        #: Called (in the GUI thread) with a plain sentence when an uncaught
        #: error is a write the disk refused (full disk, read-only folder);
        #: the app shows it as a notice instead of the error dialog.
        self.on_write_failure: Callable[[str], None] | None = None
        self._write_failed.connect(lambda text: self.on_write_failure and self.on_write_failure(text))
        # Signals emitted from another thread are queued to this object's
        # (the GUI) thread, so widgets are only ever touched there.
        self._report.connect(self._show)

    def handle(self, exc_type, exc_value, exc_tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc_value, exc_tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc_value, exc_tb))
        if self.on_write_failure is not None:
            from fibro_desktop.ui.write_errors import background_failure_text

            text = background_failure_text(exc_value)
            if text is not None:  # a full disk is not a bug: say it calmly, no traceback
                log.warning("A write failed\n%s", details)
                self._write_failed.emit(text)
                return
        log.error("Uncaught exception\n%s", details)
        self._report.emit(details)

    def _show(self, details: str) -> None:
        if self._showing:  # one dialog at a time; the rest are in the log
            return
        self._showing = True
        try:
            from fibro_desktop.ui.error_dialog import ErrorDialog

            dialog = ErrorDialog(details, self._log_file, self._parent_window())
            dialog.finished.connect(self._on_closed)
            self.last_dialog = dialog
            dialog.show()
        except Exception:  # never let the error path raise again
            self._showing = False
            log.exception("Could not show the error dialog")

    def _on_closed(self) -> None:
        self._showing = False


def install_exception_hook(reporter: ExceptionReporter) -> None:
    sys.excepthook = reporter.handle

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        reporter.handle(args.exc_type, args.exc_value, args.exc_traceback)

    threading.excepthook = thread_hook
