"""Checks on a file the person wants to add to their own library.

Pure: the caller reads the first bytes and passes them in. The store does
the copying; the UI shows the messages (which are translated there by
their ``reason`` code).
"""

from __future__ import annotations

from pathlib import PurePath

from fibro_desktop.core.text import strip_bidi_controls

#: Extensions accepted, and the container each must really be.
FORMATS = {".mp3": "mp3", ".m4a": "mp4", ".aac": "aac", ".ogg": "ogg", ".opus": "ogg",
           ".wav": "wav", ".flac": "flac"}
MAX_BYTES = 1024 * 1024 * 1024
"""1 GiB: far above any recording; a guard against filling the disk by mistake."""
SNIFF_BYTES = 64


class ImportRefused(Exception):
    """The file was not added; ``reason`` is a stable code the UI words:
    ``unsupported``, ``empty``, ``corrupt``, ``too_large``, ``unsafe_path``,
    ``missing``."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


def container_of(head: bytes) -> str | None:
    """The audio container the first bytes show, or ``None``."""
    if head.startswith(b"OggS"):
        return "ogg"
    if head.startswith(b"fLaC"):
        return "flac"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "wav"
    if head[4:8] == b"ftyp":
        return "mp4"
    if head.startswith(b"ID3"):
        return "mp3"
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xF6 == 0xF0:
        return "aac"  # ADTS
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0:
        return "mp3"  # MPEG audio frame sync
    return None


def check_import(name: str, size: int, head: bytes) -> str:
    """The lower-case extension to keep for a file called ``name`` of ``size``
    bytes whose first bytes are ``head``; raises :class:`ImportRefused`."""
    suffix = PurePath(name).suffix.lower()
    expected = FORMATS.get(suffix)
    if expected is None:
        raise ImportRefused("unsupported", suffix or name)
    if size == 0:
        raise ImportRefused("empty")
    if size > MAX_BYTES:
        raise ImportRefused("too_large")
    found = container_of(head)
    # An .mp3 or .aac may carry either MPEG framing; other formats must match.
    same_family = {found, expected} <= {"mp3", "aac"}
    if found is None or (found != expected and not same_family):
        raise ImportRefused("corrupt", suffix)
    return suffix


def default_title(name: str) -> str:
    """A readable title from a file name: no extension, separators as spaces."""
    stem = strip_bidi_controls(PurePath(name).stem).replace("_", " ").replace("-", " ").strip()
    return " ".join(stem.split()) or "Recording"


def is_plain_name(file_name: str) -> bool:
    """True for a bare file name that cannot leave its folder."""
    return (bool(file_name) and file_name not in (".", "..") and "/" not in file_name
            and "\\" not in file_name and "\x00" not in file_name
            and PurePath(file_name).name == file_name)
