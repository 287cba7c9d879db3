"""Counts use Qt's plural forms: ``_tr("%n spasms", n=count, one="%n spasm")``
(``ui/translate.py``). English needs no catalogue; a language's catalogue
gives as many forms as its grammar has, and Qt picks the one for ``n``."""

import subprocess

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from fibro_desktop.ui.translate import translator
from fibro_desktop.ui.translations import install_translators
from tests.ui.test_translations import lrelease

_tr = translator("PluralTest")

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="%s">
<context><name>PluralTest</name>
<message numerus="yes"><source>%%n spasms</source>
<translation>%s</translation></message>
<message numerus="yes"><source>%%1: %%n rows</source>
<translation>%s</translation></message>
</context>
</TS>
"""


def test_english_says_one_and_many_without_a_catalogue(qapp):
    assert _tr("%n spasms", n=1, one="%n spasm") == "1 spasm"
    assert _tr("%n spasms", n=0, one="%n spasm") == "0 spasms"
    assert _tr("%n spasms", n=12, one="%n spasm") == "12 spasms"
    assert _tr("%1: %n rows", "episode", n=1, one="%1: %n row") == "episode: 1 row"
    assert _tr("tried %n times, not rated", n=1, one="tried once, not rated") == "tried once, not rated"


@pytest.fixture
def catalogue(qapp, tmp_path):
    """Compile and install a small catalogue; removed again afterwards."""
    installed = []

    def install(language: str, locale: QLocale, spasms: list[str], rows: list[str]) -> None:
        forms = lambda words: "".join(f"<numerusform>{w}</numerusform>" for w in words)  # noqa: E731
        ts = tmp_path / f"fibro_desktop_{language}.ts"
        ts.write_text(TS % (language, forms(spasms), forms(rows)), encoding="utf-8")
        subprocess.run([lrelease(), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, capture_output=True)
        assert "fibro_desktop" in install_translators(qapp, tmp_path, locale)
        installed.extend(c for c in qapp.children() if type(c).__name__ == "QTranslator")

    yield install
    for child in installed:
        QCoreApplication.removeTranslator(child)


@pytest.mark.skipif(lrelease() is None, reason="pyside6-lrelease is not installed")
def test_french_counts_zero_and_one_as_singular(catalogue):
    catalogue("fr", QLocale(QLocale.Language.French, QLocale.Country.France),
              ["%n spasme", "%n spasmes"], ["%1 : %n ligne", "%1 : %n lignes"])
    assert _tr("%n spasms", n=0, one="%n spasm") == "0 spasme"   # French: 0 and 1 are singular
    assert _tr("%n spasms", n=1, one="%n spasm") == "1 spasme"
    assert _tr("%n spasms", n=2, one="%n spasm") == "2 spasmes"
    assert _tr("%1: %n rows", "épisode", n=5, one="%1: %n row") == "épisode : 5 lignes"


@pytest.mark.skipif(lrelease() is None, reason="pyside6-lrelease is not installed")
def test_german_counts_zero_as_plural(catalogue):
    catalogue("de", QLocale(QLocale.Language.German, QLocale.Country.Germany),
              ["%n Krampf", "%n Krämpfe"], ["%1: %n Zeile", "%1: %n Zeilen"])
    assert _tr("%n spasms", n=0, one="%n spasm") == "0 Krämpfe"
    assert _tr("%n spasms", n=1, one="%n spasm") == "1 Krampf"
    assert _tr("%n spasms", n=3, one="%n spasm") == "3 Krämpfe"
