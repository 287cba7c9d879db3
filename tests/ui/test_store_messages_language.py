"""The store's and the import checks' sentences reach a person in their
language, with the values in place (issue 20): they are raised as
``core/message.Message`` below Qt and said by ``ui/translate.say``."""

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from fibro_desktop.store.backup import backup_folder
from fibro_desktop.ui.data_safety.backups_dialog import BackupsDialog
from fibro_desktop.ui.data_safety.flows import run_import
from fibro_desktop.ui.translations import apply_language
from fibro_desktop.wiring.data_safety import DataSafety
from tests.conftest import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "packaging"))
import build_translations  # noqa: E402

#: What each language says (a few words of the catalogue's sentence), for a
#: restore refused because the backup is not a data file, and an import
#: from a place where nothing is.
SAID = {
    "de": ("Diese Sicherung kann nicht wiederhergestellt werden.", "kennt", "Es wurde nichts importiert.",
           "Unter {} ist nichts."),
    "fr": ("Cette sauvegarde ne peut pas être restaurée.", "connaît", "Rien n’a été importé.",
           "Il n’y a rien à l’emplacement {}."),
}


def install(qapp, tmp_path: Path, language: str) -> None:
    """The language's catalogue, compiled from the .ts in the repository, installed as at start."""
    if build_translations.lrelease() is None:
        pytest.skip("pyside6-lrelease is not installed")
    ts = REPO_ROOT / "resources" / "translations" / f"fibro_desktop_{language}.ts"
    build_translations.compile_catalogue(ts, tmp_path / f"fibro_desktop_{language}.qm")
    assert "fibro_desktop" in apply_language(qapp, tmp_path, language)


@pytest.mark.parametrize("language", sorted(SAID))
def test_a_refused_restore_and_an_import_problem_are_said_in_the_persons_language(
        qapp, qtbot, app_context, tmp_path, language):
    refused, knows, nothing, nothing_at = SAID[language]
    install(qapp, tmp_path, language)
    safety = DataSafety(app_context)
    # A file named like a backup that is no data file at all: listed, but never restored.
    folder = backup_folder(app_context.data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    junk = folder / "fibro-20261101T080000Z-manual.sqlite3"
    junk.write_bytes(b"not a database, just some bytes" * 10)
    dialog = BackupsDialog(safety)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.selectRow(0)
    assert dialog.selected().path == junk
    assert dialog.restore_selected(confirm=False) is False
    status = dialog.status.text()
    # The sentence and the one inside it (the backup's check) are both translated, the path in place.
    assert status.startswith(refused), status
    assert knows in status and str(junk) in status, status
    assert "cannot be restored" not in status and "Fibro Desktop knows" not in status

    missing = tmp_path / "nowhere" / "export.json"
    shown = []
    text = run_import(dialog, safety, ask_path=lambda: missing, inform=lambda *a: shown.append(a))
    assert text == f"{nothing} {nothing_at.format(missing)}", text
    assert shown and shown[0][2] == text and shown[0][3] is False


def test_in_english_the_sentences_read_as_the_store_wrote_them(qapp, qtbot, app_context, tmp_path):
    """No catalogue: the English text with its values, the same as ``str()`` of the error."""
    from fibro_desktop.store.backup import BackupError, restore_backup
    from fibro_desktop.store.migrations import latest_version
    from fibro_desktop.ui.translate import say_error

    junk = tmp_path / "fibro-20261101T080000Z-manual.sqlite3"
    junk.write_bytes(b"not a database" * 10)
    with pytest.raises(BackupError) as caught:
        restore_backup(tmp_path / "data" / "fibro.sqlite3", junk, app_context.clock.now(), latest_version())
    assert say_error(caught.value) == str(caught.value) == (
        f"This backup cannot be restored. The data file {junk} is not in a format Fibro Desktop knows.")
    dialog = BackupsDialog(DataSafety(app_context))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert "Backup made and checked" in dialog.status.text()
