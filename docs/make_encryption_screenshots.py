"""Render the encryption dialogs to PNG files for the docs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_encryption_screenshots.py [--dark]

Writes docs/screenshots/encryption-<dialog>[-dark].png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dark", action="store_true")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from fibro_desktop import locations
    from fibro_desktop.ui import preferences as prefs
    from fibro_desktop.ui.encryption.protect_dialog import CHANGE, PROTECT, ProtectDialog
    from fibro_desktop.ui.encryption.unlock_dialog import UnlockDialog
    from fibro_desktop.ui.theme import ThemeController

    locations.apply_identity()
    app = QApplication(sys.argv[:1])
    data_dir = Path(tempfile.mkdtemp(prefix="fibro-shots-"))
    preferences = prefs.Preferences(data_dir)
    preferences.set(prefs.THEME, "dark" if args.dark else "light")
    ThemeController(app, preferences, prefs.WindowState(data_dir), parent=app)
    suffix = "-dark" if args.dark else ""
    out = ROOT / "docs" / "screenshots"

    def shoot(widget, name):
        widget.show()
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(out / f"encryption-{name}{suffix}.png"))
        widget.close()

    unlock = UnlockDialog(lambda passphrase: "That passphrase does not open your data. Nothing was changed; "
                                             "please try again.")
    unlock.field.setText("a wrong one")
    unlock.attempt()
    shoot(unlock, "unlock")
    protect = ProtectDialog(PROTECT, lambda *a: None)
    protect.new.setText("short")
    protect.attempt()
    shoot(protect, "protect")
    shoot(ProtectDialog(CHANGE, lambda *a: None), "change")
    return 0


if __name__ == "__main__":
    sys.exit(main())
