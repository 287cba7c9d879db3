"""An export never replaces the data, and never a file without asking."""

import json

from fibro_desktop.store.database import database_path
from fibro_desktop.store.export import target_in_data_folder, target_taken
from fibro_desktop.ui.data_safety.export_dialog import ExportChoice
from fibro_desktop.ui.data_safety.flows import run_export
from fibro_desktop.wiring.data_safety import DataSafety
from tests.data_safety import journal_schema


def _fill(app_context):
    journal_schema.fill(app_context.db, app_context.clock.now(), days=3)


def _export(shell, app_context, path, kind="json", confirm=None):
    shown, asked = [], []

    def confirm_replace(p):
        asked.append(p)
        return confirm

    message = run_export(shell.window, DataSafety(app_context), choose=lambda: ExportChoice(kind, None, None),
                         ask_path=lambda choice, suggested: path, inform=lambda *a: shown.append(a),
                         confirm_replace=confirm_replace)
    return message, shown, asked


def test_the_data_folder_and_the_live_file_are_recognised(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    live = database_path(data)
    live.write_bytes(b"x")
    (tmp_path / "hard").hardlink_to(live)
    (tmp_path / "soft").symlink_to(data)
    for inside in (data, live, data / "backups" / "a.json", tmp_path / "hard", tmp_path / "soft" / "a.json",
                   data / ".." / "data" / "a.json"):
        assert target_in_data_folder(inside, data), inside
    assert not target_in_data_folder(tmp_path / "export.json", data)
    assert not target_in_data_folder(tmp_path / "data-export.json", data)


def test_what_counts_as_taken(tmp_path):
    assert not target_taken(tmp_path / "new.json")
    (tmp_path / "empty").mkdir()
    assert not target_taken(tmp_path / "empty")
    (tmp_path / "file.json").write_text("x")
    assert target_taken(tmp_path / "file.json") and target_taken(tmp_path)


def test_the_gui_export_refuses_the_data_folder_and_leaves_the_data_alone(qtbot, app_context, shell):
    _fill(app_context)
    live = database_path(app_context.data_dir)
    before = live.read_bytes()
    for path in (live, app_context.data_dir / "export.json"):
        message, shown, asked = _export(shell, app_context, path, confirm=True)
        assert "inside Fibro Desktop's own data folder" in message and "Nothing was written" in message
        assert shown[0][3] is False and not asked
    assert live.read_bytes() == before
    assert not (app_context.data_dir / "export.json").exists()


def test_the_gui_export_asks_before_replacing_a_file(qtbot, app_context, shell, tmp_path):
    _fill(app_context)
    out = tmp_path / "mine.json"
    out.write_text("my own notes")
    message, shown, asked = _export(shell, app_context, out, confirm=False)
    assert asked == [out] and message is None and not shown
    assert out.read_text() == "my own notes"
    message, shown, asked = _export(shell, app_context, out, confirm=True)
    assert asked == [out] and message.startswith("Exported")
    assert json.loads(out.read_text())["format"] == "fibro-desktop-export"
    fresh = tmp_path / "fresh.json"
    message, shown, asked = _export(shell, app_context, fresh, confirm=True)
    assert not asked and fresh.exists()


def test_a_taken_csv_folder_gets_a_new_name_next_to_it(qtbot, app_context, shell, tmp_path):
    _fill(app_context)
    taken = tmp_path / "fibro-export"
    taken.mkdir()
    (taken / "notes.txt").write_text("mine")
    message, shown, asked = _export(shell, app_context, taken, kind="csv-folder")
    assert message.startswith("Exported") and not asked
    assert (taken / "notes.txt").read_text() == "mine" and len(list(taken.iterdir())) == 1
    assert (tmp_path / "fibro-export (2)" / "checkin.csv").exists()


def test_saving_what_can_be_read_at_start_never_goes_over_the_damaged_file(qtbot, app_context):
    from fibro_desktop.wiring.data_safety import recover_at_start
    from tests.data_safety.test_ui import Chooses

    app_context.db.close()
    live = database_path(app_context.data_dir)
    live.write_bytes(b"garbage" * 500)
    chooser = Chooses("quit")
    assert recover_at_start(None, app_context, RuntimeError("x"), dialog_factory=chooser,
                            ask_export_path=lambda: live) is None
    assert "inside Fibro Desktop's own data folder" in chooser.saved
    assert live.read_bytes() == b"garbage" * 500


def test_the_report_command_never_writes_over_the_data(tmp_path):
    from tests.conftest import run_cli
    from tests.data_safety.test_cli_data_safety import make_data

    data = tmp_path / "data"
    make_data(data)
    live = database_path(data)
    before = live.read_bytes()
    result = run_cli("report", "--out", str(live), "--data-dir", str(data))
    assert result.returncode == 2 and "inside the data folder" in result.stdout
    assert live.read_bytes() == before
