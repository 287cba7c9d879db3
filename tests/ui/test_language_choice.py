"""Choosing the language (issue 20): the system's by default, or the one
chosen in Settings, applied at the next start with its formats, Qt's own
catalogue, the Learn guides and the Relax library's note."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.translations import LANGUAGES, apply_language, chosen_locale, saved_choice
from tests.conftest import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "packaging"))
import build_translations  # noqa: E402

GERMAN_SAMPLE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context><name>JournalTab</name>
<message><source>Journal</source><translation>Tagebuch</translation></message>
</context>
</TS>
"""


@pytest.fixture
def restore_language(qapp):
    """Put English and the test run's locale back, whatever the test installed."""
    before = QLocale()
    yield
    for child in list(qapp.children()):
        if isinstance(child, QTranslator):
            QCoreApplication.removeTranslator(child)
            child.deleteLater()
    QLocale.setDefault(before)


def test_settings_offers_each_language_in_its_own_words_and_saves_the_choice(qapp, qtbot, tmp_path):
    from fibro_desktop.ui.settings_dialog import SettingsDialog

    preferences = prefs.Preferences(tmp_path)
    dialog = SettingsDialog(preferences)
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["Follow the system", "English", "Español", "Deutsch", "Français", "Português (Brasil)"]
    assert dialog.language.currentData() == "system"
    assert "next open Fibro Desktop" in dialog.language_note.text()
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.accept()
    assert preferences.get(prefs.LANGUAGE) == "de"
    assert saved_choice(tmp_path) == "de"


def test_no_choice_follows_the_system(tmp_path):
    assert saved_choice(tmp_path) == "system"
    assert chosen_locale("system") == QLocale.system()
    assert chosen_locale("unknown") == QLocale.system()
    assert chosen_locale("pt_BR").name() == "pt_BR"
    assert {code for code, _name in LANGUAGES} == {"system", "en", "es", "de", "fr", "pt_BR"}


@pytest.mark.skipif(build_translations.lrelease() is None, reason="pyside6-lrelease is not installed")
def test_the_app_starts_in_the_chosen_language(qapp, qtbot, tmp_path, monkeypatch, restore_language, app_context):
    """End to end: Settings saved German, a German catalogue is compiled, and
    the next start shows German tab titles, German dates and Qt's German buttons."""
    resources = tmp_path / "resources"
    (resources / "translations").mkdir(parents=True)
    (resources / "translations" / "fibro_desktop_de.ts").write_text(GERMAN_SAMPLE, encoding="utf-8")
    assert build_translations.build(resources / "translations")  # .ts -> .qm
    app_context.preferences.set(prefs.LANGUAGE, "de")
    import fibro_desktop.resources
    from fibro_desktop import app

    monkeypatch.setattr(fibro_desktop.resources, "resources_root", lambda: resources)
    app._install_translations(qapp, app_context.data_dir)
    monkeypatch.undo()  # the rest of the app's resources from the checkout
    shell = app.build_shell(qapp, app_context, with_tray=False)
    qtbot.addWidget(shell.window)
    tabs = shell.window.tab_widget
    assert tabs.tabText(0) == "Tagebuch"
    assert QLocale().toString(3.5, "f", 1) == "3,5"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"  # qtbase_de.qm
    from fibro_desktop.ui.learn.library import current_language

    assert current_language().startswith("de")  # the guides follow the chosen language


def test_a_language_without_its_catalogue_stays_english(qapp, tmp_path, restore_language):
    loaded = apply_language(qapp, tmp_path, "fr")  # no fibro_desktop_fr.qm in tmp_path
    assert loaded == []  # nor Qt's French buttons beside English words
    assert QCoreApplication.translate("JournalTab", "Journal") == "Journal"


def test_the_relax_library_says_the_spoken_sessions_are_english(qapp, qtbot, restore_language):
    from fibro_desktop.ui.relax.library_panel import LibraryPanel

    english = LibraryPanel()
    qtbot.addWidget(english)
    assert english.english_note.isHidden()  # nothing to say in English
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    german = LibraryPanel()
    qtbot.addWidget(german)
    assert not german.english_note.isHidden()
    assert "Add your own…" in german.english_note.text()
    # It already invites one's own recordings: the English-only invitation stays hidden.
    german.set_sessions([], [])
    english.set_sessions([], [])
    assert german.empty_own.isHidden() and not english.empty_own.isHidden()


def test_build_translations_compiles_each_ts_and_skips_up_to_date_ones(tmp_path):
    if build_translations.lrelease() is None:
        pytest.skip("pyside6-lrelease is not installed")
    (tmp_path / "fibro_desktop_de.ts").write_text(GERMAN_SAMPLE, encoding="utf-8")
    assert build_translations.build(tmp_path) == [tmp_path / "fibro_desktop_de.qm"]
    assert build_translations.build(tmp_path) == []  # up to date
    assert (tmp_path / "fibro_desktop_de.qm").stat().st_size > 0


def test_the_qm_files_are_built_not_committed():
    ignored = subprocess.run(["git", "check-ignore", "resources/translations/fibro_desktop_de.qm"],
                             cwd=REPO_ROOT, capture_output=True, text=True)
    assert ignored.returncode == 0
    assert Path(REPO_ROOT, "packaging", "build_translations.py").exists()


def test_an_import_problem_reads_as_the_checks_wrote_it_in_english(qapp):
    from fibro_desktop.core.data_safety.formats import ImportProblem
    from fibro_desktop.ui.data_safety.labels import problem_text

    problem = ImportProblem("A required column is missing.", "episode", None, "kind")
    assert problem_text(problem) == str(problem) == "A required column is missing. (table episode, field kind)"
    assert problem_text(ImportProblem("The file has no \"tables\" object.")) == "The file has no \"tables\" object."
