"""File → Export… and File → Import…, step by step, with progress and cancel.

The export and the import themselves are operations run in a worker thread
(:func:`fibro_desktop.ui.background.run_in_background`), so the window keeps
painting; the import is announced as ``Area.ALL`` once it is done. Each flow
returns the sentence it showed (tests read it); dialogs that ask the person
something can be replaced by callables for tests.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QWidget

from fibro_desktop.core.data_safety.formats import CSV_MANIFEST, ImportCancelled, ImportProblem
from fibro_desktop.store.audio_export import archive_beside
from fibro_desktop.store.export import ExportCancelled, target_taken
from fibro_desktop.ui.background import run_in_background
from fibro_desktop.ui.data_safety.export_dialog import ExportChoice, ExportDialog
from fibro_desktop.ui.data_safety.labels import problem_text, tr
from fibro_desktop.ui.translate import say_error
from fibro_desktop.ui.write_errors import file_failure_text, short_reason_text


def _ask_export_path(parent: QWidget, choice: ExportChoice, suggested: str) -> Path | None:
    if choice.kind == "csv-folder":
        folder = QFileDialog.getExistingDirectory(parent, tr("Folder to put the export folder in"))
        return Path(folder) / suggested if folder else None
    suffix = ".json" if choice.kind == "json" else ".zip"
    # run_export asks before replacing a file (also when the suffix is added below).
    name, _ = QFileDialog.getSaveFileName(parent, tr("Save the export as"), suggested + suffix,
                                          tr("Export (*%1)").replace("%1", suffix),
                                          options=QFileDialog.Option.DontConfirmOverwrite)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def _ask_import_path(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, tr("Choose an export to import"), "",
        tr("Fibro Desktop exports (*.json *.zip %1)").replace("%1", CSV_MANIFEST))
    if not name:
        return None
    path = Path(name)
    return path.parent if path.name == CSV_MANIFEST else path  # a CSV folder is chosen by its manifest


def _inform(parent: QWidget, title: str, text: str, ok: bool) -> None:
    box = QMessageBox.information if ok else QMessageBox.warning
    box(parent, title, text)


def _confirm_replace(parent: QWidget, path: Path) -> bool:
    question = tr("%1 already exists.\n\nReplace it with this export?").replace("%1", path.name)
    answer = QMessageBox.question(parent, tr("Export"), question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def _free_folder_name(path: Path) -> Path:
    """``path``, or ``path (2)``, ``path (3)``… for a CSV folder that is taken."""
    number = 2
    candidate = path
    while target_taken(candidate):
        candidate = path.with_name(f"{path.name} ({number})")
        number += 1
    return candidate


def run_export(parent: QWidget, safety, *,
               choose: Callable[[], ExportChoice | None] | None = None,
               ask_path: Callable[[ExportChoice, str], Path | None] | None = None,
               inform: Callable[[QWidget, str, str, bool], None] = _inform,
               confirm_replace: Callable[[Path], bool] | None = None,
               on_progress: Callable[[QProgressDialog], None] | None = None) -> str | None:
    """Ask what and where, export with progress, say how it went.

    Never writes inside the data folder; asks before replacing a file, and
    puts a CSV folder next to a taken one rather than into it."""
    if choose is None:
        dialog = ExportDialog(safety.today(), parent)
        choose = lambda: dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None  # noqa: E731
    choice = choose()
    if choice is None:
        return None
    suggested = f"fibro-export-{safety.today().isoformat()}"
    path = (ask_path or (lambda c, s: _ask_export_path(parent, c, s)))(choice, suggested)
    if path is None:
        return None
    if safety.export_target_in_data_folder(path):
        text = tr("This place is inside Fibro Desktop's own data folder, where your data and its backups live. "
                  "Nothing was written. Please choose another place, such as your Documents folder.")
        inform(parent, tr("Export"), text, False)
        return text
    if choice.kind == "csv-folder":
        path = _free_folder_name(path)
    else:
        # The recordings archive beside a JSON export is asked about like the export itself.
        taken = [p for p in (path, archive_beside(path) if choice.with_audio else None) if p and target_taken(p)]
        for target in taken:
            if not (confirm_replace or (lambda p: _confirm_replace(parent, p)))(target):
                return None
    try:
        summary = run_in_background(safety.ctx.data_events, safety.export_op(choice, path), origin=safety,
                                    label=tr("Exporting your data…"), parent=parent, db=safety.ctx.db,
                                    on_dialog=on_progress)
        text, ok = tr("Exported %Ln entries from %1 tables to %2.", len(summary.rows), summary.path,
                      n=summary.total, one="Exported %Ln entry from %1 tables to %2."), True
        if getattr(summary, "audio", None) is not None:
            text += " " + (tr("Your recordings are in %1 beside it; keep the two files together.")
                           .replace("%1", summary.audio["archive"]))
    except ExportCancelled:
        text, ok = tr("Export cancelled. Nothing was written."), True
    except OSError as exc:
        text, ok = file_failure_text(exc) or tr("The export could not be written: %1").replace(
            "%1", exc.strerror or say_error(exc)), False
    inform(parent, tr("Export"), text, ok)
    return text


def run_import(parent: QWidget, safety, *,
               ask_path: Callable[[], Path | None] | None = None,
               confirm: Callable[[str], bool] | None = None,
               inform: Callable[[QWidget, str, str, bool], None] = _inform,
               on_progress: Callable[[QProgressDialog], None] | None = None) -> str | None:
    """Ask which file, check it, confirm, import all or nothing with progress."""
    path = (ask_path or (lambda: _ask_import_path(parent)))()
    if path is None:
        return None
    try:
        data = safety.read_import(path)
    except ImportProblem as problem:
        text = tr("Nothing was imported. %1", problem_text(problem))
        inform(parent, tr("Import"), text, False)
        return text
    question = tr("Import %Ln entries from %1?\n\nEntries you already have are recognised and skipped. "
                  "Your data is backed up first.", path.name, n=data.total_rows,
                  one="Import %Ln entry from %1?\n\nEntries you already have are recognised and skipped. "
                      "Your data is backed up first.")
    if confirm is None:
        confirm = lambda q: QMessageBox.question(parent, tr("Import"), q) == QMessageBox.StandardButton.Yes  # noqa: E731
    if not confirm(question):
        return None
    try:
        summary = run_in_background(safety.ctx.data_events, safety.import_op(data), origin=safety,
                                    label=tr("Importing…"), parent=parent, db=safety.ctx.db, on_dialog=on_progress)
        text, ok = tr("Imported %Ln new entries; %1 were already there.", summary.total_already_there,
                      n=summary.total_added, one="Imported %Ln new entry; %1 were already there."), True
        text += _recordings_text(getattr(summary, "recordings", None))
    except ImportCancelled:
        text, ok = tr("Import cancelled. Nothing was changed."), True
    except OSError as exc:
        text, ok = tr("Nothing was imported: the recordings could not be copied (%1).").replace(
            "%1", exc.strerror or say_error(exc)), False
    except ImportProblem as problem:
        text, ok = tr("Nothing was imported. %1", problem_text(problem)), False
    except Exception as exc:  # the backup first or the import itself: a full disk
        reason = short_reason_text(exc)
        if reason is None:
            raise
        text, ok = tr("Nothing was imported. %1").replace("%1", reason), False
    inform(parent, tr("Import"), text, ok)
    return text


def _recordings_text(recordings) -> str:
    """What happened to the own recordings of an import, in a sentence or two."""
    if recordings is None:
        return ""
    text = ""
    if recordings.added:
        text += " " + tr("%n recordings were brought into your audio folder.", n=len(recordings.added),
                         one="%n recording was brought into your audio folder.")
    if recordings.without_sound:
        text += " " + tr("%n recordings came without their sound file: keep the …-audio.zip file beside "
                         "the export and import again.", n=len(recordings.without_sound),
                         one="%n recording came without its sound file: keep the …-audio.zip file beside "
                             "the export and import again.")
    return text
