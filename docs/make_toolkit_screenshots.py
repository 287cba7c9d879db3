"""Render the Toolkit tab and its rescue plan with demo data, for the docs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_toolkit_screenshots.py [--dark]

Writes docs/screenshots/toolkit-{tab,plan,plan-editor,care}[-dark].png.
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
    from fibro_desktop.ui.toolkit.launcher import RescuePlanLauncher

    locations.apply_identity()
    app = QApplication(sys.argv[:1])
    ctx = demo_context(THEME="dark" if args.dark else "light")
    db = ctx.db
    shell = demo_shell(app, ctx)
    shell.window.show()
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    suffix = "-dark" if args.dark else ""

    def settle():
        for _ in range(5):
            app.processEvents()

    page = shell.window.show_tab("toolkit")
    settle()
    shell.window.grab().save(str(out / f"toolkit-tab{suffix}.png"))
    for index, name in ((1, "plan-editor"), (2, "care")):
        page.sections.setCurrentIndex(index)
        settle()
        shell.window.grab().save(str(out / f"toolkit-{name}{suffix}.png"))
    ctx.intents.rescue_plan.emit()
    dialog = shell.window.findChild(RescuePlanLauncher).dialog
    dialog.go_next()
    dialog.tried.setChecked(True)
    settle()
    dialog.grab().save(str(out / f"toolkit-plan{suffix}.png"))
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
