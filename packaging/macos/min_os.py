"""The oldest macOS a bundle can run on, read from its own Mach-O files.

Every executable, dylib and Python extension in a macOS app says which
macOS it was built for (``LC_BUILD_VERSION``'s ``minos``, or the older
``LC_VERSION_MIN_MACOSX``). The app runs only where *all* of them run, so the
bundle's minimum is the highest of these. Declaring less in ``Info.plist``
(``LSMinimumSystemVersion``) lets the app open on a Mac where a library then
fails to load. A fixed "12.0" did that: on PyPI's wheels read on 2026-12-03,
Qt 6.11's frameworks need macOS 13, numpy 2.4's Accelerate builds 14, and
PySide6 6.11.3's own bindings and shiboken6 15.

Used twice: the PyInstaller spec sets ``LSMinimumSystemVersion`` from the
binaries it collects (:func:`highest_minimum`), and after the build
``python packaging/macos/min_os.py dist/Fibro\\ Desktop.app`` fails when any
file needs a newer macOS than the plist declares. It also reads wheels
(``.whl``) so the check can be tried here on PyPI's real macOS wheels.

Needs ``macholib`` (a build and test dependency, never shipped).
"""

from __future__ import annotations

import argparse
import plistlib
import sys
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from macholib import mach_o
from macholib.MachO import MachO

#: Magic numbers of thin and fat (universal) Mach-O files, both byte orders.
_MAGICS = {
    bytes.fromhex(m) for m in (
        "feedface", "cefaedfe", "feedfacf", "cffaedfe",  # 32/64-bit thin
        "cafebabe", "bebafeca", "cafebabf", "bfbafeca",  # fat, fat64
    )
}
#: ``LC_BUILD_VERSION`` platform number for macOS (others: iOS, tvOS …).
_PLATFORM_MACOS = 1


@dataclass(frozen=True, order=True)
class Version:
    """A macOS version such as 13.0 or 10.13.6."""

    major: int
    minor: int = 0
    patch: int = 0

    @classmethod
    def packed(cls, value: int) -> Version:
        """Decode Mach-O's ``xxxx.yy.zz`` nibble-packed version."""
        return cls(value >> 16, (value >> 8) & 0xFF, value & 0xFF)

    @classmethod
    def parse(cls, text: str) -> Version:
        parts = [int(p) for p in text.strip().split(".")]
        return cls(*(parts + [0, 0])[:3])

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}" + (f".{self.patch}" if self.patch else "")


@dataclass(frozen=True)
class Requirement:
    """One Mach-O file (one architecture slice) and the macOS it needs."""

    path: str
    arch: str
    minimum: Version


def is_macho(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) in _MAGICS
    except OSError:
        return False


def _arch_name(cputype: int) -> str:
    return mach_o.CPU_TYPE_NAMES.get(cputype, str(cputype))


def requirements_of(path: Path, shown_as: str | None = None) -> list[Requirement]:
    """The minimum macOS of each architecture slice in one Mach-O file.

    A universal static library (``.a``) starts like a fat binary but is
    only linked at build time, never loaded: it has no requirement."""
    if (shown_as or str(path)).endswith(".a"):
        return []
    found: list[Requirement] = []
    for header in MachO(str(path)).headers:
        arch = _arch_name(header.header.cputype)
        for load_command, command, _data in header.commands:
            if load_command.cmd == mach_o.LC_BUILD_VERSION and command.platform == _PLATFORM_MACOS:
                found.append(Requirement(shown_as or str(path), arch, Version.packed(command.minos)))
            elif load_command.cmd == mach_o.LC_VERSION_MIN_MACOSX:
                found.append(Requirement(shown_as or str(path), arch, Version.packed(command.version)))
    return found


def _files_under(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink() and is_macho(path):
            yield path


def _scan_wheel(wheel_path: Path) -> list[Requirement]:
    """A wheel's Mach-O members, each copied out alone (wheels are large)."""
    found: list[Requirement] = []
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(wheel_path) as wheel:
        for member in wheel.infolist():
            with wheel.open(member) as f:
                if f.read(4) not in _MAGICS:
                    continue
            copy = Path(tmp) / Path(member.filename).name
            copy.write_bytes(wheel.read(member))
            found += requirements_of(copy, f"{wheel_path.name}:{member.filename}")
            copy.unlink()
    return found


def scan(paths: Iterable[Path]) -> list[Requirement]:
    """Every requirement in ``paths``: folders (a bundle), files or wheels."""
    found: list[Requirement] = []
    for path in paths:
        if path.suffix == ".whl":
            found += _scan_wheel(path)
        elif path.is_dir():
            found += [r for f in _files_under(path) for r in requirements_of(f)]
        elif is_macho(path):
            found += requirements_of(path)
    return found


def highest_minimum(paths: Iterable[Path], floor: Version = Version(11)) -> Version:
    """The macOS the whole set needs: the highest minimum, never below ``floor``."""
    return max([floor] + [r.minimum for r in scan(paths)])


def declared_minimum(app: Path) -> Version | None:
    """``LSMinimumSystemVersion`` of an ``.app`` bundle, if it declares one."""
    plist = app / "Contents" / "Info.plist"
    if not plist.is_file():
        return None
    value = plistlib.loads(plist.read_bytes()).get("LSMinimumSystemVersion")
    return Version.parse(value) if value else None


def too_new(requirements: Iterable[Requirement], declared: Version) -> list[Requirement]:
    return sorted((r for r in requirements if r.minimum > declared), key=lambda r: (r.minimum, r.path), reverse=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path, help="an .app bundle, folders, Mach-O files or wheels")
    parser.add_argument("--declared", help="the declared minimum (default: the .app's LSMinimumSystemVersion)")
    args = parser.parse_args(argv)
    requirements = scan(args.paths)
    if not requirements:
        print("No Mach-O files found.")
        return 1
    declared = Version.parse(args.declared) if args.declared else declared_minimum(args.paths[0])
    highest = max(r.minimum for r in requirements)
    files = len({r.path for r in requirements})
    print(f"{files} Mach-O files; the highest minimum macOS is {highest}.")
    if declared is None:
        print("No declared minimum to compare with (give --declared or an .app bundle).")
        return 1
    late = too_new(requirements, declared)
    if late:
        print(f"{len(late)} slices need a newer macOS than the declared {declared}:")
        for r in late[:20]:
            print(f"  {r.minimum}  {r.arch:8} {r.path}")
        return 1
    print(f"All of them run on the declared macOS {declared}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
