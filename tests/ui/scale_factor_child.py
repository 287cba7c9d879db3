"""Child process for the window-size test (issue 18): the real window on an
empty data folder, started with whatever ``QT_SCALE_FACTOR`` the parent set,
every tab opened once; prints the window's minimum size and minimum size
hint in logical pixels as ``min W H hint W H``.
Usage: ``scale_factor_child.py DATA_DIR TEXT_SCALE``."""

import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from fibro_desktop.app import AppContext, build_shell
    from fibro_desktop.core.fake_clock import FakeClock
    from fibro_desktop.store.database import open_database
    from fibro_desktop.ui import preferences as prefs

    data_dir, text_scale = Path(sys.argv[1]), int(sys.argv[2])
    data_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    now = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    db = open_database(data_dir, now=now)
    preferences = prefs.Preferences(data_dir)
    preferences.set(prefs.WELCOME_SEEN, True)
    preferences.set(prefs.TEXT_SCALE, text_scale)
    ctx = AppContext(data_dir, data_dir / "logs", db, FakeClock(now), preferences, prefs.WindowState(data_dir))
    shell = build_shell(app, ctx, with_tray=False)
    window = shell.window
    window.show()
    for key in window.tab_keys():
        window.show_tab(key)
        app.processEvents()
    minimum, hint = window.minimumSize(), window.minimumSizeHint()
    print(f"min {minimum.width()} {minimum.height()} hint {hint.width()} {hint.height()}", flush=True)
    window.hide()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
