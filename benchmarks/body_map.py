"""Body map benchmark: building the shapes, painting, hit testing.

Budgets (ours, so the map feels instant in the episode editor): building the
figures once under 100 ms; one full paint under 16 ms (a 60 Hz frame) at
editor size and at twice that; a hit test (mouse move) under 1 ms.

    QT_QPA_PLATFORM=offscreen python benchmarks/body_map.py [--runs 50]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()

    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    from fibro_desktop.core.body_regions import REGIONS
    from fibro_desktop.ui.body_map import BodyMapWidget, geometry

    start = time.perf_counter()
    geometry.figure_geometry()
    build = time.perf_counter() - start

    widget = BodyMapWidget()
    widget.set_selection([("calves", "left"), ("neck", None), ("shoulders", "both")])
    print(f"PySide6 {__import__('PySide6').__version__}, Python {platform.python_version()}, "
          f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores")
    print(f"build both figures (once): {ms(build)}", flush=True)
    for width in (460, 920):
        for heat in (False, True):
            widget.set_heat({("calves", "left"): 1.0, ("neck", None): 0.4} if heat else None)
            # The natural size for this width (heightForWidth is capped).
            canvas_h = geometry.CANVAS_H + (16 if heat else 0)
            widget.resize(width, round(width * canvas_h / geometry.CANVAS_W))
            image = QImage(widget.size(), QImage.Format.Format_ARGB32_Premultiplied)
            times, cpu = [], []
            for i in range(args.runs):
                # Alternate the hover so each paint has a state change, as in use.
                widget._hover = REGIONS[i % len(REGIONS)].key
                t0, c0 = time.perf_counter(), time.process_time()
                widget.render(image)
                times.append(time.perf_counter() - t0)
                cpu.append(time.process_time() - c0)
            times.sort()
            print(f"paint {width}x{widget.height()} {'heat' if heat else 'selection'}: median "
                  f"{ms(statistics.median(times))}, p95 {ms(times[int(len(times) * 0.95) - 1])}, "
                  f"CPU median {ms(statistics.median(cpu))}")
    points = [widget.region_point(r.key) for r in REGIONS]
    t0 = time.perf_counter()
    for _ in range(20):
        for point in points:
            widget.region_at(point)
    per_hit = (time.perf_counter() - t0) / (20 * len(points))
    print(f"hit test: {ms(per_hit)} per point ({len(points)} regions)")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
