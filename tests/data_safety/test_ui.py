"""The data-safety dialogs and flows as a person meets them."""

import json
import threading
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from fibro_desktop.core.changes import Changes
from fibro_desktop.store.database import database_path
from fibro_desktop.store.meta import set_meta
from fibro_desktop.ui.data_safety.backups_dialog import BackupsDialog
from fibro_desktop.ui.data_safety.export_dialog import ExportChoice, ExportDialog
from fibro_desktop.ui.data_safety.flows import run_export, run_import
from fibro_desktop.ui.data_safety.problem_dialog import RESTORE, DataProblemDialog
from fibro_desktop.wiring.data_safety import DataSafety, recover_at_start
from tests.data_safety import journal_schema


def texts(widget):
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def episodes(db):
    return db.execute_sql("SELECT count(*) FROM episode").fetchone()[0]


def test_the_file_menu_offers_export_import_and_backups(shell):
    names = [a.text().replace("&", "") for a in shell.menus["file"].actions() if a.text()]
    start = names.index("Export…")  # after the entries for a bad moment (tests/ui/test_features.py)
    assert names[start:start + 3] == ["Export…", "Import…", "Backups and restore…"]
    assert names[-1] == "Quit"


def test_backups_dialog_starts_empty_then_lists_a_new_backup(qtbot, app_context):
    journal_schema.fill(app_context.db, app_context.clock.now(), days=5)
    dialog = BackupsDialog(DataSafety(app_context))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "No backups yet" in texts(dialog)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Made by you"
    assert "5 check-ins" in dialog.table.item(0, 2).text()
    assert "Backup made and checked" in dialog.status.text()
    assert dialog.restore_button.isEnabled()


def test_restoring_from_the_dialog_brings_data_back_and_tells_every_view(qtbot, app_context):
    db = app_context.db
    journal_schema.fill(db, app_context.clock.now(), days=5)
    safety = DataSafety(app_context)
    safety.back_up("manual")
    before = episodes(db)
    db.execute_sql("DELETE FROM episode")
    app_context.clock.advance(60)
    dialog = BackupsDialog(safety)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(app_context.data_events.changed) as changed:
        assert dialog.restore_selected(confirm=False)
    assert changed.args[0] == Changes.everything()
    assert episodes(db) == before
    assert "restored" in dialog.status.text()
    assert dialog.table.rowCount() == 2  # the backup and the one made before restoring
    assert dialog.table.item(0, 1).text() == "Before a restore"


def test_the_second_folder_is_remembered_and_receives_copies(qtbot, app_context, tmp_path):
    safety = DataSafety(app_context)
    dialog = BackupsDialog(safety)
    qtbot.addWidget(dialog)
    assert "off" in dialog.second_label.text() and not dialog.stop_second.isEnabled()
    dialog._set_second_folder(str(tmp_path / "sync"))
    assert str(tmp_path / "sync") in dialog.second_label.text()
    dialog.back_up_now()
    assert len(list((tmp_path / "sync").iterdir())) == 1


def test_the_daily_backup_happens_once_a_day_and_the_exit_backup_after_changes(app_context):
    safety = DataSafety(app_context)
    assert safety.start_backup_if_due(in_thread=False)
    assert not safety.start_backup_if_due(in_thread=False)
    assert not safety.exit_backup_if_due()  # nothing changed
    set_meta(app_context.db, "something", "changed", app_context.clock.now())
    app_context.clock.advance(10 * 60)
    assert not safety.exit_backup_if_due()  # changed, but only 10 minutes ago
    app_context.clock.advance(25 * 60)
    assert safety.exit_backup_if_due()
    app_context.clock.advance(24 * 3600)
    assert safety.start_backup_if_due(in_thread=True)
    safety.exit_backup_if_due()  # waits for the thread
    reasons = [b.reason for b in safety.list_backups()]
    assert reasons == ["daily", "exit"]  # newest first; one per day is kept, so day 1's first went


def test_the_export_dialog_checks_the_range_next_to_the_fields(qtbot):
    dialog = ExportDialog(date(2026, 11, 24))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.choice() == ExportChoice("json", None, None, with_audio=True)  # recordings: on by default
    assert not dialog.start.isEnabled()
    dialog.limit.setChecked(True)
    assert dialog.start.isEnabled()
    dialog.start.setDate(dialog.end.date().addDays(3))
    dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "after the last day" in dialog.error.text()
    dialog.format_buttons["csv-zip"].setChecked(True)
    dialog.start.setDate(dialog.end.date().addDays(-6))
    assert dialog.choice() == ExportChoice("csv-zip", date(2026, 11, 18), date(2026, 11, 24))


def test_export_then_import_through_the_flows(qtbot, app_context, tmp_path, shell):
    db = app_context.db
    journal_schema.fill(db, app_context.clock.now(), days=5)
    safety = DataSafety(app_context)
    shown = []
    out = tmp_path / "out.json"
    message = run_export(shell.window, safety, choose=lambda: ExportChoice("json", None, None),
                         ask_path=lambda choice, suggested: out, inform=lambda *a: shown.append(a))
    assert message.startswith("Exported") and str(out) in message
    assert json.loads(out.read_text())["tables"]["episode"]["rows"]
    again = run_import(shell.window, safety, ask_path=lambda: out, confirm=lambda q: "Import" in q,
                       inform=lambda *a: shown.append(a))
    assert again.startswith("Imported 0 new entries")
    assert [s[3] for s in shown] == [True, True]


