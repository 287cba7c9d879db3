"""Save a chart card as a PNG at twice its on-screen size.

pyqtgraph's ``ImageExporter`` renders the card's graphics scene; its
``SVGExporter`` raises for every plot with pyqtgraph 0.14 and PySide6 6.12,
so PNG is the only format offered.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from fibro_desktop.ui.charts.base import ChartCard
from fibro_desktop.ui.translate import say_error, translator

_tr = translator("Charts")


def export_png(card: ChartCard, path: Path, scale: float = 2.0) -> Path:
    """Write ``card``'s chart to ``path`` (PNG), ``scale`` times its size in pixels."""
    from pyqtgraph.exporters import ImageExporter

    exporter = ImageExporter(card.graphics.scene())
    rect = card.graphics.scene().sceneRect()
    exporter.parameters()["width"] = int(rect.width() * scale)
    exporter.parameters()["height"] = int(rect.height() * scale)
    exporter.parameters()["antialias"] = True
    exporter.export(str(path))
    return Path(path)


def ask_and_export(card: ChartCard, parent: QWidget, folder: Path) -> Path | None:
    """Ask where to save, then save; a calm message if it fails."""
    suggested = folder / f"fibro-{card.key}.png"
    name, _ = QFileDialog.getSaveFileName(parent, _tr("Save chart as picture"), str(suggested),
                                          _tr("PNG picture (*.png)"))
    if not name:
        return None
    path = Path(name if name.lower().endswith(".png") else name + ".png")
    try:
        return export_png(card, path)
    except OSError as exc:
        QMessageBox.warning(parent, _tr("Could not save the picture"), say_error(exc))
        return None
