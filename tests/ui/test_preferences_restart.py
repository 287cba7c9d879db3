"""Preferences survive a restart: written by one process, read by the next."""

import json
import subprocess
import sys

from tests.conftest import REPO_ROOT

_CHILD = """
import json, sys
from pathlib import Path
from fibro_desktop.ui import preferences as p
prefs = p.Preferences(Path(sys.argv[1]))
names = ("WELCOME_SEEN", "CLOSE_TO_TRAY", "CLOSE_TO_TRAY_NOTICE_SHOWN", "THEME")
if sys.argv[2] == "write":
    prefs.set(p.WELCOME_SEEN, True)
    prefs.set(p.CLOSE_TO_TRAY, False)
    prefs.set(p.CLOSE_TO_TRAY_NOTICE_SHOWN, True)
    prefs.set(p.THEME, "dark")
print(json.dumps({name: prefs.get(getattr(p, name)) for name in names}))
"""


def run_app_process(folder, mode):
    done = subprocess.run([sys.executable, "-c", _CHILD, str(folder), mode], capture_output=True, text=True,
                          cwd=REPO_ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_choices_made_in_one_run_are_there_in_the_next(tmp_path):
    run_app_process(tmp_path, "write")
    assert run_app_process(tmp_path, "read") == {"WELCOME_SEEN": True, "CLOSE_TO_TRAY": False,
                                                 "CLOSE_TO_TRAY_NOTICE_SHOWN": True, "THEME": "dark"}


def test_what_an_older_version_wrote_is_carried_over_once(tmp_path):
    # Exactly what the older version left on disk for the "general" group.
    (tmp_path / "preferences.ini").write_text("[appearance]\ntheme=light\n\n[%General]\nwelcome_seen=true\n"
                                              "close_to_tray=false\n")
    assert run_app_process(tmp_path, "read") == {"WELCOME_SEEN": True, "CLOSE_TO_TRAY": False,
                                                 "CLOSE_TO_TRAY_NOTICE_SHOWN": False, "THEME": "light"}
    assert "General" not in (tmp_path / "preferences.ini").read_text()
    assert run_app_process(tmp_path, "read")["WELCOME_SEEN"] is True
