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

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

log = logging.getLogger(__name__)


class ErrorDialog(QDialog):
    """Explains that something went wrong and offers the details to copy."""

    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        message = self.tr(
            "Fibro Desktop ran into a problem it did not expect. Your saved entries are safe. "
            "You can keep working; if this happens again, the details below help to fix it.")
        if log_file is not None:
            message += "\n" + self.tr("They are also in the log file: {path}").format(path=str(log_file))
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details"))
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


class ExceptionReporter(QObject):
    """Logs every uncaught exception and shows it in an :class:`ErrorDialog`."""

    _report = Signal(str)

    def __init__(self, log_file: Path | None, parent_window: Callable[[], QWidget | None] = lambda: None):
        super().__init__()
        self._log_file = log_file
        self._parent_window = parent_window
        self._showing = False
        self.last_dialog: ErrorDialog | None = None
        # Queued: a report from any thread is shown by the GUI thread.
        self._report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def handle(self, exc_type, exc_value, exc_tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc_value, exc_tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc_value, exc_tb))
        log.error("Uncaught exception\n%s", details)
        self._report.emit(details)

    def _show(self, details: str) -> None:
        if self._showing:  # one dialog at a time; the rest are in the log
            return
        self._showing = True
        try:
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
