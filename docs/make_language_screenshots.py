"""Two tabs in each shipped language, for docs/translating.md (issue 20):
the Journal, whose check-in is the most text a person reads and answers
every day, and Relax, with the longest buttons and sentences side by side.
Run under a real X server (Xvfb is enough):

    Xvfb :57 -screen 0 1600x1000x24 & XVFB=$!
    DISPLAY=:57 QT_QPA_PLATFORM=xcb .venv/bin/python docs/make_language_screenshots.py
    kill $XVFB

Build the catalogues first (packaging/build_translations.py; dev.py does
it). Writes docs/screenshots/lang-<language>-<tab>.png, 1100x760 at 100 %
text, with the demo data (as ``--demo``: its sample entries, what a person
typed, in that language too). Each language runs in a fresh process, as after a
restart with that language chosen in Settings.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "docs"))
LANGUAGES = ("es", "de", "fr", "pt_BR")
TABS = ("journal", "relax")


def shoot(language: str) -> None:
    from demo_shell import demo_context, demo_shell
    from make_kit_screenshots import OUT, SIZES, save_tab
    from PySide6.QtWidgets import QApplication

    from fibro_desktop import locations
    from fibro_desktop.resources import resources_root
    from fibro_desktop.ui.translations import apply_language

    locations.apply_identity()
    app = QApplication(sys.argv[:1])
    # As at a real start: the catalogue and formats before any window text is made.
    if "fibro_desktop" not in apply_language(app, resources_root() / "translations", language):
        raise SystemExit(f"no catalogue for {language}: run packaging/build_translations.py first")
    # No restock note: it comes after a delay (so in some shots, not others).
    ctx = demo_context(LANGUAGE=language, REDUCE_MOTION=True, RESTOCK_REMINDERS=False)
    shell = demo_shell(app, ctx)
    shell.window.resize(*SIZES[100])
    OUT.mkdir(parents=True, exist_ok=True)
    for key in TABS:
        save_tab(app, shell.window, key, OUT / f"lang-{language}-{key}.png")
    ctx.db.close()


def main() -> int:
    if len(sys.argv) == 2:
        shoot(sys.argv[1])
        return 0
    for language in LANGUAGES:
        subprocess.run([sys.executable, __file__, language], check=True, env=dict(os.environ))
    return 0


if __name__ == "__main__":
    sys.exit(main())
