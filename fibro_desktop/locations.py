"""Where the app keeps its data and logs, per operating system.

One source of truth: Qt's ``QStandardPaths`` (after the application identity
is set), overridable by ``--data-dir`` or ``FIBRO_DESKTOP_DATA_DIR``. When
the data folder is overridden, logs go inside it too, so a test or a demo
never writes into the person's real folders.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from fibro_desktop import identity

DATA_DIR_ENV = "FIBRO_DESKTOP_DATA_DIR"


def apply_identity() -> None:
    """Set organisation and application names (static; no app object needed).

    Must run before any ``QStandardPaths`` or ``QSettings`` use.
    """
    from PySide6.QtCore import QCoreApplication

    from fibro_desktop import __version__

    QCoreApplication.setOrganizationName(identity.ORGANIZATION_NAME)
    QCoreApplication.setOrganizationDomain(identity.ORGANIZATION_DOMAIN)
    QCoreApplication.setApplicationName(identity.APPLICATION_NAME)
    QCoreApplication.setApplicationVersion(__version__)


def default_data_dir() -> Path:
    """The per-OS user data folder, e.g. ``~/.local/share/FibroDesktop/fibro-desktop``."""
    apply_identity()
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def resolve_data_dir(explicit: str | os.PathLike | None, environ: Mapping[str, str] = os.environ) -> Path:
    """Pick the data folder: ``--data-dir``, then the environment, then the OS default."""
    if explicit:
        return Path(explicit).expanduser().absolute()
    if environ.get(DATA_DIR_ENV):
        return Path(environ[DATA_DIR_ENV]).expanduser().absolute()
    return default_data_dir()


def is_overridden(explicit: str | os.PathLike | None, environ: Mapping[str, str] = os.environ) -> bool:
    return bool(explicit or environ.get(DATA_DIR_ENV))


def default_log_dir() -> Path:
    """The per-OS log folder: ~/Library/Logs on macOS, the XDG state folder on
    Linux, the local app-data folder on Windows."""
    apply_identity()
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Logs" / identity.DISPLAY_NAME
    if sys.platform.startswith("win"):
        base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
        return Path(base) / "logs"
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.StateLocation)
    return Path(base) / "logs"


def log_dir_for(data_dir: Path, overridden: bool) -> Path:
    return data_dir / "logs" if overridden else default_log_dir()
