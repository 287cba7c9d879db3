"""A passphrase change runs off the GUI thread, "closed for maintenance":
a write that comes meanwhile never reaches the old file and is not lost
(issue 14). The GUI thread keeps running its timers during the change, so
the test makes the writes happen right in the middle of it."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, Signal, Slot

from fibro_desktop.core.changes import Area, Changes
from fibro_desktop.core.intents import RoutineProgress
from fibro_desktop.core.journal.records import Episode
from fibro_desktop.core.toolkit.routine import RoutineKind
from fibro_desktop.ops import journal as journal_ops
from fibro_desktop.store import protection
from fibro_desktop.store import routine as routine_store
from fibro_desktop.store.database import passphrase_of
from fibro_desktop.ui.maintenance import ClosedForMaintenance, Maintenance
from fibro_desktop.ui.operations import run, run_when_open
from fibro_desktop.ui.write_errors import write_failure_text
from fibro_desktop.wiring import pacing as pacing_wiring
from fibro_desktop.wiring.encryption import change_protection
from tests.conftest import TEST_NOW
from tests.encryption.conftest import PASSPHRASE, add_episodes, episode_count


class _InGuiThread(QObject):
    """Runs a function in the GUI thread when the worker asks, and tells it when done."""

    asked = Signal()

    def __init__(self, work):
        super().__init__()
        self._work = work
        self.done = threading.Event()
        self.asked.connect(self.run)

    @Slot()
    def run(self):
        try:
            self._work()
        finally:
            self.done.set()


@pytest.fixture
def shell(qapp, app_context):
    """The built app, deleted afterwards: its timers (the restock note a few
    seconds after start, the pacing timer) must not open this test's data,
    protected now, during a later test."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from fibro_desktop.shell import build_shell

    built = build_shell(qapp, app_context, with_tray=False)
    yield built
    built.window.close()
    built.window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def water(ctx) -> int:
    return routine_store.routine_day(ctx.db, TEST_NOW.date()).line_for_kind(RoutineKind.WATER).amount


def test_writes_during_a_passphrase_change_wait_for_the_new_file_or_are_refused(shell, app_context, monkeypatch):
    ctx = app_context
    add_episodes(ctx.db)
    seen = {}

    def in_the_middle():  # the GUI thread, while the worker converts the file
        seen["closed"] = ctx.data_events.maintenance.closed
        # Another tab's progress (nobody waits for it): kept for the new file.
        ctx.intents.routine_progress.emit(RoutineProgress(RoutineKind.WATER, 1))
        # A break ending on the pacing timer: its writes wait too.
        shell.state(pacing_wiring.FEATURE).driver.save_desk_time()
        # A person's Save: refused in plain words, nothing written.
        try:
            run(ctx.data_events, lambda: journal_ops.save_episode(
                ctx.db, Episode(started=TEST_NOW, kind="cramp", intensity=4), TEST_NOW)[1], origin=None)
        except ClosedForMaintenance as exc:
            seen["refused"] = write_failure_text(exc)
        # Nothing above reopened the old file.
        seen["old_file_untouched"] = ctx.db.is_closed()

    helper = _InGuiThread(in_the_middle)
    real_swap = protection._swap

    def swap(*args, **kwargs):  # the worker thread: the new copy is made, the old file still in place
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        helper.asked.emit()
        assert helper.done.wait(30), "the GUI thread did not run while the file was converted"
        return real_swap(*args, **kwargs)

    # Without the gate, a write here went into the old file after its copy
    # was made, and the swap threw it away.
    monkeypatch.setattr(protection, "_swap", swap)
    problem, result = change_protection(shell, ctx, None, PASSPHRASE)

    assert problem is None and result is not None
    assert seen["worker"] and seen["closed"] and seen["old_file_untouched"]
    assert "changing how your data is protected" in seen["refused"]
    assert "What you entered is still here" in seen["refused"]
    assert passphrase_of(ctx.db) == PASSPHRASE
    assert water(ctx) == 1  # the waiting write landed, in the new (protected) file
    assert episode_count(ctx.db) == 3  # the refused one did not
    assert not ctx.data_events.maintenance.closed


def test_a_failed_change_opens_the_gate_and_runs_the_waiting_writes_on_the_old_key(
        shell, app_context, monkeypatch):
    ctx = app_context

    def two_glasses():
        routine_store.add_routine_progress(ctx.db, TEST_NOW, RoutineKind.WATER, 2)
        return Changes.of(Area.ROUTINE)

    helper = _InGuiThread(lambda: run_when_open(ctx.data_events, two_glasses, origin=None))

    def fail(*args, **kwargs):  # the worker thread
        helper.asked.emit()
        assert helper.done.wait(30)
        raise protection.ProtectionError("The new copy did not match the data exactly; nothing was changed.")

    monkeypatch.setattr(protection, "convert_database", fail)
    problem, result = change_protection(shell, ctx, None, PASSPHRASE)
    assert result is None and "did not match" in problem
    assert passphrase_of(ctx.db) is None and water(ctx) == 2


def test_the_gate_refuses_or_keeps_writes_in_order_while_closed():
    gate, ran = Maintenance(), []
    assert gate.when_open(lambda: ran.append("now"))
    with gate.closed_for("Busy with your data file."):
        with pytest.raises(ClosedForMaintenance, match="Busy with your data file."):
            gate.check()
        assert not gate.when_open(lambda: ran.append("first"))
        assert not gate.when_open(lambda: ran.append("second"))
        assert ran == ["now"]
    assert ran == ["now", "first", "second"] and not gate.closed
