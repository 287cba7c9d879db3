"""Render the Relax tab for the docs: playing with the tension prompt, the
pacer animating, dark theme, and the reduce-motion text pacer.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_relax_screenshots.py

Writes docs/screenshots/relax-*.png. Plays audio (into the null sink in CI
or a dev machine's default output) for a few seconds.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def wait(app, ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(app, name: str, theme: str, reduce_motion: bool) -> None:
    from demo_shell import demo_context, demo_shell

    from fibro_desktop.core.intents import PlaySession

    ctx = demo_context(THEME=theme, REDUCE_MOTION=reduce_motion)
    shell = demo_shell(app, ctx)
    ctx.intents.play_session.emit(PlaySession("paced_breathing"))
    page = shell.window.page("relax")
    page.pacer_box.toggle()
    wait(app, 3000 if not reduce_motion else 1400)
    out = ROOT / "docs" / "screenshots" / f"relax-{name}.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    shell.window.grab().save(str(out))
    print(out.relative_to(ROOT))
    page.shutdown()
    shell.window.close()
    ctx.db.close()


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from fibro_desktop import locations

    locations.apply_identity()
    app = QApplication(sys.argv[:1])
    shoot(app, "playing", "light", False)
    shoot(app, "dark", "dark", False)
    shoot(app, "reduce-motion", "light", True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
