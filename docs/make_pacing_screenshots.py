"""Render the Pacing tab and the break panel with demo data, light and dark.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_pacing_screenshots.py

Writes docs/screenshots/pacing-{tab,panel}[-dark].png.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def shoot(app, dark: bool) -> None:
    from demo_shell import demo_context, demo_shell

    from fibro_desktop.wiring import pacing as pacing_wiring

    ctx = demo_context(THEME="dark" if dark else "light", REDUCE_MOTION=True)
    shell = demo_shell(app, ctx)
    state = shell.state(pacing_wiring.FEATURE)
    page = shell.window.show_tab("pacing")
    for _ in range(5):
        app.processEvents()
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    suffix = "-dark" if dark else ""
    state.driver.take_break_now("movement")
    for _ in range(5):
        app.processEvents()
    page.grab().save(str(out / f"pacing-tab{suffix}.png"))
    state.panel.grab().save(str(out / f"pacing-panel{suffix}.png"))
    state.driver.skip()
    state.driver.machine = None
    shell.window.close()
    ctx.db.close()


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from fibro_desktop import locations

    locations.apply_identity()
    app = QApplication(sys.argv[:1])
    for dark in (False, True):
        shoot(app, dark)
    print("docs/screenshots/pacing-*.png written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
