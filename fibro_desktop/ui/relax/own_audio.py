"""Dialogs and messages for the person's own recordings (add, rename, remove)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from fibro_desktop.core.relax.imports import FORMATS, ImportRefused
from fibro_desktop.ui.translate import translator

_tr = translator("RelaxOwnAudio")


def refusal_text(refused: ImportRefused) -> str:
    """Plain words for why a file was not added."""
    return {
        "unsupported": _tr("That kind of file can't be added. Please choose an audio file: "
                           "MP3, M4A/AAC, Ogg, Opus, WAV or FLAC."),
        "empty": _tr("That file is empty, so it was not added."),
        "corrupt": _tr("That file doesn't look like the audio its name says. It may be damaged. "
                       "Nothing was added."),
        "too_large": _tr("That file is too large to add (over 1 GB)."),
        "unsafe_path": _tr("That file can't be added from where it is (a link or an unusual path). "
                           "Please choose the file itself."),
        "missing": _tr("That file could not be found."),
    }.get(refused.reason, _tr("The file was not added."))


def ask_audio_file(parent: QWidget) -> Path | None:
    """Let the person pick an audio file; ``None`` if they cancel."""
    patterns = " ".join(f"*{ext}" for ext in FORMATS)
    path, _filter = QFileDialog.getOpenFileName(
        parent, _tr("Add a recording"), str(Path.home()),
        _tr("Audio files (%1)", patterns))
    return Path(path) if path else None


def ask_new_title(parent: QWidget, current: str) -> str | None:
    """A new name for a recording; ``None`` if they cancel."""
    title, ok = QInputDialog.getText(parent, _tr("Rename recording"), _tr("New name:"), text=current)
    return title if ok else None


def confirm_remove(parent: QWidget, title: str) -> bool:
    answer = QMessageBox.question(
        parent, _tr("Remove recording"),
        _tr("Remove “%1” from your library? The copy kept by Fibro Desktop is deleted; "
            "your original file is not touched.", title))
    return answer == QMessageBox.StandardButton.Yes
