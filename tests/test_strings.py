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
    ("exercises", "Let the shoulders drop"),  # resources/pacing/exercises.json: a title…
    ("exercises", "Breathe out slowly and let them sink down, heavy and loose."),  # …and a step
    ("ToolkitDefaults", "Heating pad"),       # the rescue plan's and routine's defaults
    ("Charts", "Spasm record for my provider"),  # the provider report
    ("Charts", "the disk is full"),           # …and why it could not be written
    ("cli", "The first day must come before the last one."),  # the command line's say("…")
    ("cli", "show where your data and logs are kept"),        # …its help, marked with mark("…")
    ("cli", "use DIR for data instead of the usual folder (also: FIBRO_DESKTOP_DATA_DIR)"),
    ("App", "Fibro Desktop is already running; its window was brought to the front."),
    ("relax_sessions", "Release only"),       # resources/audio/manifest.json
    ("import_problems", "A required column is missing."),  # the import checks' fixed sentences
    ("import_problems", "The time zone of this moment is missing."),  # …and the row checks'
    ("import_problems", "The row has %1 cells; the header has %2."),  # …and those with values (_msg)
    ("backups", "The backup could not be written to %1: %2."),  # a store error: _msg = messages("backups")
    ("Demo", "Tennis ball for knots"),       # the demo's sample texts: _msg = messages("Demo") below Qt
    ("data_file", "The disk is full. Nothing was changed. Please free some space and try again."),
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


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    return {(c.findtext("name"), m.findtext("source")): m
            for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")}


def test_a_count_becomes_a_numerus_message_with_its_english_singular(tmp_path):
    ts = tmp_path / "fibro_desktop_de.ts"
    extract_strings.main([str(ts)])
    message = _messages(ts)[("cli", "%1: %n rows")]
    assert message.get("numerus") == "yes"
    assert "%1: %n row" in message.findtext("extracomment")
    assert len(message.find("translation").findall("numerusform")) == 2  # German: one, other


def test_locations_name_the_file_only_so_moving_code_changes_no_catalogue(tmp_path):
    ts = tmp_path / "fibro_desktop_fr.ts"
    extract_strings.main([str(ts)])
    locations = [loc.attrib for loc in ET.parse(ts).getroot().iter("location")]
    assert locations and all(set(attrib) == {"filename"} for attrib in locations)
    assert {"filename": "../../resources/pacing/exercises.json"} in locations


def test_a_second_run_keeps_translations_and_drops_vanished_sources(tmp_path):
    ts = tmp_path / "fibro_desktop_fr.ts"
    extract_strings.main([str(ts)])
    text = ts.read_text(encoding="utf-8").replace(
        "<context>\n    <name>AboutDialog</name>",
        "<context>\n    <name>AboutDialog</name>\n    <message>\n      <source>A sentence no longer in the app"
        "</source>\n      <translation>Une phrase disparue</translation>\n    </message>", 1)
    ts.write_text(text, encoding="utf-8")
    assert "Une phrase disparue" in ts.read_text(encoding="utf-8")
    extract_strings.main([str(ts)])
    again = ts.read_text(encoding="utf-8")
    assert "A sentence no longer in the app" not in again and "obsolete" not in again and "vanished" not in again


def test_translations_carry_over_when_a_text_changes_form(tmp_path):
    """{0} became %1, and a count once kept as two messages became one: the
    translators' work is kept (issue 20)."""
    ts = tmp_path / "fibro_desktop_de.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context><name>Toolkit</name>
<message><source>Step {0} of {1}</source><translation>Schritt {0} von {1}</translation></message>
</context>
<context><name>RelaxExtras</name>
<message><source>About {rate:.1f} breaths a minute</source>
<translation>Etwa {rate:.1f} Atemzüge pro Minute</translation></message>
</context>
<context><name>Charts</name>
<message><source>%n day</source><translation>%n Tag</translation></message>
<message><source>%n days</source><translation>%n Tage</translation></message>
</context>
</TS>
""", encoding="utf-8")
    extract_strings.main([str(ts)])
    messages = _messages(ts)
    assert messages[("Toolkit", "Step %1 of %2")].findtext("translation") == "Schritt %1 von %2"
    breaths = messages[("RelaxExtras", "About %1 breaths a minute")]
    assert breaths.findtext("translation") == "Etwa %1 Atemzüge pro Minute"
    days = messages[("Charts", "%n days")].find("translation")
    assert [f.text for f in days.iter("numerusform")] == ["%n Tag", "%n Tage"] and days.get("type") is None
    assert ("Charts", "%n day") not in messages


def test_a_message_maker_is_a_helper_like_the_translator():
    """``_msg = messages("Ctx")`` below Qt (core/message.py) names its context
    as ``_tr = translator("Ctx")`` does, so ``_msg("… %1", value)`` is found."""
    import ast

    tree = ast.parse('from fibro_desktop.core.message import messages\n'
                     '_msg = messages("backups")\n'
                     'from fibro_desktop.ui.translate import translator\n'
                     '_tr = translator("Backups")\n')
    assert extract_strings._helpers(tree) == {"_msg": "backups", "_tr": "Backups"}
