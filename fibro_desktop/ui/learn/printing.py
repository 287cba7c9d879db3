"""Print a guide, or save it as a PDF file, on this computer only.

PDFs are written by Qt's own PDF writer (no printer is needed); the text is
dark on white whatever the app's theme.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget


def save_pdf(document: QTextDocument, path: Path) -> bool:
    """Write ``document`` to ``path`` as a PDF; True if a file was written."""
    path = Path(path)
    try:
        path.unlink(missing_ok=True)  # so a failure cannot pass for an old file
    except OSError:
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setDocName(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle) or path.stem)
    document.print_(printer)
    return path.is_file() and path.stat().st_size > 0


def print_with_dialog(document: QTextDocument, parent: QWidget | None = None) -> bool:
    """Ask which printer (the system's own dialog), then print; False if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    document.print_(printer)
    return True
