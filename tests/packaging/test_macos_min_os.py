"""The macOS minimum of a bundle, read from its Mach-O files (issue 22).

Synthetic Mach-O files (a header and one version command, the way a linker
writes them) stand in for a built app here; the same script read PyPI's real
macOS wheels (``packaging/README.md`` has that run, and this file re-runs it
when ``FIBRO_MACOS_WHEELS`` names a folder of them)."""

from __future__ import annotations

import os
import plistlib
import struct
import zipfile
from pathlib import Path

import pytest

from tests.packaging.helpers import load

min_os = load("macos/min_os.py")

ARM64 = 0x0100000C
X86_64 = 0x01000007
LC_BUILD_VERSION = 0x32
LC_VERSION_MIN_MACOSX = 0x24


def packed(version: str) -> int:
    major, minor = (int(p) for p in version.split("."))
    return major << 16 | minor << 8


def macho(minos: str, cputype: int = ARM64, old_style: bool = False) -> bytes:
    """A 64-bit dylib with one version load command."""
    if old_style:
        command = struct.pack("<IIII", LC_VERSION_MIN_MACOSX, 16, packed(minos), packed(minos))
    else:
        command = struct.pack("<IIIIII", LC_BUILD_VERSION, 24, 1, packed(minos), packed(minos), 0)
    header = struct.pack("<IiiIIIII", 0xFEEDFACF, cputype, 0, 6, 1, len(command), 0, 0)
    return header + command


def app_bundle(tmp_path: Path, declared: str, libraries: dict[str, bytes]) -> Path:
    app = tmp_path / "Fibro Desktop.app"
    (app / "Contents" / "Frameworks").mkdir(parents=True)
    (app / "Contents" / "Info.plist").write_bytes(plistlib.dumps({"LSMinimumSystemVersion": declared}))
    for name, data in libraries.items():
        (app / "Contents" / "Frameworks" / name).write_bytes(data)
    (app / "Contents" / "Resources").mkdir()
    (app / "Contents" / "Resources" / "notes.txt").write_text("not code")
    return app


def test_a_library_newer_than_the_plist_fails_the_check_and_is_named(tmp_path, capsys):
    app = app_bundle(tmp_path, "13.0", {"QtCore.abi3.so": macho("15.0"), "libpython.dylib": macho("10.9", X86_64),
                                       "old.dylib": macho("14.0", old_style=True)})
    assert min_os.main([str(app)]) == 1
    out = capsys.readouterr().out
    assert "the highest minimum macOS is 15.0" in out
    assert "QtCore.abi3.so" in out and "old.dylib" in out and "libpython" not in out


def test_a_plist_that_covers_every_library_passes(tmp_path, capsys):
    app = app_bundle(tmp_path, "15.0", {"QtCore.abi3.so": macho("15.0"), "numpy.so": macho("14.0", X86_64)})
    assert min_os.main([str(app)]) == 0
    assert "All of them run on the declared macOS 15.0" in capsys.readouterr().out


def test_the_spec_takes_the_highest_minimum_of_the_collected_binaries(tmp_path):
    files = []
    for name, version in (("a.so", "13.0"), ("b.dylib", "14.0"), ("c.so", "10.13")):
        path = tmp_path / name
        path.write_bytes(macho(version))
        files.append(path)
    text = tmp_path / "readme.txt"
    text.write_text("hello")
    assert str(min_os.highest_minimum(files + [text])) == "14.0"
    assert str(min_os.highest_minimum([text])) == "11.0"  # nothing read: the floor


def test_wheels_are_read_without_unpacking_them_whole(tmp_path):
    wheel = tmp_path / "demo-1.0-cp311-abi3-macosx_13_0_universal2.whl"
    with zipfile.ZipFile(wheel, "w") as z:
        z.writestr("demo/core.abi3.so", macho("15.0"))
        z.writestr("demo/libstatic.a", bytes.fromhex("cafebabe") + b"!<arch>\n")
        z.writestr("demo/__init__.py", "")
    found = min_os.scan([wheel])
    assert [(r.path.split(":")[1], str(r.minimum)) for r in found] == [("demo/core.abi3.so", "15.0")]


@pytest.mark.skipif(not os.environ.get("FIBRO_MACOS_WHEELS"),
                    reason="set FIBRO_MACOS_WHEELS to a folder of macOS wheels")
def test_the_real_pyside6_wheels_need_more_than_macos_12():
    wheels = sorted(Path(os.environ["FIBRO_MACOS_WHEELS"]).glob("*.whl"))
    assert min_os.highest_minimum(wheels) > min_os.Version(12)
