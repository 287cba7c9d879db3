"""The body map: pick muscle groups on a front and a back figure.

``BodyMapWidget`` is the figure itself (selection, heat map, keyboard and
screen-reader support); ``BodyMapPanel`` adds a readable list of what is
picked and a Clear button. Region ids and sides come from
``core/body_regions.py`` (built from the vocabulary); shapes are drawn in
code in ``geometry.py``. Developer notes: ``docs/body_map.md``.
"""

from fibro_desktop.ui.body_map.panel import BodyMapPanel
from fibro_desktop.ui.body_map.widget import BodyMapWidget

__all__ = ["BodyMapPanel", "BodyMapWidget"]
