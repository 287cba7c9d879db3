"""Pack the Linux one-folder build into ``fibro-desktop-<version>-linux-<arch>.tar.gz``.

    python packaging/linux/make_tarball.py [APP_DIR] [OUT_DIR]
        (defaults: dist/fibro-desktop, dist)

The archive holds one folder, ``fibro-desktop-<version>/``, with the frozen
app (``fibro-desktop`` and ``_internal/``), ``fibro-desktop.desktop``, the
icon in the hicolor theme layout (PNG sizes rendered by
``packaging/make_icons.py`` and the SVG), and ``install.sh``, which installs
for the current user without root. It runs from where it was unpacked, too.
Entries are sorted and owned by root with the build's modification times, so
the archive lists the same way on every machine.
"""

from __future__ import annotations

import platform
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE.parent))

from bundle_rules import project_version  # noqa: E402
from make_icons import make_icons  # noqa: E402

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def archive_name(version: str, machine: str | None = None) -> str:
    return f"fibro-desktop-{version}-linux-{machine or platform.machine()}.tar.gz"


def _normalised(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def _add_tree(tar: tarfile.TarFile, source: Path, arcname: str) -> None:
    """Add ``source`` and everything under it, sorted, as ``arcname``."""
    tar.add(source, arcname, recursive=False, filter=_normalised)
    if source.is_dir() and not source.is_symlink():
        for child in sorted(source.iterdir()):
            _add_tree(tar, child, f"{arcname}/{child.name}")


def make_tarball(app_dir: Path, out_dir: Path, version: str | None = None) -> Path:
    """Write the archive into ``out_dir``; returns its path."""
    version = version or project_version()
    top = f"fibro-desktop-{version}"
    icons = make_icons(ROOT / "build" / "icons")
    pngs = {int(p.stem.rsplit("-", 1)[1]): p for p in icons if p.suffix == ".png"}
    out_dir.mkdir(parents=True, exist_ok=True)
    archive = out_dir / archive_name(version)
    with tarfile.open(archive, "w:gz", compresslevel=9) as tar:
        _add_tree(tar, app_dir, top)
        tar.add(HERE / "fibro-desktop.desktop", f"{top}/fibro-desktop.desktop", filter=_normalised)
        tar.add(HERE / "install.sh", f"{top}/install.sh", filter=_normalised)
        for size in ICON_SIZES:
            tar.add(pngs[size], f"{top}/icons/hicolor/{size}x{size}/apps/fibro-desktop.png", filter=_normalised)
        tar.add(ROOT / "resources" / "icons" / "fibro-desktop.svg",
                f"{top}/icons/hicolor/scalable/apps/fibro-desktop.svg", filter=_normalised)
    return archive


def main(argv: list[str]) -> int:
    app_dir = Path(argv[0]) if argv else ROOT / "dist" / "fibro-desktop"
    out_dir = Path(argv[1]) if len(argv) > 1 else ROOT / "dist"
    print(make_tarball(app_dir, out_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
