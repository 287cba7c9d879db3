"""Linux-only steps of ``packaging/fibro_desktop.spec`` on PyInstaller's list
of binaries (``(dest, src, kind)`` tuples), each returning a new list:

* :func:`without_orphans`: drop top-level system libraries that no kept
  binary needs any more (PyInstaller resolved dependencies before the Qt
  filter ran, so e.g. the GTK stack of the left-out GTK theme plugin would
  stay) and those every desktop has (``bundle_rules.HOST_LIBRARIES``),
  with what only they needed;
* :func:`without_debug_sections`: ``strip --strip-debug`` copies of the Python
  interpreter's own libraries (a Python built from source carries about
  18 MB of debug data); Qt's libraries are left alone: stripping them all
  lost the FFmpeg backend here;
* :func:`with_trimmed_icu`: Qt's ICU data without the parts Qt never reads
  (``trim_icu.py``, about 25 MB less).

Each step does nothing when its tool (``readelf``, ``strip``, ICU tools) is
missing, so a build never fails for want of a smaller size.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from bundle_rules import keep_linux_library  # noqa: E402
from trim_icu import trim_icu_data  # noqa: E402


def needed_names(path: str) -> list[str]:
    """The libraries an ELF file asks for directly (its ``DT_NEEDED`` entries)."""
    output = subprocess.run(["readelf", "-dW", path], capture_output=True, text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", output)


def without_orphans(binaries: list) -> list:
    """Keep a top-level library only when a kept binary needs it, following
    the chain of direct needs but never through a host library (whose own
    needs then come from the system too)."""
    if not shutil.which("readelf"):
        return binaries
    top_level = {dest: src for dest, src, _kind in binaries if "/" not in dest}
    queue = [src for dest, src, _kind in binaries if keep_linux_library(dest, set())]
    needed: set[str] = set()
    while queue:
        for name in needed_names(queue.pop()):
            if name in top_level and name not in needed and keep_linux_library(name, {name}):
                needed.add(name)
                queue.append(top_level[name])
    kept = [entry for entry in binaries if keep_linux_library(entry[0], needed)]
    print(f"prune: left out {len(binaries) - len(kept)} libraries nothing needs or every system has")
    return kept


def without_debug_sections(binaries: list, out_dir: Path) -> list:
    if not shutil.which("strip"):
        return binaries
    python_home = Path(sys.base_prefix).resolve()
    result = []
    for dest, src, kind in binaries:
        source = Path(src).resolve()
        if python_home in source.parents:
            target = out_dir / dest
            target.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(["strip", "--strip-debug", "-o", str(target), str(source)], check=True)
            src = str(target)
        result.append((dest, src, kind))
    return result


def with_trimmed_icu(binaries: list, out_dir: Path) -> list:
    result = []
    for dest, src, kind in binaries:
        if re.fullmatch(r"libicudata\.so\.\d+", Path(dest).name):
            try:
                src = str(trim_icu_data(Path(src), out_dir))
                print(f"prune: trimmed ICU data: {src}")
            except (RuntimeError, ValueError, subprocess.CalledProcessError) as exc:
                print(f"prune: WARNING: ICU data kept whole, the bundle is about 25 MB larger ({exc})")
        result.append((dest, src, kind))
    return result


def prune(binaries: list, build_dir: Path) -> list:
    """All three steps, in order."""
    binaries = without_orphans(binaries)
    binaries = without_debug_sections(binaries, build_dir / "stripped")
    return with_trimmed_icu(binaries, build_dir / "icu")
