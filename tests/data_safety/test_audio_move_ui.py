"""The same move through the window: File → Export… with "Include my own
recordings", then File → Import… in a fresh data folder."""

from fibro_desktop.shell import AppContext
from fibro_desktop.store.database import open_database
from fibro_desktop.store.relax import import_own_audio, own_audio
from fibro_desktop.ui.data_safety.export_dialog import ExportChoice, ExportDialog
from fibro_desktop.ui.data_safety.flows import run_export, run_import
from fibro_desktop.ui.preferences import Preferences, WindowState
from fibro_desktop.wiring.data_safety import DataSafety
from tests.conftest import TEST_NOW
from tests.data_safety.test_audio_move import _wav


def test_the_export_dialog_offers_recordings_for_json_only(qtbot):
    dialog = ExportDialog(TEST_NOW.date())
    qtbot.addWidget(dialog)
    assert dialog.choice().with_audio
    dialog.format_buttons["csv-zip"].setChecked(True)
    assert not dialog.with_audio.isEnabled() and not dialog.choice().with_audio


def test_export_with_recordings_then_import_in_a_fresh_folder(qtbot, app_context, tmp_path):
    ctx = app_context
    recording = import_own_audio(ctx.db, ctx.data_dir, _wav(tmp_path / "voice.wav"), TEST_NOW, "Voice")
    out = tmp_path / "export.json"
    shown = []
    text = run_export(None, DataSafety(ctx), choose=lambda: ExportChoice("json", None, None, True),
                      ask_path=lambda choice, suggested: out, inform=lambda *a: shown.append(a))
    assert "export-audio.zip" in text and shown[-1][3] is True

    new_dir = tmp_path / "new"
    new_db = open_database(new_dir, now=TEST_NOW)
    new_ctx = AppContext(data_dir=new_dir, log_dir=new_dir / "logs", db=new_db, clock=ctx.clock,
                         preferences=Preferences(new_dir), window_state=WindowState(new_dir))
    try:
        text = run_import(None, DataSafety(new_ctx), ask_path=lambda: out, confirm=lambda question: True,
                          inform=lambda *a: shown.append(a))
        assert "1 recording was brought" in text and shown[-1][3] is True
        [moved] = own_audio(new_db)
        assert moved.file_name == recording.file_name
        assert (new_dir / "audio" / moved.file_name).read_bytes() == \
            (ctx.data_dir / "audio" / recording.file_name).read_bytes()
    finally:
        new_db.close()


def test_the_window_asks_before_replacing_an_archive_beside(qtbot, app_context, tmp_path):
    ctx = app_context
    import_own_audio(ctx.db, ctx.data_dir, _wav(tmp_path / "voice.wav"), TEST_NOW, "Voice")
    out = tmp_path / "export.json"
    (tmp_path / "export-audio.zip").write_bytes(b"kept")
    asked = []
    text = run_export(None, DataSafety(ctx), choose=lambda: ExportChoice("json", None, None, True),
                      ask_path=lambda choice, suggested: out, inform=lambda *a: None,
                      confirm_replace=lambda path: asked.append(path.name) or False)
    assert text is None and asked == ["export-audio.zip"]
    assert (tmp_path / "export-audio.zip").read_bytes() == b"kept" and not out.exists()
