"""Shared pieces of every chart card: colours from the palette, the card
frame (title, plot, hover read-out, empty state, PNG export), date helpers.

Imports pyqtgraph: only :mod:`fibro_desktop.ui.charts.page` (built when the
tab first opens) and its chart modules import this.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fibro_desktop.ui.kit import tokens
from fibro_desktop.ui.kit.names import name_from_labels
from fibro_desktop.ui.kit.widgets import empty_state, heading
from fibro_desktop.ui.translate import translator

_tr = translator("Charts")


#: Series colours chosen for contrast on both themes (light, dark).
SERIES = {
    "main": ("#2A716B", "#67B8AF"),
    "second": ("#B4562B", "#F0A070"),
    "third": ("#4B5FA8", "#9DB0F0"),
    "fourth": ("#7A5A99", "#C9A5EA"),
    "soft": ("#5A9A93", "#4A8A83"),  # bars: 3.2:1 on white, 3.5:1 on the dark base (WCAG 1.4.11)
}


def is_dark() -> bool:
    pal = QApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def color(name: str) -> str:
    light, dark = SERIES[name]
    return dark if is_dark() else light


def text_color() -> str:
    return QApplication.palette().color(QPalette.ColorRole.WindowText).name()


def base_color() -> str:
    return QApplication.palette().color(QPalette.ColorRole.Base).name()


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


def stamp(day: date) -> float:
    """Seconds since the epoch at noon UTC of ``day``: the x value of a day
    on a :class:`pyqtgraph.DateAxisItem` (noon keeps the date right in
    every time zone from UTC-11 to UTC+11)."""
    return (day.toordinal() - _EPOCH_ORDINAL) * 86400.0 + 43200.0


#: Width of the left axis of every time chart, in pixels, so the plots of a
#: card (linked on x) line up day for day.
LEFT_AXIS_WIDTH = 112


def elided(text: str, plot: pg.PlotItem, width: int = LEFT_AXIS_WIDTH - 14) -> str:
    """``text`` shortened with "…" to fit ``width`` pixels of the plot's axis font."""
    from PySide6.QtGui import QFont, QFontMetrics

    metrics = QFontMetrics(plot.getAxis("left").style.get("tickFont") or QFont())
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


#: Thick antialiased lines cost Qt's raster engine about eight times a 1 px
#: line (four 520-point lines: 169 ms against 21 ms), so long series are
#: drawn 1 px wide and short ones at their full width.
THICK_LINE_MAX_POINTS = 150


def set_line_data(item: pg.PlotDataItem, xs, ys) -> None:
    """``item.setData(xs, ys)`` with the pen thinned for long series."""
    from PySide6.QtGui import QPen

    pen = QPen(item.opts["pen"])
    base = getattr(item, "_base_width", None)
    if base is None:
        base = item._base_width = pen.widthF()
    pen.setWidthF(base if len(xs) <= THICK_LINE_MAX_POINTS else 1.0)
    item.setPen(pen)
    item.setData(xs, ys)


def add_legend(plot: pg.PlotItem, columns: int = 1) -> pg.LegendItem:
    """A legend in the top right corner; several ``columns`` keep it in one
    row above the data of a 0-10 chart drawn up to 11.8."""
    return plot.addLegend(offset=(-10, 2), labelTextColor=text_color(), colCount=columns)


def style_plot(plot: pg.PlotItem, left_label: str = "") -> None:
    """Axis pens and text in the palette's colours; no mouse zoom surprises."""
    pen = pg.mkPen(text_color())
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pen)
        axis.setTextPen(pen)
    if left_label:
        plot.setLabel("left", left_label, color=text_color())
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.showGrid(x=False, y=True, alpha=0.15)


