#!/usr/bin/env python3
"""Compile the translations: ``resources/translations/*.ts`` → ``*.qm``.

The ``.ts`` files (XML, in git) are what translators edit; the app loads the
compiled ``.qm`` files (git-ignored), made here with ``pyside6-lrelease``,
which comes with PySide6. A ``.qm`` newer than its ``.ts`` is left as it is.
``dev.py`` runs this before the app and the tests, ``packaging/build.py``
before PyInstaller (the spec bundles the ``.qm``, not the ``.ts``); a
language whose ``.qm`` is missing is shown in English.

    python packaging/build_translations.py [--force]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"


def lrelease() -> str | None:
    """``pyside6-lrelease`` next to this interpreter (a venv), else on PATH."""
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        candidate = Path(sys.executable).parent / name
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-lrelease")


def compile_catalogue(ts: Path, qm: Path, tool: str | None = None) -> None:
    """``ts`` compiled into ``qm``; raises ``RuntimeError`` with lrelease's words on failure."""
    tool = tool or lrelease()
    if tool is None:
        raise RuntimeError("pyside6-lrelease was not found (it comes with PySide6)")
    result = subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
    if result.returncode != 0 or not qm.exists():
        raise RuntimeError(f"{ts.name}: {result.stderr.strip() or result.stdout.strip()}")


def build(folder: Path = FOLDER, force: bool = False) -> list[Path]:
    """Compile every ``fibro_desktop_*.ts`` of ``folder`` whose ``.qm`` is
    missing or older; returns the ``.qm`` files written."""
    written = []
    for ts in sorted(folder.glob("fibro_desktop_*.ts")):
        qm = ts.with_suffix(".qm")
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        compile_catalogue(ts, qm)
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--force", action="store_true", help="compile even when the .qm is up to date")
    args = parser.parse_args(argv)
    try:
        written = build(force=args.force)
    except RuntimeError as exc:
        print(f"build_translations: {exc}", file=sys.stderr)
        return 1
    for qm in written:
        print(f"build_translations: {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
