"""The app icon's PNGs (shown at start-up instead of the SVG, issue 14) are
there in every size and still look like the drawing they were made from."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from fibro_desktop.resources import resource_path
from fibro_desktop.shell import APP_ICON_SIZES, app_icon


def _drawn(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    QSvgRenderer(str(resource_path("icons", "fibro-desktop.svg"))).render(painter)
    painter.end()
    return image


def test_the_icon_has_a_picture_for_every_size(qapp):
    icon = app_icon()
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(APP_ICON_SIZES)
    for size in APP_ICON_SIZES:
        assert not icon.pixmap(size, size).isNull()


def test_each_png_matches_the_svg_drawing(qapp):
    """After changing the SVG run ``python packaging/make_icons.py --resources``."""
    for size in APP_ICON_SIZES:
        png = QImage(str(resource_path("icons", f"fibro-desktop-{size}.png")))
        png = png.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        drawn = _drawn(size)
        assert (png.width(), png.height()) == (size, size)
        differences = [abs(a - b) for a, b in zip(bytes(png.constBits()), bytes(drawn.constBits()))]
        assert sum(differences) / len(differences) < 2, f"fibro-desktop-{size}.png is out of date"


def test_the_svg_stays_for_installers_and_the_bundle_check(qapp):
    assert not QIcon(str(resource_path("icons", "fibro-desktop.svg"))).pixmap(64, 64).isNull()


def test_the_bundle_check_wants_every_picture_of_the_icon():
    from fibro_desktop.smoke_bundle import REQUIRED_RESOURCES

    assert {f"icons/fibro-desktop-{size}.png" for size in APP_ICON_SIZES} <= set(REQUIRED_RESOURCES)
