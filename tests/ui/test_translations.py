"""The tr() pipeline works end to end: a compiled catalogue changes the UI."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from fibro_desktop.ui.translations import install_translators

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context><name>JournalTab</name>
<message><source>Journal</source><translation>Journal de bord</translation></message>
</context>
</TS>
"""


def lrelease() -> str | None:
    candidate = Path(sys.executable).parent / "pyside6-lrelease"
    return str(candidate) if candidate.exists() else shutil.which("pyside6-lrelease")


@pytest.mark.skipif(lrelease() is None, reason="pyside6-lrelease is not installed")
def test_a_french_catalogue_translates_the_tab_title(qapp, tmp_path):
    ts = tmp_path / "fibro_desktop_fr.ts"
    ts.write_text(TS, encoding="utf-8")
    subprocess.run([lrelease(), str(ts), "-qm", str(tmp_path / "fibro_desktop_fr.qm")], check=True,
                   capture_output=True)
    loaded = install_translators(qapp, tmp_path, QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        assert "fibro_desktop" in loaded
        from fibro_desktop.wiring import journal

        assert journal.tab(None, journal.JournalState()).title == "Journal de bord"
    finally:
        for child in list(qapp.children()):
            if type(child).__name__ == "QTranslator":
                QCoreApplication.removeTranslator(child)


def test_an_unknown_language_leaves_english(qapp, tmp_path):
    loaded = install_translators(qapp, tmp_path, QLocale(QLocale.Language.Zulu))  # not shipped
    assert "fibro_desktop" not in loaded
    assert QCoreApplication.translate("JournalTab", "Journal") == "Journal"
