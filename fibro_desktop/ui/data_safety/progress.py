"""Progress with cancel for long exports and imports, in the GUI thread.

The work reports ``(done, total)`` through the callback this module gives
it; the callback updates a :class:`QProgressDialog`, lets Qt paint and
answers whether to go on. The store makes cancel safe: a cancelled export
leaves no file, a cancelled import rolls back its one transaction.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

#: Don't show the dialog at all for work shorter than this (milliseconds).
SHOW_AFTER_MS = 400


def progress_dialog(parent: QWidget | None, label: str) -> tuple[QProgressDialog, Callable[[int, int], bool]]:
    """Return a progress dialog and the ``progress(done, total) -> go on`` callback."""
    dialog = QProgressDialog(label, QCoreApplication.translate("DataSafety", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("DataSafety", "Please wait"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setAccessibleName(label)

    def progress(done: int, total: int) -> bool:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        QCoreApplication.processEvents()
        return not dialog.wasCanceled()

    return dialog, progress
