"""Write THIRD-PARTY-NOTICES.txt from the installed packages' own metadata.

The app ships other people's work: Qt and Qt for Python (LGPL-3.0), the
FFmpeg libraries inside PySide6-Addons (LGPL), pyqtgraph, peewee, numpy and
what they bring. Their licences ask that people can read them. This script
walks the runtime dependencies of ``fibro-desktop`` as installed in this
Python (so the text matches what a build freezes), and writes, for each
package: name, version, licence (from ``License-Expression``, ``License`` or
the classifiers), home page, and the full text of every licence file the
package ships.

    python packaging/third_party.py [--out resources/licenses/THIRD-PARTY-NOTICES.txt]

``packaging/build.py freeze`` runs it before PyInstaller, so a bundle carries
the notices of exactly the packages it froze; the copy committed under
``resources/licenses/`` (shipped in the wheel) was written the same way from
the tested environment, and a test checks it names every runtime package.
"""

from __future__ import annotations

import argparse
import re
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "licenses" / "THIRD-PARTY-NOTICES.txt"
APP = "fibro-desktop"
#: Files in a package's RECORD that hold licence text.
_LICENCE_FILE = re.compile(r"(^|/)(licen[cs]e|copying|notice|authors)[^/]*$", re.IGNORECASE)
#: Notes on what the metadata alone does not say.
#: The full texts these refer to are in the same folder (LGPL-3.0.txt,
#: LGPL-2.1.txt, Apache-2.0.txt; the GPL is the app's own LICENSE).
EXTRA_NOTES = {
    "pyside6-addons": "Includes the FFmpeg libraries (LGPL-2.1-or-later, full text in LGPL-2.1.txt) used by "
                      "Qt Multimedia to play sound; their source is at https://ffmpeg.org/download.html.",
    "pyside6-essentials": "Used under the LGPL-3.0 (full text in LGPL-3.0.txt). Includes the Qt 6 libraries "
                          "(LGPL-3.0-only); Qt's source is at https://download.qt.io/official_releases/qt/.",
    "shiboken6": "Used under the LGPL-3.0 (full text in LGPL-3.0.txt).",
    "sqlcipher3": "Includes SQLCipher (BSD-3-Clause, Zetetic LLC) and OpenSSL's libcrypto "
                  "(Apache-2.0, full text in Apache-2.0.txt), linked into its extension.",
}


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_names(dist: metadata.Distribution) -> list[str]:
    """Runtime requirements (no extras, markers true here)."""
    from packaging.requirements import Requirement

    names = []
    for text in dist.requires or []:
        req = Requirement(text)
        if req.marker is not None and not req.marker.evaluate({"extra": ""}):
            continue
        names.append(_canonical(req.name))
    return names


def runtime_closure(app: str = APP) -> list[metadata.Distribution]:
    """The installed distributions ``app`` needs at run time, app excluded."""
    seen: dict[str, metadata.Distribution] = {}
    todo = _requirement_names(metadata.distribution(app))
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another platform or Python
        seen[name] = dist
        todo += _requirement_names(dist)
    return [seen[n] for n in sorted(seen)]


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    text = (meta.get("License") or "").strip()
    if classifiers:
        return "; ".join(classifiers)
    return text.splitlines()[0] if text else "see the licence text below"


def licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    texts = []
    for file in dist.files or []:
        if _LICENCE_FILE.search(str(file)) and not str(file).endswith((".py", ".pyc")):
            try:
                texts.append((str(file), Path(str(file.locate())).read_text(encoding="utf-8", errors="replace")))
            except OSError:
                continue
    return texts


def notices(dists: list[metadata.Distribution]) -> str:
    parts = [
        "Fibro Desktop includes the following software by other people.\n"
        "Each is used under its own licence, given in full below.\n",
    ]
    for dist in dists:
        meta = dist.metadata
        home = meta.get("Home-page") or next(
            (u.split(",", 1)[1].strip() for u in meta.get_all("Project-URL") or []), "")
        block = [f"{'=' * 72}", f"{meta['Name']} {dist.version}", f"Licence: {licence_of(dist)}"]
        if home:
            block.append(f"Home: {home}")
        note = EXTRA_NOTES.get(_canonical(meta["Name"]))
        if note:
            block.append(note)
        for name, text in licence_texts(dist):
            block += ["", f"--- {name} ---", text.strip()]
        parts.append("\n".join(block) + "\n")
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    dists = runtime_closure()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(notices(dists), encoding="utf-8")
    print(f"{args.out}: {len(dists)} packages: {', '.join(d.metadata['Name'] for d in dists)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
