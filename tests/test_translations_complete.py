"""Every shipped language is complete (issue 20): its catalogue equals a
fresh extraction (nothing missing, unfinished or obsolete), every entry keeps
its placeholders, plural forms and Alt-letters, nothing is left in English
but names and units, the nine Learn guides exist with their anchors, and Qt
compiles it. The checks are proven in tests/test_translation_checks.py."""

import sys

import pytest

from tests.conftest import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "packaging"))
import build_translations  # noqa: E402
import check_translations as checks  # noqa: E402
import extract_strings  # noqa: E402

#: The languages the app ships; each must pass every check below. A fifth
#: language is added here once its catalogue and guides are complete
#: (docs/translating.md).
SHIPPED = ("de", "es", "fr", "pt_BR")


@pytest.fixture(scope="module")
def found():
    strings, problems = extract_strings.collect()
    assert problems == []
    return strings


def _catalogue(language):
    return checks.TRANSLATIONS / f"fibro_desktop_{language}.ts"


def _report(problems, limit=40):
    more = f"\n… and {len(problems) - limit} more" if len(problems) > limit else ""
    return f"{len(problems)} problems:\n" + "\n".join(problems[:limit]) + more


def test_the_shipped_languages_are_the_ones_settings_offers():
    from fibro_desktop.ui.translations import LANGUAGES

    assert set(SHIPPED) == {code for code, _name in LANGUAGES} - {"system", "en"}


@pytest.mark.parametrize("language", SHIPPED)
def test_the_catalogue_covers_every_extracted_string(language, found):
    problems = checks.coverage_problems(checks.read_ts(_catalogue(language)), found)
    assert not problems, _report(problems)


@pytest.mark.parametrize("language", SHIPPED)
def test_placeholders_plurals_and_alt_letters_match_the_source(language, found):
    ones = {(c, s): e.one for c, texts in found.items() for s, e in texts.items()}
    problems = []
    for message in checks.read_ts(_catalogue(language)):
        problems += checks.placeholder_problems(message, ones.get((message.context, message.source)))
        problems += checks.plural_problems(message, language)
        problems += checks.mnemonic_problems(message)
    assert not problems, _report(problems)


@pytest.mark.parametrize("language", SHIPPED)
def test_nothing_is_left_in_english(language):
    problems = [p for message in checks.read_ts(_catalogue(language))
                for p in checks.identical_problems(message, language)]
    assert not problems, _report(problems) + "\n(a name or unit: add it to SAME_IN in check_translations.py)"


@pytest.mark.parametrize("language", SHIPPED)
def test_the_nine_guides_exist_with_the_same_anchors(language):
    assert len(list((checks.GUIDES / "en").glob("*.md"))) == 9
    problems = checks.guide_problems(language)
    assert not problems, _report(problems)


@pytest.mark.parametrize("language", SHIPPED)
def test_qt_compiles_the_catalogue(language, tmp_path):
    if build_translations.lrelease() is None:
        pytest.skip("pyside6-lrelease is not installed")
    build_translations.compile_catalogue(_catalogue(language), tmp_path / f"fibro_desktop_{language}.qm")
    assert (tmp_path / f"fibro_desktop_{language}.qm").stat().st_size > 1000
