"""Make a smaller copy of Qt's ICU data library for the Linux bundle.

PySide6's Linux wheels ship ICU, and its data library
(``libicudata.so.73``, about 31 MB) is the largest single file of the build.
Qt uses only a few parts of it: collation (``QCollator``), case mapping
(``QLocale::toUpper``), normalisation and time zones. This removes the data
Qt never reads, about 25 MB (31 MB down to 5.5 MB):

* display names of languages, regions, currencies, units (``lang/``,
  ``region/``, ``curr/``, ``unit/``): Qt has its own CLDR tables;
* time-zone display names (``zone/``) except English, so
  ``QTimeZone.displayName`` still answers in English;
* break-iterator rules and dictionaries (``brkitr/``): Qt finds text
  boundaries with its own Unicode tables;
* transliteration (``translit/``) and spelled-out numbers (``rbnf/``);
* legacy character-set converters (``*.cnv``): the app reads and writes
  UTF-8 only, and Python, not Qt, decodes its files;
* each locale's general data (``de.res``, ``pt_BR.res``, ...: date formats,
  number symbols): Qt formats dates and numbers from its own CLDR tables;
  ICU then falls back to ``root.res`` where it needs any (calendars for time
  zone names). Collation keeps every language (``coll/``).

How: the data blob is read from the library's ``icudt<NN>_dat`` symbol,
``icupkg`` (Debian/Ubuntu package ``icu-devtools``) removes the items,
``genccode`` turns the result into assembly, and ``cc`` links it into a
library with the same soname. ``--smoke-test`` then checks that German
collation, Turkish upper-casing and a time zone still work
(``fibro_desktop/smoke_bundle.py``). When a tool is missing, the original
library is kept (the bundle is then about 25 MB larger) and a message says so.

    python packaging/linux/trim_icu.py LIBICUDATA OUT_DIR   (prints the new path)
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

REMOVE = re.compile(r"^(lang|region|curr|unit|zone|brkitr|translit|rbnf)/|\.cnv$"
                    # each locale's own data (af.res, de_CH.res, zh_Hant_TW.res, ...), not root
                    r"|^[a-z]{2,3}(_[A-Za-z0-9]+)*\.res$")
KEEP = re.compile(r"^zone/(root|en|en_001|en_GB|pool|res_index|tzdbNames)\.res$")
TOOLS = ("icupkg", "genccode", "cc", "readelf")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if not shutil.which(tool)]


def data_symbol(library: Path) -> tuple[str, int, int]:
    """(name, file offset, size) of the ``icudtNN_dat`` symbol in ``library``."""
    symbols = subprocess.run(["readelf", "-sW", str(library)], capture_output=True, text=True,
                             check=True).stdout
    match = re.search(r":\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+\d+\s+(icudt\d+_dat)",
                      symbols)
    if not match:
        raise ValueError(f"no icudt*_dat symbol in {library}")
    address, size, name = int(match[1], 16), int(match[2], 0), match[3]
    sections = subprocess.run(["readelf", "-SW", str(library)], capture_output=True, text=True,
                              check=True).stdout
    rodata = re.search(r"\.rodata\s+PROGBITS\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    if not rodata:
        raise ValueError(f"no .rodata section in {library}")
    offset = address - int(rodata[1], 16) + int(rodata[2], 16)
    return name, offset, size


def trim_icu_data(library: Path, out_dir: Path) -> Path:
    """Write a trimmed copy of ``library`` into ``out_dir``; return its path.

    Raises ``RuntimeError`` when a tool is missing and ``ValueError`` when the
    library does not look like ICU data."""
    missing = missing_tools()
    if missing:
        raise RuntimeError(f"missing tools: {', '.join(missing)} (Debian/Ubuntu: apt install icu-devtools gcc)")
    name, offset, size = data_symbol(library)           # e.g. icudt73_dat
    package = name.removesuffix("_dat") + "l"            # icudt73l: little-endian data
    work = out_dir / "icu-work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    with library.open("rb") as handle:
        handle.seek(offset)
        (work / "full").mkdir()
        (work / "full" / f"{package}.dat").write_bytes(handle.read(size))
    items = subprocess.run(["icupkg", "-l", str(work / "full" / f"{package}.dat")], capture_output=True,
                           text=True, check=True).stdout.split()
    remove = [item for item in items if REMOVE.search(item) and not KEEP.search(item)]
    (work / "remove.txt").write_text("\n".join(remove) + "\n")
    # icupkg names the items after the output file, so it must keep the package name.
    subprocess.run(["icupkg", "-r", str(work / "remove.txt"), str(work / "full" / f"{package}.dat"),
                    str(work / f"{package}.dat")], check=True, capture_output=True)
    subprocess.run(["genccode", "-e", name.removesuffix("_dat"), "-a", "gcc", "-d", str(work),
                    str(work / f"{package}.dat")], check=True, capture_output=True)
    target = out_dir / library.name
    subprocess.run(["cc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(target),
                    str(work / f"{package}_dat.S")], check=True)
    shutil.rmtree(work)
    return target


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    print(trim_icu_data(Path(argv[0]), Path(argv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
