"""Long operations off the GUI thread, with progress and cancel.

:func:`run_in_background` runs an operation (import, export…) in a worker
thread while a :class:`QProgressDialog` shows how far it got; the window
keeps painting and the person can cancel. It waits in a local event loop
(as a modal dialog does), so the caller gets the value back or the
operation's exception raised here, exactly as if it had run in place, and
the change is announced once, on the GUI thread, with its origin.

SQLite connections belong to their thread: peewee opens one for the worker
when the operation first touches the database (same pragmas, same key), and
the runner closes it when the work ends, so none is left open
(:mod:`fibro_desktop.store.live_file` counts them). The store makes cancel
safe: a cancelled export leaves no file, a cancelled import rolls back its
one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from fibro_desktop.core.changes import Changes
from fibro_desktop.ui.events import DataEvents
from fibro_desktop.ui.operations import announce

T = TypeVar("T")

#: ``progress(done, total, text="") -> go on``: what a long operation is given
#: to report (``text``, when given, replaces the dialog's label).
Progress = Callable[..., bool]
#: Don't show the dialog at all for work shorter than this (milliseconds).
SHOW_AFTER_MS = 400


class _Worker(QThread):
    progressed = Signal(int, int, str)

    def __init__(self, op: Callable[[Progress], tuple[Any, Changes]], db: Any):
        super().__init__()
        self._op = op
        self._db = db
        self.cancelled = False
        self.outcome: tuple[Any, Changes] | None = None
        self.error: BaseException | None = None

    def _progress(self, done: int, total: int, text: str = "") -> bool:
        self.progressed.emit(done, total, text)  # queued to the dialog in the GUI thread
        return not self.cancelled

    def run(self) -> None:  # the worker thread
        try:
            self.outcome = self._op(self._progress)
        except BaseException as exc:  # handed to the GUI thread, raised there
            self.error = exc
        finally:
            if self._db is not None and not self._db.is_closed():
                self._db.close()  # this thread's own connection only


def progress_dialog(parent: QWidget | None, label: str) -> QProgressDialog:
    """The calm "Please wait" box with a Cancel button, shown only for long work."""
    dialog = QProgressDialog(label, QCoreApplication.translate("DataSafety", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("DataSafety", "Please wait"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setAccessibleName(label)
    return dialog


def run_in_background(events: DataEvents | None, op: Callable[[Progress], tuple[T, Changes]], *,
                      origin: object, label: str, parent: QWidget | None = None, db: Any = None,
                      cancellable: bool = True,
                      on_dialog: Callable[[QProgressDialog], None] | None = None) -> T:
    """Run ``op(progress)`` in a worker thread with a progress dialog; return
    its value (or raise its exception) here, then announce its changes.

    ``db``: the database whose per-thread connection the worker may open
    (closed when the work ends). ``cancellable=False`` for work that cannot
    stop halfway (no Cancel button that would do nothing). ``on_dialog``
    sees the dialog once it exists (tests press Cancel through it). Refused
    while the data file is being replaced (``ClosedForMaintenance``)."""
    if events is not None:
        events.maintenance.check()
    dialog = progress_dialog(parent, label)
    if not cancellable:
        dialog.setCancelButton(None)
    worker = _Worker(op, db)

    def show(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        if text:
            dialog.setLabelText(text)
        # The worker only reads a plain flag, never the dialog (another thread's object).
        worker.cancelled = worker.cancelled or dialog.wasCanceled()

    def cancel() -> None:
        worker.cancelled = True

    worker.progressed.connect(show)
    dialog.canceled.connect(cancel)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    if on_dialog is not None:
        on_dialog(dialog)
        worker.cancelled = dialog.wasCanceled()
    worker.start()
    loop.exec()
    worker.wait()
    dialog.close()
    # Both go in the event loop, not whenever Python's collector finds them
    # (a collection inside a Qt call once froze the app, see ui/idle_gc.py).
    error, outcome = worker.error, worker.outcome
    dialog.deleteLater()
    worker.deleteLater()
    if error is not None:
        raise error
    assert outcome is not None
    value, changes = outcome
    if events is not None:
        announce(events, changes, origin=origin)
    return value
