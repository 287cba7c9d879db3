"""Render the Learn window with a guide open, for the docs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_learn_screenshots.py [--dark]

Writes docs/screenshots/learn-guide[-dark].png (the daily-routine guide,
opened through the same intent a tab would use) and
learn-links[-dark].png (the rescue plan with its small "Learn" links).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dark", action="store_true")
    args = parser.parse_args()

    from demo_shell import demo_context, demo_shell
    from PySide6.QtWidgets import QApplication

    from fibro_desktop import locations
    from fibro_desktop.wiring.learn import learn_window

    locations.apply_identity()
    app = QApplication(sys.argv[:1])
    ctx = demo_context(THEME="dark" if args.dark else "light")
    shell = demo_shell(app, ctx)
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    suffix = "-dark" if args.dark else ""

    def settle():
        for _ in range(5):
            app.processEvents()

    ctx.intents.open_guide("daily-prevention", "")
    window = learn_window(shell, ctx)
    window.resize(1100, 760)
    settle()
    window.grab().save(str(out / f"learn-guide{suffix}.png"))
    window.close()

    from fibro_desktop.ui.toolkit.launcher import RescuePlanLauncher

    ctx.intents.rescue_plan.emit()
    plan = shell.window.findChild(RescuePlanLauncher).dialog
    plan.go_next()  # "Warmth, then a light stretch": its link opens that part of guide 5
    settle()
    plan.grab().save(str(out / f"learn-links{suffix}.png"))
    ctx.db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
