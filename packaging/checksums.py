"""SHA-256 sums of the installers, for people to compare before opening one.

``packaging/build.py package`` writes ``<installer>.sha256`` beside each
installer, in the format ``sha256sum -c`` and ``shasum -a 256 -c`` read; the
release job joins them into ``SHA256SUMS.txt`` on the release page (README,
"Check your download").
"""

from __future__ import annotations

import hashlib
from pathlib import Path


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_checksum(path: Path) -> Path:
    """Write ``<path>.sha256`` holding ``<hex>  <file name>``; return it."""
    out = path.with_name(path.name + ".sha256")
    out.write_text(f"{sha256_of(path)}  {path.name}\n", encoding="ascii")
    return out
