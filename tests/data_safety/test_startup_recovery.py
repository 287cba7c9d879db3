"""Start-up with a damaged data file, through app.py's real second step."""

from fibro_desktop.app import GuiOptions, _finish_startup, _Run, build_shell
from fibro_desktop.store.database import database_path
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.data_safety import problem_dialog
from fibro_desktop.wiring.data_safety import DataSafety
from tests.data_safety import journal_schema


class PickRestore:
    """Stands in for the dialog: remembers what it was told, picks Restore."""

    seen: dict = {}

    def __init__(self, state, details, best, export, parent):
        PickRestore.seen = {"state": state, "best": best}
        self.choice = problem_dialog.RESTORE

    def exec(self):
        return 1


def test_a_damaged_file_at_start_is_restored_from_the_latest_backup_and_the_app_goes_on(
        qapp, qtbot, app_context, monkeypatch):
    ctx = app_context
    journal_schema.fill(ctx.db, ctx.clock.now(), days=4)
    DataSafety(ctx).back_up("manual")
    ctx.db.close()
    ctx.db = None
    path = database_path(ctx.data_dir)
    path.write_bytes(b"scrambled by a failing disk" * 300)
    ctx.preferences.set(prefs.WELCOME_SEEN, True)
    monkeypatch.setattr(problem_dialog, "DataProblemDialog", PickRestore)

    shell = build_shell(qapp, ctx, with_tray=False, defer_features=True)
    qtbot.addWidget(shell.window)
    run = _Run(GuiOptions(data_dir=str(ctx.data_dir)), qapp, ctx, shell, None)
    _finish_startup(run)

    assert PickRestore.seen["state"] == "damaged" and PickRestore.seen["best"] is not None
    assert run.finished and run.exit_code == 0
    assert ctx.db.execute_sql("SELECT count(*) FROM checkin").fetchone()[0] == 4
    assert any(p.name.startswith("damaged-") for p in (ctx.data_dir / "backups").iterdir())
    ctx.db.close()
