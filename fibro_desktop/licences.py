"""Find the licence texts the app shows in Help → About → Licences.

The app's own licence (GPL-3.0-or-later) is ``LICENSE`` at the top of a
source checkout, ``resources/licenses/LICENSE`` in a frozen bundle (the spec
puts it there) and a licence file in the wheel's metadata. The texts of the
software it includes are in ``resources/licenses/``:
``THIRD-PARTY-NOTICES.txt`` (written from the packages' metadata by
``packaging/third_party.py``) and the full licences it refers to.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from fibro_desktop.resources import resources_root

_SOURCE_LICENSE = Path(__file__).resolve().parent.parent / "LICENSE"
#: File names in resources/licenses/, in the order the dialog lists them.
THIRD_PARTY_FILES = ("THIRD-PARTY-NOTICES.txt", "LGPL-3.0.txt", "LGPL-2.1.txt", "Apache-2.0.txt")


@dataclass(frozen=True)
class LicenceText:
    """One text to show: its file name and contents."""

    name: str
    text: str


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


def app_licence() -> str | None:
    """The GNU GPL text the app is released under, wherever it was installed."""
    for candidate in (resources_root() / "licenses" / "LICENSE", _SOURCE_LICENSE):
        text = _read(candidate)
        if text:
            return text
    try:
        files = metadata.distribution("fibro-desktop").files or []
    except metadata.PackageNotFoundError:
        return None
    for file in files:
        if Path(str(file)).name in ("LICENSE", "COPYING"):
            return _read(Path(str(file.locate())))
    return None


def licence_texts() -> list[LicenceText]:
    """The app's licence first, then the third-party texts that are present."""
    texts = []
    own = app_licence()
    if own:
        texts.append(LicenceText("LICENSE", own))
    folder = resources_root() / "licenses"
    for name in THIRD_PARTY_FILES:
        text = _read(folder / name)
        if text:
            texts.append(LicenceText(name, text))
    return texts