class ChartCard(QFrame):
    """A titled card holding one chart, its hover read-out and an empty state.

    Subclasses build their graphics into :attr:`graphics` (a
    ``GraphicsLayoutWidget``) and call :meth:`show_chart` or
    :meth:`show_empty` from ``update_data``.
    """

    def __init__(self, key: str, title: str, help_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        top = QHBoxLayout()
        self.title_label = heading(title, tokens.HEADING_3)
        top.addWidget(self.title_label, 1)
        # The numbers behind the chart, for a screen reader or anyone who
        # prefers them (WCAG 1.1.1): the chart and its table share one place.
        self.table_button = QPushButton(_tr("Show as table"))
        self.table_button.setCheckable(True)
        self.table_button.setAccessibleName(_tr("Show the chart %1 as a table").replace("%1", title))
        self.table_button.toggled.connect(self._show_table)
        top.addWidget(self.table_button)
        self.export_button = QPushButton(_tr("Save as picture…"))
        self.export_button.setAccessibleName(_tr("Save the chart %1 as a picture").replace("%1", title))
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.help_label = QLabel(help_text)
        self.help_label.setWordWrap(True)
        layout.addWidget(self.help_label)
        self.stack = QStackedWidget()
        pg.setConfigOptions(antialias=True)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground(base_color())
        self.graphics.setMinimumHeight(230)
        self.graphics.setAccessibleName(title)
        # Not a Tab stop: the plot takes no keys; "Show as table" gives its numbers.
        self.graphics.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.empty_label = empty_state()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMinimumHeight(90)
        self.table = QTableWidget()
        self.table.setAccessibleName(_tr("%1: the numbers").replace("%1", title))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        name_from_labels(self.table)  # its header: "Column headings"
        self.table.setMinimumHeight(230)
        self.stack.addWidget(self.graphics)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.table)
        layout.addWidget(self.stack)
        self.hover_label = QLabel(" ")
        self.hover_label.setAccessibleName(_tr("Value under the pointer"))
        layout.addWidget(self.hover_label)
        self._hover: Callable[[float], str] | None = None
        #: The ChartData last drawn (the page redraws cards only when needed).
        self.drawn_data = None
        self.graphics.scene().sigMouseMoved.connect(self._mouse_moved)

    @property
    def showing_chart(self) -> bool:
        return self.stack.currentWidget() is self.graphics

    @property
    def showing_table(self) -> bool:
        return self.stack.currentWidget() is self.table

    def show_chart(self) -> None:
        """Show the data just drawn: as the chart, or as its table when the
        person chose "Show as table"."""
        self.stack.setMaximumHeight(16777215)
        self.export_button.setEnabled(True)
        self.table_button.setEnabled(True)
        if self.table_button.isChecked():
            self._fill_table()
            self.stack.setCurrentWidget(self.table)
        else:
            self._show_drawing()

    def _show_drawing(self) -> None:
        self.stack.setCurrentWidget(self.graphics)

    def show_empty(self, text: str) -> None:
        self.empty_label.setText(text)
        self.stack.setCurrentWidget(self.empty_label)
        self.stack.setMaximumHeight(110)  # an empty card stays small
        self.export_button.setEnabled(False)
        self.table_button.setEnabled(False)
        self.hover_label.setText(" ")

    def table_rows(self) -> tuple[list[str], list[list[str]]]:
        """Column headings and rows of the numbers last drawn (each card gives its own)."""
        return [], []

    def _show_table(self, on: bool) -> None:
        self.table_button.setText(_tr("Show as chart") if on else _tr("Show as table"))
        if self.stack.currentWidget() is not self.empty_label:
            self.show_chart()

    def _fill_table(self) -> None:
        headings, rows = self.table_rows()
        self.table.clear()
        self.table.setColumnCount(len(headings))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(headings)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def apply_theme(self) -> None:
        """Re-colour after a light/dark switch; subclasses redraw their series."""
        self.graphics.setBackground(base_color())
        for item in self.graphics.ci.items:
            if isinstance(item, pg.PlotItem):
                style_plot(item)

    def set_hover(self, plot: pg.PlotItem, describe: Callable[[float], str]) -> None:
        """Show ``describe(x)`` under the chart while the pointer is over ``plot``."""
        self._hover_plot = plot
        self._hover = describe

    def _mouse_moved(self, pos) -> None:
        if self._hover is None or not self._hover_plot.sceneBoundingRect().contains(pos):
            return
        x = self._hover_plot.vb.mapSceneToView(pos).x()
        self.hover_label.setText(self._hover(x) or " ")


def nearest_index(xs: list[float], x: float) -> int | None:
    """Index of the value of ``xs`` (sorted) closest to ``x``."""
    if not xs:
        return None
    import bisect

    i = bisect.bisect_left(xs, x)
    if i == 0:
        return 0
    if i >= len(xs):
        return len(xs) - 1
    return i if xs[i] - x < x - xs[i - 1] else i - 1
