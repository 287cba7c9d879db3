"""Start-up survives a row the app cannot read (planted with raw SQL into a
real file): the tab that cannot be built says so calmly and offers a way
out, the rest of start-up still runs, and ``--smoke-test`` fails instead of
hanging."""

import json
import sqlite3

from PySide6.QtWidgets import QApplication

from fibro_desktop.app import GuiOptions, _finish_startup, _Run, build_shell
from fibro_desktop.core.changes import Changes
from fibro_desktop.store.database import database_path, open_database
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.broken_page import BrokenPage
from tests.conftest import TEST_NOW, run_cli


def plant_bad_rows(data_dir):
    """Rows the schema lets in but the pages cannot read (an old import, a hand edit)."""
    conn = sqlite3.connect(database_path(data_dir))
    with conn:
        conn.execute("INSERT INTO episode (uid, started_utc, started_offset_min, day, kind, intensity, "
                     "created_utc, updated_utc) VALUES ('bad-1', 'not a date', 60, '2026-11-24', "
                     "'spasm', 5, '2026-11-24T09:00:00Z', '2026-11-24T09:00:00Z')")
        conn.execute("INSERT INTO checkin (uid, day, mood, created_utc, updated_utc) "
                     "VALUES ('bad-2', '2026-13-45', 5, '2026-11-24T09:00:00Z', '2026-11-24T09:00:00Z')")
    conn.close()


class FakeInstance:
    """Stands in for the single-instance lock: remembers that start-up listened."""

    def __init__(self):
        self.listening = False
        from PySide6.QtCore import QObject, Signal

        class _Signals(QObject):
            activated = Signal()

        self._signals = _Signals()
        self.activated = self._signals.activated

    def listen(self):
        self.listening = True


def test_a_tab_that_cannot_read_a_row_shows_a_calm_page_and_the_rest_still_runs(
        qapp, qtbot, app_context, tmp_path, monkeypatch):
    ctx = app_context
    ctx.db.close()
    plant_bad_rows(ctx.data_dir)
    ctx.db = None
    ctx.preferences.set(prefs.WELCOME_SEEN, True)
    ctx.window_state.save_last_tab("charts")

    shell = build_shell(qapp, ctx, with_tray=False, defer_features=True)
    qtbot.addWidget(shell.window)
    instance = FakeInstance()
    run = _Run(GuiOptions(data_dir=str(ctx.data_dir)), qapp, ctx, shell, instance)
    _finish_startup(run)

    window = shell.window
    assert run.finished and run.exit_code == 0
    assert instance.listening  # a second launch still finds this window
    assert window.current_tab() == "charts"
    page = window.page("charts")
    assert isinstance(page, BrokenPage) and window.page_error("charts") is not None
    assert [b.text() for b in page.buttons] == ["Restore a backup", "Export what can be read"]
    assert "Traceback" not in page.body_label.text() and "ValueError" not in page.body_label.text()
    # The other tabs still open.
    for key in ("pacing", "relax", "toolkit"):
        assert not isinstance(window.show_tab(key), BrokenPage)

    # "Export what can be read" saves every row, the bad ones too, to the chosen file.
    out = tmp_path / "rescue.json"
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    told = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text: told.append(text)))
    page.buttons[1].click()
    assert out.exists() and told and "Saved" in told[0]
    tables = json.loads(out.read_text(encoding="utf-8"))["tables"]
    assert [r for r in tables["checkin"]["rows"] if "2026-13-45" in r]

    # "Restore a backup" opens the backups dialog.
    opened = []
    from fibro_desktop.ui.data_safety import backups_dialog

    monkeypatch.setattr(backups_dialog.BackupsDialog, "exec", lambda self: opened.append(self) or 0)
    window.show_tab("charts").buttons[0].click()
    assert opened
    ctx.db.close()


def test_a_fixed_row_lets_the_tab_build_again_after_a_data_change(qapp, qtbot, app_context):
    ctx = app_context
    ctx.db.close()
    plant_bad_rows(ctx.data_dir)
    ctx.db = open_database(ctx.data_dir, now=TEST_NOW)
    shell = build_shell(qapp, ctx, with_tray=False)
    qtbot.addWidget(shell.window)
    assert isinstance(shell.window.show_tab("charts"), BrokenPage)
    ctx.db.execute_sql("DELETE FROM checkin WHERE uid = 'bad-2'")
    ctx.db.execute_sql("DELETE FROM episode WHERE uid = 'bad-1'")
    ctx.data_events.changed.emit(Changes.everything(), None)  # as after a restore or an import
    QApplication.processEvents()
    assert shell.window.page_error("charts") is None
    assert not isinstance(shell.window.page("charts"), BrokenPage)
    ctx.db.close()


def test_smoke_test_with_an_unreadable_row_exits_non_zero_and_names_the_tab(tmp_path):
    data = tmp_path / "data"
    open_database(data, now=TEST_NOW).close()
    plant_bad_rows(data)
    result = run_cli("--smoke-test", "--data-dir", str(data), timeout=300)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "tab 'journal' failed to build" in result.stderr
    assert "tab 'charts' failed to build" in result.stderr
