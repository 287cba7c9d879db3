"""Render the body map for the docs, light and dark, picked and as a heat map.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_body_map_screenshots.py

Writes docs/screenshots/body-map-{light,dark}.png (the panel with a few
picked regions and the keyboard focus on one) and
docs/screenshots/body-map-heat-{light,dark}.png (a read-only heat map).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PICKED = [("neck", None), ("shoulders", "right"), ("lower_back", None), ("calves", "left"), ("calves", "right"),
          ("hands", "left")]
HEAT = {("calves", "left"): 1.0, ("calves", "right"): 0.7, ("lower_back", None): 0.8, ("neck", None): 0.55,
        ("upper_back", None): 0.35, ("shoulders", "both"): 0.4, ("feet", "both"): 0.25, ("back_thighs", "left"): 0.3,
        ("hands", "right"): 0.15, ("jaw", "both"): 0.45, ("front_thighs", "right"): 0.2}


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from fibro_desktop.ui.body_map import BodyMapPanel, BodyMapWidget
    from fibro_desktop.ui.theme import build_palette

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    for theme in ("light", "dark"):
        app.setPalette(build_palette(theme == "dark"))
        panel = BodyMapPanel()
        panel.resize(760, 560)
        panel.set_selection(PICKED)
        panel.show()
        panel.activateWindow()
        app.processEvents()
        panel.body_map.setFocus(Qt.FocusReason.TabFocusReason)
        panel.body_map.set_focused_region(("calves", "left"))
        app.processEvents()
        panel.grab().save(str(out / f"body-map-{theme}.png"))

        heat = BodyMapWidget()
        heat.set_heat(HEAT)
        heat.set_interactive(False)
        heat.resize(440, heat.heightForWidth(440))
        heat.show()
        app.processEvents()
        heat.grab().save(str(out / f"body-map-heat-{theme}.png"))
        panel.close()
        heat.close()
    for path in sorted(out.glob("body-map-*.png")):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
