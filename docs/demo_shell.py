"""The app with demo data in a temporary folder, for the screenshot scripts.

    ctx = demo_context(THEME="dark", REDUCE_MOTION=True)
    shell = demo_shell(app, ctx)

``demo_context`` opens a fresh data folder, fills it with the demo
generators in the language installed (as ``--demo`` does: its words from
``fibro_desktop.ui.demo_words``), marks the welcome as seen and sets the given
preferences (names of ``fibro_desktop.ui.preferences`` settings).
``demo_shell`` builds the real window on it, 1100 x 760, shown.
"""

from __future__ import annotations

import tempfile
from pathlib import Path


def demo_context(clock=None, **settings):
    from fibro_desktop.core.clock import SystemClock
    from fibro_desktop.demo import fill_demo_data
    from fibro_desktop.shell import AppContext
    from fibro_desktop.store.database import open_database
    from fibro_desktop.ui import preferences as prefs
    from fibro_desktop.ui.demo_words import demo_words

    clock = clock or SystemClock()
    data_dir = Path(tempfile.mkdtemp(prefix="fibro-shots-"))
    db = open_database(data_dir, now=clock.now())
    fill_demo_data(db, clock.now(), words=demo_words())
    preferences = prefs.Preferences(data_dir)
    preferences.set(prefs.WELCOME_SEEN, True)
    for name, value in settings.items():
        preferences.set(getattr(prefs, name), value)
    return AppContext(data_dir, data_dir / "logs", db, clock, preferences, prefs.WindowState(data_dir))


def demo_shell(app, ctx):
    from fibro_desktop.shell import build_shell

    shell = build_shell(app, ctx, with_tray=False)
    shell.window.resize(1100, 760)
    shell.window.show()
    return shell
