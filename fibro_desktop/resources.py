"""The one helper that finds files in ``resources/``.

Works from a source checkout (``resources/`` beside the package), an
installed wheel (``fibro_desktop/_resources`` if packaged there) and a
PyInstaller bundle (``sys._MEIPASS/resources``).
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_root() -> Path:
    """Folder that holds ``icons/``, ``audio/``, ``content/`` and the rest."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_base:
        candidates.append(Path(frozen_base) / "resources")
    candidates += [_PACKAGE_DIR / "_resources", _PACKAGE_DIR.parent / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("The app's resources folder is missing; please reinstall Fibro Desktop.")


def resource_path(*parts: str) -> Path:
    """Path of a resource file, e.g. ``resource_path("icons", "app.svg")``."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"Missing resource: {'/'.join(parts)}")
    return path
