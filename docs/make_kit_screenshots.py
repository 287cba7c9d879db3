"""Every tab at 100 % and 200 % text, light and dark, for the accessibility
page (issue 18). Run under a real X server (Xvfb is enough):

    Xvfb :57 -screen 0 1600x1000x24 & XVFB=$!
    DISPLAY=:57 QT_QPA_PLATFORM=xcb .venv/bin/python docs/make_kit_screenshots.py
    kill $XVFB

Writes docs/screenshots/kit-<tab>-<100|200>-<light|dark>.png with the demo
data (as ``--demo``): 1100x760 at 100 %, and at 200 % a 1366x728 window (a
common laptop screen less its task bar). Each text size and theme runs in a
fresh process, as after a restart. Images are stored with a 256-colour
palette when that is smaller.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "docs"))
OUT = ROOT / "docs" / "screenshots"
SIZES = {100: (1100, 760), 200: (1366, 728)}


def shoot(scale: int, theme: str) -> None:
    from demo_shell import demo_context, demo_shell
    from PySide6.QtWidgets import QApplication

    from fibro_desktop import locations

    locations.apply_identity()
    app = QApplication(sys.argv[:1])
    ctx = demo_context(THEME=theme, TEXT_SCALE=scale, REDUCE_MOTION=True)
    shell = demo_shell(app, ctx)
    shell.window.resize(*SIZES[scale])
    OUT.mkdir(parents=True, exist_ok=True)
    for key in shell.window.tab_keys():
        save_tab(app, shell.window, key, OUT / f"kit-{key}-{scale}-{theme}.png")
    ctx.db.close()


def save_tab(app, window, key: str, path: Path) -> None:
    """Show tab ``key`` of the main window, let it lay out, and save the
    whole window to ``path`` (also used by make_language_screenshots.py)."""
    window.show_tab(key)
    for _ in range(10):
        app.processEvents()
    path.write_bytes(_small_png(window.grab().toImage()))
    print(path.relative_to(ROOT), flush=True)


def _small_png(image) -> bytes:
    """The image as PNG: with a 256-colour palette (no dithering, which
    would speckle the flat colours) when that is smaller."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage

    def encoded(candidate: QImage) -> bytes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        candidate.save(buffer, "PNG", 0)
        return bytes(data.data())

    import numpy

    full_image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = numpy.frombuffer(full_image.constBits(), dtype=numpy.uint32,
                              count=full_image.width() * full_image.height())
    # The image's own 256 commonest colours (Qt's default palette is a fixed
    # colour cube that turns calm greys pink); other pixels take the nearest.
    colours, counts = numpy.unique(pixels, return_counts=True)
    table = [int(c) for c in colours[numpy.argsort(counts)[::-1][:256]]]
    paletted = encoded(full_image.convertToFormat(QImage.Format.Format_Indexed8, table,
                                                  Qt.ImageConversionFlag.ThresholdDither))
    full = encoded(full_image)
    return min(paletted, full, key=len)


def main() -> int:
    if len(sys.argv) == 3:
        shoot(int(sys.argv[1]), sys.argv[2])
        return 0
    for scale in SIZES:
        for theme in ("light", "dark"):
            subprocess.run([sys.executable, __file__, str(scale), theme], check=True, env=dict(os.environ))
    return 0


if __name__ == "__main__":
    sys.exit(main())
