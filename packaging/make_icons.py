"""Render the app icon in every size the installers need, from one drawing.

    python packaging/make_icons.py [OUT_DIR]      (default: build/icons)
    python packaging/make_icons.py --resources    (the window icon's PNGs)

Source: ``resources/icons/fibro-desktop.svg``. Writes

* ``fibro-desktop-<N>.png`` for N in 16, 24, 32, 48, 64, 128, 256, 512, 1024
  (Linux hicolor theme and the ``.desktop`` file use them);
* ``fibro-desktop.ico`` (Windows: 16, 24, 32, 48, 64, 128 and 256 px);
* ``fibro-desktop.icns`` (macOS: 16 to 1024 px, with the @2x variants).

QtSvg renders the drawing; the ``.ico`` and ``.icns`` containers are written
here in plain Python, because both simply wrap PNG images (Windows Vista and
later read PNG entries in an ``.ico``; macOS 10.7 and later read PNG entries
in an ``.icns``). Nothing is downloaded and no other tool is needed, so the
same script runs on every build machine. The output is generated at build
time and not committed.

``--resources`` writes instead the window icon's PNGs,
``resources/icons/fibro-desktop-<N>.png`` for N in 16 to 128, which are
committed: the app shows them so that Qt's SVG icon engine is not loaded
before the first frame (``fibro_desktop.app.app_icon``). Run it after
changing the drawing (a test compares them with it).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "fibro-desktop.svg"
NAME = "fibro-desktop"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
#: The window icon's sizes, kept in resources/icons (same as fibro_desktop.app.APP_ICON_SIZES).
APP_PNG_SIZES = (16, 24, 32, 48, 64, 128)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns entry types holding PNG data, and the pixel size of each.
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64),
    (b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024),  # ic10 = 512@2x
    (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),    # 16@2x .. 256@2x
)


def render_pngs(svg: Path, sizes: tuple[int, ...]) -> dict[int, bytes]:
    """PNG bytes of ``svg`` drawn at each square pixel size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (keeps Qt alive)
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    pngs = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        pngs[size] = bytes(data)
    return pngs


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ``.ico`` file holding one PNG image per size (sizes up to 256)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = 6 + 16 * len(sizes)
    directory, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + directory + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ``.icns`` file: ``icns`` + total length, then (type, length, PNG) entries."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out_dir: Path, svg: Path = SOURCE) -> list[Path]:
    """Write every icon file into ``out_dir``; returns the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs(svg, PNG_SIZES)
    written = []
    for size, data in pngs.items():
        path = out_dir / f"{NAME}-{size}.png"
        path.write_bytes(data)
        written.append(path)
    for path, data in ((out_dir / f"{NAME}.ico", ico_bytes({s: pngs[s] for s in ICO_SIZES})),
                       (out_dir / f"{NAME}.icns", icns_bytes(pngs))):
        path.write_bytes(data)
        written.append(path)
    return written


def write_app_pngs(folder: Path = SOURCE.parent, svg: Path = SOURCE) -> list[Path]:
    """Write the window icon's PNGs (``fibro-desktop-<N>.png``) into ``folder``."""
    written = []
    for size, data in render_pngs(svg, APP_PNG_SIZES).items():
        path = folder / f"{NAME}-{size}.png"
        path.write_bytes(data)
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    if argv == ["--resources"]:
        paths = write_app_pngs()
    else:
        paths = make_icons(Path(argv[0]) if argv else ROOT / "build" / "icons")
    for path in paths:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
