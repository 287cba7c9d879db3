"""What start-up does before the window's first paint (issue 14).

The window must map about as fast as an empty Qt window, so the first step
of :func:`fibro_desktop.app.run_gui` stays small: these tests run the real
start-up in a child process and look, at the first paint, at what it had
done. Timing itself is measured in ``benchmarks/``, never here.
"""

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT

#: Imported only after the first paint (see docs/architecture.md, "Start-up
#: is a feature"): the database and its checks, logging set-up, the tray,
#: the single-instance channel, SIGTERM watching, the command-line parser, the
#: pages, and the wheel guard and data events the pages use.
NOT_BEFORE_FIRST_PAINT = (
    "peewee",
    "fibro_desktop.store.database",
    "fibro_desktop.logging_setup",
    "fibro_desktop.ui.tray",
    "PySide6.QtNetwork",
    "fibro_desktop.ui.stop_signal",
    "socket",
    "locale",  # argparse's messages: the window's usual command lines are read without it
    "pyqtgraph",
    "PySide6.QtMultimedia",
    # An app-wide event filter: every event of the frame's set-up would go through Python.
    "fibro_desktop.ui.wheel_guard",
    # The events' payloads (a dozen dataclasses and enums), the store's sentences,
    # the kit's page widgets and the tests' clock: the frame needs none of them.
    "fibro_desktop.ui.events",
    "fibro_desktop.core.message",
    "fibro_desktop.ui.kit.widgets",
    "fibro_desktop.core.fake_clock",
)

CHILD = """
import json, sys
import fibro_desktop.cli  # the way a person starts the app
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication
from fibro_desktop.app import GuiOptions, run_gui

seen = {}

def painted():
    # Shiboken adds "Qt" to QtCore's namespace when it first builds its enums.
    seen["qt_namespace_built"] = "Qt" in QtCore.__dict__
    from PySide6 import QtGui
    seen["key_sequence_made"] = "QKeySequence" in QtGui.__dict__  # shortcuts are set after the paint
    seen["modules"] = sorted(sys.modules)
    if sys.platform.startswith("linux"):  # shared libraries loaded so far
        with open("/proc/self/maps") as maps:
            seen["libraries"] = sorted({line.split()[-1].rsplit("/", 1)[-1] for line in maps if ".so" in line})

def ready():
    QtCore.QTimer.singleShot(0, QApplication.instance().quit)

code = run_gui(GuiOptions(data_dir=sys.argv[1]), on_first_paint=painted, on_ready=ready)
print("SEEN", json.dumps(seen))
sys.exit(code)
"""


def _first_paint(data_dir) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("FIBRO_DESKTOP_DATA_DIR", None)
    result = subprocess.run([sys.executable, "-c", CHILD, str(data_dir)], capture_output=True, text=True,
                            env=env, cwd=REPO_ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("SEEN "))
    return json.loads(line[len("SEEN "):])


def _everyday_data_folder(tmp_path):
    """A data folder as on any later day: created, migrated, welcome seen."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "preferences.ini").write_text("[app]\nwelcome_seen=true\n")
    _first_paint(data)  # the first start creates and migrates the database
    return data


def test_the_qt_namespace_is_not_built_before_the_first_paint(tmp_path):
    # Its first use builds every enum of the Qt namespace (20-40 ms).
    seen = _first_paint(_everyday_data_folder(tmp_path))
    assert seen["qt_namespace_built"] is False


def test_shortcuts_wait_for_the_first_paint(tmp_path):
    # Even the QKeySequence class (~1 ms) is made only when shortcuts are set.
    seen = _first_paint(_everyday_data_folder(tmp_path))
    assert seen["key_sequence_made"] is False


def test_the_database_tray_and_pages_are_loaded_after_the_first_paint(tmp_path):
    seen = _first_paint(_everyday_data_folder(tmp_path))
    early = [name for name in NOT_BEFORE_FIRST_PAINT if name in seen["modules"]]
    assert early == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_the_window_icon_does_not_load_the_svg_engine_before_the_first_paint(tmp_path):
    # The app icon is shown from PNGs drawn from the SVG (resources/icons).
    seen = _first_paint(_everyday_data_folder(tmp_path))
    assert [lib for lib in seen["libraries"] if "svg" in lib.lower()] == []
