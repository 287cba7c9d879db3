"""The Linux menu entry (issue 17): a launcher action that always brings the
window back, also where there is no tray; install.sh points both at the
installed program."""

from __future__ import annotations

import configparser
import re

from tests.conftest import REPO_ROOT

DESKTOP = REPO_ROOT / "packaging" / "linux" / "fibro-desktop.desktop"


def test_the_launcher_offers_showing_the_window():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP, encoding="utf-8")
    assert entry["Desktop Entry"]["Actions"].rstrip(";") == "show-window"
    action = entry["Desktop Action show-window"]
    assert action["Exec"] == entry["Desktop Entry"]["Exec"] == "fibro-desktop"
    assert action["Name"]


def test_install_rewrites_every_exec_line():
    script = (REPO_ROOT / "packaging" / "linux" / "install.sh").read_text()
    assert re.search(r'sed "s\|\^Exec=\.\*\|Exec=\$prefix/fibro-desktop\|"', script)
