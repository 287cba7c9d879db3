"""Each check of packaging/check_translations.py, proven on small made-up
catalogues and guides: it finds what it is meant to find, and only that."""

import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "packaging"))
import check_translations as checks  # noqa: E402
from extract_strings import Entry  # noqa: E402

HEAD = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de">\n'


def ts(tmp_path: Path, body: str) -> list:
    path = tmp_path / "fibro_desktop_de.ts"
    path.write_text(HEAD + body + "</TS>\n", encoding="utf-8")
    return checks.read_ts(path)


def message(source: str, *forms: str, numerus: bool = False, kind: str = "") -> checks.Message:
    return checks.Message("Ctx", source, numerus, kind, list(forms))


def test_coverage_finds_missing_obsolete_and_unfinished_entries(tmp_path):
    messages = ts(tmp_path, """<context><name>Ctx</name>
<message><source>Kept</source><translation>Behalten</translation></message>
<message><source>Not yet</source><translation type="unfinished"/></message>
<message><source>Empty</source><translation></translation></message>
<message><source>Gone from the app</source><translation>Weg</translation></message>
<message><source>Old</source><translation type="obsolete">Alt</translation></message>
<message numerus="yes"><source>%n days</source>
<translation><numerusform>%n Tag</numerusform><numerusform></numerusform></translation></message>
</context>""")
    found = {"Ctx": {"Kept": Entry("x.py"), "Not yet": Entry("x.py"), "Empty": Entry("x.py"), "Old": Entry("x.py"),
                     "New in the app": Entry("x.py"), "%n days": Entry("x.py", numerus=True)}}
    problems = checks.coverage_problems(messages, found)
    assert sorted(p.split(":")[0] for p in problems) == ["missing", "obsolete", "obsolete", "unfinished",
                                                          "unfinished", "unfinished"]
    assert any("'New in the app'" in p for p in problems if p.startswith("missing"))
    assert any("'Gone from the app'" in p for p in problems if p.startswith("obsolete"))
    assert not any("'Kept'" in p for p in problems)


def test_coverage_notices_a_count_translated_as_plain_text():
    problems = checks.coverage_problems([message("%n days", "%n Tage")], {"Ctx": {"%n days": Entry("x", True)}})
    assert problems and "numerus" in problems[0]


@pytest.mark.parametrize("source,translation,ok", [
    ("Step %1 of %2", "Schritt %1 von %2", True),
    ("Step %1 of %2", "%2 Schritte, dies ist %1", True),     # another order is fine
    ("Step %1 of %2", "Schritt %1", False),                  # a value lost
    ("Step %1 of %2", "Schritt {0} von {1}", False),
    ("Step %1", "Schritt %1 von %2", False),                 # one that does not exist
    ("<b>%1</b> left", "noch <b>%1</b>", True),
    ("<b>%1</b> left", "noch %1", False),                    # a tag lost
    ("Line<br>next", "Zeile<br/>nächste", True),
])
def test_placeholders_and_html_tags_must_match(source, translation, ok):
    assert (checks.placeholder_problems(message(source, translation)) == []) is ok


def test_every_plural_form_keeps_the_count():
    good = message("%n spasms", "%n Krampf", "%n Krämpfe", numerus=True)
    assert checks.placeholder_problems(good, "%n spasm") == []
    lost = message("%n spasms", "ein Krampf", "Krämpfe", numerus=True)
    assert len(checks.placeholder_problems(lost, "%n spasm")) == 2
    in_words = message("tried %n times", "einmal versucht", "%n-mal versucht", numerus=True)
    assert checks.placeholder_problems(in_words, "tried once") == []  # English says "once" too
    grouped = message("%Ln entries", "%Ln Eintrag", "%Ln Einträge", numerus=True)
    assert checks.placeholder_problems(grouped, "%Ln entry") == []


def test_a_count_has_as_many_forms_as_the_language():
    assert checks.plural_problems(message("%n days", "%n Tag", "%n Tage", numerus=True), "de") == []
    assert checks.plural_problems(message("%n days", "%n Tage", numerus=True), "de")
    assert checks.plural_problems(message("%n days", "%n Tage"), "de") == []  # not a count


@pytest.mark.parametrize("source,translation,ok", [
    ("&Save", "&Speichern", True),
    ("&Save", "Speichern", False),
    ("Save", "&Speichern", False),
    ("Salt && pepper", "Salz && Pfeffer", True),              # && is a plain "&"
    ("Str&ict", "St&reng", True),
])
def test_alt_letters_are_kept_one_for_one(source, translation, ok):
    assert (checks.mnemonic_problems(message(source, translation)) == []) is ok


def test_a_translation_left_in_english_is_found_unless_allowed():
    assert checks.identical_problems(message("Log a spasm", "Log a spasm"), "de")
    assert checks.identical_problems(message("Log a spasm", "Einen Krampf notieren"), "de") == []
    assert checks.identical_problems(message("Fibro Desktop %1", "Fibro Desktop %1"), "de") == []  # a name
    assert checks.identical_problems(message("%1 min", "%1 min"), "de") == []                      # a unit
    assert checks.identical_problems(message("%1: %2", "%1: %2"), "de") == []                      # no words
    assert checks.identical_problems(message("&Name:", "&Name:"), "de") == []     # the same word in German
    assert checks.identical_problems(message("&Name:", "&Name:"), "es")           # …but not in Spanish
    assert checks.identical_problems(message("%n days", "%n day", "%n days", numerus=True), "de")


def test_guides_must_all_exist_with_the_same_anchors(tmp_path):
    english = tmp_path / "en"
    english.mkdir()
    (english / "01-a.md").write_text("# A\n\n## One {#one}\n\n## Two {#two}\n", encoding="utf-8")
    (english / "02-b.md").write_text("# B\n\n## Three {#three}\n", encoding="utf-8")
    german = tmp_path / "de"
    german.mkdir()
    (german / "01-a.md").write_text("# A\n\n## Eins {#one}\n\n## Zwei {#zwei}\n", encoding="utf-8")
    (german / "03-c.md").write_text("# C\n", encoding="utf-8")
    problems = checks.guide_problems("de", tmp_path)
    assert any("01-a.md: anchors" in p for p in problems)
    assert any("guide missing: de/02-b.md" in p for p in problems)
    assert any("03-c.md: no English guide" in p for p in problems)
    (german / "01-a.md").write_text("# A\n\n## Eins {#one}\n\n## Zwei {#two}\n", encoding="utf-8")
    (german / "02-b.md").write_text("# B\n\n## Drei {#three}\n", encoding="utf-8")
    (german / "03-c.md").unlink()
    assert checks.guide_problems("de", tmp_path) == []


def test_a_complete_small_catalogue_passes_every_check(tmp_path):
    path = tmp_path / "fibro_desktop_de.ts"
    path.write_text(HEAD + """<context><name>Ctx</name>
<message><source>&amp;Save %1</source><translation>%1 &amp;speichern</translation></message>
<message numerus="yes"><source>%n days</source>
<translation><numerusform>%n Tag</numerusform><numerusform>%n Tage</numerusform></translation></message>
</context></TS>""", encoding="utf-8")
    guides = tmp_path / "guides"
    (guides / "en").mkdir(parents=True)
    (guides / "de").mkdir()
    found = {"Ctx": {"&Save %1": Entry("x"), "%n days": Entry("x", True, "%n day")}}
    assert checks.all_problems(path, found, guides) == []
