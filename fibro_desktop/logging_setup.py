"""Logging to a rotating file in the log folder (never anywhere else)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from fibro_desktop.store import files

LOG_FILE_NAME = "fibro-desktop.log"
MAX_LOG_BYTES = 1_000_000
LOG_FILES_KEPT = 5


def configure_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    """Send log records to ``log_dir/fibro-desktop.log`` (rotating, owner-only).

    Returns the log file's path, or ``None`` when the log folder cannot be
    written (a read-only data folder, a full disk): the app then runs without
    a log file rather than not at all. Safe to call more than once: earlier
    file handlers of this app are replaced.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_fibro_desktop", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    path = log_dir / LOG_FILE_NAME
    try:
        files.ensure_private_dir(log_dir)
        files.create_private_file(path)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_LOG_BYTES, backupCount=LOG_FILES_KEPT, encoding="utf-8"
        )
    except OSError:
        return None
    handler._fibro_desktop = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path


def forward_qt_messages() -> None:
    """Send Qt's own debug/warning/critical messages to the Python log.

    Imported lazily so the store and CLI can use this module without Qt.
    """
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind, context, message) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)

