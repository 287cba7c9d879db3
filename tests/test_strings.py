"""Every visible string can reach a translator: the extractor finds the
app's own ``_tr`` helpers, ``QT_TRANSLATE_NOOP`` marks, the vocabulary and the
validation messages, and Qt's tools accept the ``.ts`` file it writes."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "packaging"))
import extract_strings  # noqa: E402


def test_no_string_is_built_before_it_is_translated():
    _found, problems = extract_strings.collect()
    assert problems == []


@pytest.mark.parametrize("context,text", [
    ("JournalPage", "Log a spasm"),          # a module helper, _tr("…")
    ("CheckInForm", "Slept badly"),          # QT_TRANSLATE_NOOP in a table
    ("vocabulary", "Night cramp"),           # the pure core's vocabulary
    ("validation", "Choose a number from 0 to 10."),
    ("RedFlagBanner", "I've read this"),
    ("Toolkit", "%1 left"),                  # a shared helper imported from ui/toolkit/texts.py
    ("durations", "%1 h %2 min"),            # _tr = translator("durations") in ui/labels.py
    ("warning_signs", "An episode came with: %1."),  # the red flags' detail sentences (core)
])
def test_the_extractor_finds_each_kind_of_string(context, text):
    found, _problems = extract_strings.collect()
    assert text in found[context]


def test_the_ts_file_is_accepted_by_qt_lrelease_and_keeps_translations(tmp_path):
    ts = tmp_path / "fibro_desktop_fr.ts"
    extract_strings.main([str(ts)])
    tree = ET.parse(ts)
    message = next(m for c in tree.getroot().iter("context") if c.findtext("name") == "JournalPage"
                   for m in c.iter("message") if m.findtext("source") == "Log a spasm")
    translation = message.find("translation")
    translation.text = "Noter un spasme"
    del translation.attrib["type"]
    tree.write(ts, encoding="utf-8")
    extract_strings.main([str(ts)])  # run again: the translation is kept
    assert "Noter un spasme" in ts.read_text(encoding="utf-8")
    # PySide6 installs its Qt tools next to the interpreter running the tests.
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease, "pyside6-lrelease comes with PySide6"
    result = subprocess.run([lrelease, str(ts), "-qm", str(tmp_path / "fr.qm")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "fr.qm").stat().st_size > 0
