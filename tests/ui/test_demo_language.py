"""``--demo`` in the person's language (issue 20): a German person trying the
demo meets a German rescue kit, routine, plan and sample notes, the same
words the real app seeds and the catalogue gives; without words the demo
stays English (benchmarks, tests), whatever language is installed."""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from fibro_desktop.core.data_safety.rows import RowChecker
from fibro_desktop.demo import fill_demo_data
from fibro_desktop.store import rescue_plan, routine, toolkit
from fibro_desktop.store.medications import medications
from fibro_desktop.ui.translations import apply_language
from tests.conftest import REPO_ROOT, TEST_NOW

sys.path.insert(0, str(REPO_ROOT / "packaging"))
import build_translations  # noqa: E402

GERMAN = REPO_ROOT / "resources" / "translations" / "fibro_desktop_de.ts"


def install_german(qapp, tmp_path: Path) -> None:
    """The German catalogue, compiled from the .ts in the repository, installed as at start."""
    if build_translations.lrelease() is None:
        pytest.skip("pyside6-lrelease is not installed")
    build_translations.compile_catalogue(GERMAN, tmp_path / "fibro_desktop_de.qm")
    assert "fibro_desktop" in apply_language(qapp, tmp_path, "de")


def german(context: str, source: str) -> str:
    """What the German catalogue says for ``source`` (read from the .ts, not from the app)."""
    for element in ET.parse(GERMAN).getroot().iter("context"):
        if element.findtext("name") == context:
            for message in element.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation")
    raise AssertionError(f"{context}/{source} is not in the German catalogue")


def said(db) -> dict[str, list[str]]:
    """What a person reads of the demo: the kit, routine, plan, contacts' notes, medications."""
    return {
        "kit": [i.name for i in toolkit.list_kit_items(db, include_archived=True)],
        "locations": [i.location for i in toolkit.list_kit_items(db, include_archived=True)],
        "routine": [line.name for line in routine.list_routine_items(db)],
        "plan": [step.title for step in rescue_plan.list_steps(db)],
        "notes": [c.notes for c in rescue_plan.list_contacts(db)],
        "medications": [(m.name, m.usual_amount) for m in medications(db)],
    }


def test_the_demo_reads_in_german_when_the_person_chose_german(qapp, db, tmp_path):
    from fibro_desktop.ui.demo_words import demo_words

    install_german(qapp, tmp_path)
    assert fill_demo_data(db, TEST_NOW, words=demo_words())
    seen = said(db)
    # The defaults, as the real app seeds them in German…
    assert german("ToolkitDefaults", "Heating pad") in seen["kit"]
    assert german("ToolkitDefaults", "Glasses of water") in seen["routine"]
    assert german("ToolkitDefaults", "Warmth, then a light stretch") in seen["plan"]
    # …and what the person "typed", from the Demo context.
    assert german("Demo", "Tennis ball for knots") in seen["kit"]
    assert german("Demo", "Desk drawer") in seen["locations"]
    assert german("Demo", "Walk to the window") in seen["plan"]
    assert german("Demo", "Tuesdays and Thursdays") in seen["notes"]
    assert (german("Demo", "Magnesium glycinate"), german("Demo", "2 capsules")) in seen["medications"]
    assert german("Demo", "Magnesium glycinate") == "Magnesiumglycinat"
    english = {"Heating pad", "Tennis ball for knots", "Walk to the window", "Magnesium glycinate", "2 capsules"}
    shown = {text for texts in seen.values() for value in texts
             for text in (value if isinstance(value, tuple) else (value,))}
    assert not english & shown


def test_the_german_demo_still_obeys_the_apps_own_rules(qapp, db, tmp_path):
    from fibro_desktop.ui.demo_words import demo_words

    install_german(qapp, tmp_path)
    fill_demo_data(db, TEST_NOW, words=demo_words())
    problems = []
    for table in ("kit_item", "routine_item", "rescue_step", "care_contact", "medication", "dose"):
        cursor = db.execute_sql(f'SELECT * FROM "{table}"')
        columns = [d[0] for d in cursor.description]
        check = RowChecker(table, columns, TEST_NOW)
        problems += [(table, p) for values in cursor if (p := check(dict(zip(columns, values, strict=True))))]
    assert problems == []


def test_without_words_the_demo_stays_english_whatever_the_language(qapp, db, tmp_path):
    install_german(qapp, tmp_path)
    fill_demo_data(db, TEST_NOW)
    seen = said(db)
    assert "Heating pad" in seen["kit"] and "Tennis ball for knots" in seen["kit"]
    assert "Walk to the window" in seen["plan"]
    assert "Tuesdays and Thursdays" in seen["notes"]
    assert ("Magnesium glycinate", "2 capsules") in seen["medications"]
