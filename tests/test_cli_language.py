"""The command line speaks the language chosen in the app (issue 20): its
sentences and --help come from the catalogue (context ``cli``), loaded only
when something is printed, so a silent command and --version stay light."""

import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "packaging"))
import build_translations  # noqa: E402

GERMAN = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context><name>cli</name>
<message><source>data folder:</source><translation>Datenordner:</translation></message>
<message><source>show where your data and logs are kept</source>
<translation>zeigt, wo deine Daten und Protokolle liegen</translation></message>
<message numerus="yes"><source>%1: %n rows</source>
<translation><numerusform>%1: %n Zeile</numerusform><numerusform>%1: %n Zeilen</numerusform></translation></message>
</context>
<context><name>backups</name>
<message><source>This backup cannot be restored. %1</source>
<translation>Diese Sicherung lässt sich nicht zurückholen. %1</translation></message>
</context>
<context><name>data_file</name>
<message><source>There is no data file yet at %1.</source>
<translation>Unter %1 gibt es noch keine Datendatei.</translation></message>
</context>
</TS>
"""

#: Runs the CLI with resources_root() pointing at a folder holding only the sample catalogue.
CHILD = """
import sys
from pathlib import Path
import fibro_desktop.resources as resources
resources.resources_root = lambda: Path(sys.argv[1])  # the sample catalogue's folder
from fibro_desktop.cli import main
sys.exit(main(sys.argv[2:]))
"""


@pytest.fixture
def german_data(tmp_path):
    if build_translations.lrelease() is None:
        pytest.skip("pyside6-lrelease is not installed")
    folder = tmp_path / "res" / "translations"
    folder.mkdir(parents=True)
    (folder / "fibro_desktop_de.ts").write_text(GERMAN, encoding="utf-8")
    build_translations.build(folder)
    data = tmp_path / "data"
    data.mkdir()
    (data / "preferences.ini").write_text("[appearance]\nlanguage=de\n", encoding="utf-8")
    return tmp_path / "res", data


def _run(resources, *args):
    return subprocess.run([sys.executable, "-c", CHILD, str(resources), *args], capture_output=True, text=True,
                          cwd=REPO_ROOT, env={"PYTHONPATH": str(REPO_ROOT), "PATH": "/usr/bin:/bin",
                                              "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}, timeout=120)


def test_where_speaks_the_language_chosen_for_the_data_folder(german_data):
    resources, data = german_data
    result = _run(resources, "where", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert f"Datenordner: {data}" in result.stdout


def test_help_is_translated_when_it_is_printed(german_data):
    resources, data = german_data
    result = _run(resources, "--help", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert "zeigt, wo deine Daten und Protokolle liegen" in result.stdout


def test_the_english_singular_and_plural_without_a_catalogue(qapp):
    from fibro_desktop.cli_words import say

    assert say("%1: %n rows", "episode", n=1, one="%1: %n row") == "episode: 1 row"
    assert say("%1: %n rows", "episode", n=2, one="%1: %n row") == "episode: 2 rows"


def test_a_store_error_is_printed_in_the_language_with_its_value(german_data, tmp_path):
    resources, data = german_data
    missing = tmp_path / "no-such-backup.db"
    result = _run(resources, "restore", str(missing), "--data-dir", str(data))
    assert result.returncode == 1
    assert f"Diese Sicherung lässt sich nicht zurückholen. Unter {missing} gibt es noch keine Datendatei." \
        in result.stderr
