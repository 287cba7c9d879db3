"""The session library: bundled sessions from the manifest plus the person's own audio.

Sessions are known by a *key*: a bundled session's id (``"pmr_full"``) or
``"own:<uid>"`` for a file the person imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fibro_desktop.core.toolkit.routine import RoutineKind

#: The bundled session ids; other tabs may ask for any of these.
SESSION_IDS = ("pmr_full", "pmr_short", "release_only", "paced_breathing", "body_scan",
               "desk_warm_up", "sleep_wind_down")
OWN_PREFIX = "own:"
#: Which toolkit routine item a finished session ticks (all of them: relaxation).
ROUTINE_KIND = RoutineKind.RELAXATION


@dataclass(frozen=True)
class Session:
    """One playable item. ``duration_ms`` is 0 when not known yet (own audio)."""

    key: str
    title: str
    description: str
    path: Path
    duration_ms: int = 0
    sha256: str = ""
    bundled: bool = True
    #: The WebVTT captions beside the file, ``None`` when there are none (own audio).
    captions: Path | None = None


@dataclass(frozen=True)
class OwnAudio:
    """A file the person imported, copied into the library folder as ``file_name``."""

    uid: str
    title: str
    file_name: str
    bytes: int
    sort_order: int

    @property
    def key(self) -> str:
        return own_key(self.uid)


def own_key(uid: str) -> str:
    return OWN_PREFIX + uid


def is_own_key(key: str) -> bool:
    return key.startswith(OWN_PREFIX)


def parse_manifest(data: dict[str, Any], audio_dir: Path) -> list[Session]:
    """Bundled sessions described by the manifest ``data`` (already parsed
    JSON), with file paths inside ``audio_dir``; in manifest order.

    Raises ``ValueError`` for an entry that misses a field or names a file
    outside ``audio_dir``.
    """
    sessions = []
    for entry in data.get("sessions", []):
        try:
            file_name = entry["file"]
            captions_name = entry.get("captions")
            for name in (file_name, captions_name or ""):
                if Path(name).name != name:
                    raise ValueError(f"manifest file name must be plain: {name!r}")
            sessions.append(Session(
                key=entry["id"], title=entry["title"], description=entry["description"],
                path=audio_dir / file_name, duration_ms=int(entry["duration_ms"]),
                sha256=entry["sha256"], bundled=True,
                captions=audio_dir / captions_name if captions_name else None))
        except KeyError as missing:
            raise ValueError(f"manifest entry without {missing}") from None
    return sessions


def ambient_files(data: dict[str, Any], audio_dir: Path) -> dict[str, Path]:
    """Ambient loops in the manifest: kind id (``"brown"``, ``"rain"``) to path."""
    return {entry["id"]: audio_dir / Path(entry["file"]).name for entry in data.get("ambient", [])}


def own_sessions(items: list[OwnAudio], library_dir: Path) -> list[Session]:
    """The person's own audio as sessions, in their chosen order."""
    return [Session(key=item.key, title=item.title, description="", path=library_dir / item.file_name,
                    bundled=False) for item in sorted(items, key=lambda i: i.sort_order)]
