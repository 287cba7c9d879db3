"""packaging/make_icons.py: every icon file, readable by Qt's own readers."""

from PySide6.QtGui import QImage, QImageReader

from tests.packaging.helpers import load

make_icons = load("make_icons.py")


def test_icons_in_every_size_and_container(qapp, tmp_path):
    written = {path.name for path in make_icons.make_icons(tmp_path)}
    for size in make_icons.PNG_SIZES:
        assert f"fibro-desktop-{size}.png" in written
        image = QImage(str(tmp_path / f"fibro-desktop-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        centre = image.pixelColor(size // 2, size // 4)
        assert centre.alpha() == 255, "the drawing fills the middle of the icon"

    ico = QImageReader(str(tmp_path / "fibro-desktop.ico"))
    sizes = set()
    for _ in range(ico.imageCount()):
        sizes.add(ico.read().width())
        ico.jumpToNextImage()
    assert sizes == set(make_icons.ICO_SIZES)

    icns = QImageReader(str(tmp_path / "fibro-desktop.icns"))
    assert icns.canRead() and icns.imageCount() == len(make_icons.ICNS_TYPES)
    assert not icns.read().isNull()