def test_a_bad_import_is_explained_and_changes_nothing(qtbot, app_context, tmp_path, shell):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "fibro-desktop-export", "version": 9, "schema_version": 1, "tables": {}}')
    shown = []
    message = run_import(shell.window, DataSafety(app_context), ask_path=lambda: bad,
                         confirm=lambda q: True, inform=lambda *a: shown.append(a))
    assert "Nothing was imported" in message and "newer version" in message
    assert shown[0][3] is False


def test_cancel_on_the_progress_dialog_stops_the_work(qtbot, app_context):
    from fibro_desktop.ui.background import run_in_background

    answers, threads, announced = [], [], []
    app_context.data_events.changed.connect(lambda changes, origin: announced.append(changes))

    def work(progress):
        threads.append(threading.current_thread())
        answers.append(progress(1, 10))
        return "done", Changes.everything()

    value = run_in_background(app_context.data_events, work, origin=None, label="Exporting",
                              on_dialog=lambda box: box.cancel())
    assert answers == [False] and threads[0] is not threading.main_thread()
    assert value == "done" and announced == [Changes.everything()]  # announced once, on the GUI thread


def test_work_in_the_background_raises_its_error_here_and_announces_nothing(qtbot, app_context):
    from fibro_desktop.ui.background import run_in_background

    announced = []
    app_context.data_events.changed.connect(lambda changes, origin: announced.append(changes))

    def work(progress):
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        run_in_background(app_context.data_events, work, origin=None, label="Importing")
    assert announced == []


def test_a_cancelled_export_writes_nothing(qtbot, app_context, tmp_path, shell):
    db = app_context.db
    journal_schema.fill(db, app_context.clock.now(), days=5)
    out = tmp_path / "out.json"
    message = run_export(shell.window, DataSafety(app_context), choose=lambda: ExportChoice("json", None, None),
                         ask_path=lambda choice, suggested: out, inform=lambda *a: None,
                         on_progress=lambda box: box.cancel())
    assert message == "Export cancelled. Nothing was written."
    assert not out.exists()


def test_the_problem_dialog_speaks_plainly_and_offers_ways_out(qtbot):
    dialog = DataProblemDialog("damaged", "file is not a database", None, lambda parent: "")
    qtbot.addWidget(dialog)
    dialog.show()
    text = texts(dialog)
    assert "damaged" in text and "has not been changed" in text
    assert "no good backup" in text
    assert not dialog.restore_button.isEnabled() and dialog.export_button.isDefault()
    newer = DataProblemDialog("newer", "x", None, lambda parent: "")
    qtbot.addWidget(newer)
    assert "newer version" in newer.explanation.text()


class Chooses:
    """A stand-in for the problem dialog that saves what can be read, then picks."""

    def __init__(self, choice, save=True):
        self.choice_to_make, self.save = choice, save

    def __call__(self, state, details, best, export, parent):
        self.state, self.best, self.export = state, best, export
        self.saved = export(parent) if self.save else None
        self.choice = self.choice_to_make
        return self

    def exec(self):
        return 0


def test_at_start_a_damaged_file_can_be_saved_and_the_latest_backup_restored(qtbot, app_context, tmp_path):
    db = app_context.db
    journal_schema.fill(db, app_context.clock.now(), days=5)
    safety = DataSafety(app_context)
    safety.back_up("manual")
    count = episodes(db)
    db.close()
    path = database_path(app_context.data_dir)
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2:len(raw) // 2 + 4096] = b"\xff" * 4096
    path.write_bytes(bytes(raw))
    chooser = Chooses(RESTORE)
    rescued = tmp_path / "rescue.json"
    restored = recover_at_start(None, app_context, RuntimeError("damaged"), dialog_factory=chooser,
                                ask_export_path=lambda: rescued)
    assert chooser.state == "damaged" and chooser.best is not None
    assert chooser.saved.startswith("Saved") and rescued.exists()
    assert episodes(restored) == count
    restored.close()
    assert any(p.name.startswith("damaged-") for p in (app_context.data_dir / "backups").iterdir())


def test_at_start_quitting_leaves_the_file_untouched(qtbot, app_context):
    app_context.db.close()
    path = database_path(app_context.data_dir)
    path.write_bytes(b"garbage" * 500)
    assert recover_at_start(None, app_context, RuntimeError("x"), dialog_factory=Chooses("quit", save=False)) is None
    assert path.read_bytes() == b"garbage" * 500


def test_the_wiring_loads_nothing_of_the_store_before_the_first_paint():
    """wiring.FEATURES is imported before the window paints; peewee must wait."""
    import subprocess
    import sys

    from tests.conftest import REPO_ROOT

    probe = ("import sys; from fibro_desktop.wiring import data_safety; "
             "print(sorted(m for m in sys.modules if m == 'peewee' or m.startswith('fibro_desktop.store.')))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO_ROOT)
    assert result.stdout.strip() == "['fibro_desktop.store.files']", result.stderr
