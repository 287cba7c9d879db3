"""pyqtgraph has broken with several PySide6 releases: render a real chart."""

from PySide6.QtGui import QColor


def test_a_line_chart_renders_visible_pixels(qtbot):
    import pyqtgraph as pg

    widget = pg.PlotWidget(background="w")
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.plot(list(range(50)), [(i * 37) % 11 for i in range(50)], pen=pg.mkPen("r", width=3))
    axis = pg.DateAxisItem(orientation="bottom")
    widget.setAxisItems({"bottom": axis})
    widget.show()
    qtbot.waitExposed(widget)
    image = widget.grab().toImage()
    red = sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
              if (c := QColor(image.pixel(x, y))).red() > 200 and c.green() < 80 and c.blue() < 80)
    assert red > 50, "the plotted line did not appear"
