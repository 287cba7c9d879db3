"""Print a guide, or save it as a PDF file, on this computer only.

PDFs are written by Qt's own PDF writer (no printer is needed); the text is
dark on white whatever the app's theme.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget


def save_pdf(document: QTextDocument, path: Path, title: str = "") -> bool:
    """Write ``document`` to ``path`` as a PDF; True if it was written whole.

    Written beside the target first and moved into place only when complete,
    so a full disk never leaves a broken or empty file where the person looks
    (and an older file of that name is kept)."""
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(partial))
    printer.setDocName(title or path.stem)
    document.print_(printer)
    try:
        if not _is_complete_pdf(partial):
            partial.unlink(missing_ok=True)
            return False
        os.replace(partial, path)
    except OSError:
        return False
    return True


def _is_complete_pdf(path: Path) -> bool:
    """Starts as a PDF and ends with the end-of-file mark (not cut short)."""
    try:
        with path.open("rb") as file:
            head = file.read(5)
            file.seek(max(0, path.stat().st_size - 1024))
            tail = file.read()
    except OSError:
        return False
    return head == b"%PDF-" and b"%%EOF" in tail


def print_with_dialog(document: QTextDocument, parent: QWidget | None = None) -> bool:
    """Ask which printer (the system's own dialog), then print; False if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    document.print_(printer)
    return True
