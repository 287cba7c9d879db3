"""The passphrase at start and the File menu's protection dialogs, as a person sees them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from fibro_desktop.app import AppContext, GuiOptions, _finish_startup, _Run, build_shell
from fibro_desktop.store import cipher
from fibro_desktop.store.database import database_path
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.encryption.protect_dialog import ProtectDialog
from fibro_desktop.ui.encryption.unlock_dialog import UnlockDialog
from tests.encryption.conftest import NOTE, OTHER, PASSPHRASE, add_episodes, episode_count


def drive_modal(kind, steps):
    """Run ``steps(dialog)`` on the next modal dialog of type ``kind``; never leave it hanging."""
    seen = {}

    def go():
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, kind), dialog
            steps(dialog, seen)
        except BaseException as exc:  # reported by the test, after the dialog is closed
            seen["error"] = exc
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, go)
    return seen


@pytest.fixture
def protected_ctx(qapp, protected_data, clock):
    from fibro_desktop.ui.preferences import Preferences, WindowState

    ctx = AppContext(protected_data, protected_data / "logs", None, clock, Preferences(protected_data),
                     WindowState(protected_data))
    ctx.preferences.set(prefs.WELCOME_SEEN, True)
    yield ctx
    if ctx.db is not None:
        ctx.db.close()


def test_start_asks_for_the_passphrase_refuses_a_wrong_one_then_opens(qapp, qtbot, protected_ctx):
    ctx = protected_ctx
    shell = build_shell(qapp, ctx, with_tray=False, defer_features=True)
    qtbot.addWidget(shell.window)
    run = _Run(GuiOptions(data_dir=str(ctx.data_dir)), qapp, ctx, shell, None)

    def steps(dialog: UnlockDialog, seen):
        assert dialog.field.echoMode() == QLineEdit.EchoMode.Password
        dialog.show_box.click()
        assert dialog.field.echoMode() == QLineEdit.EchoMode.Normal
        assert "cannot be recovered" in dialog.note.text()
        dialog.open_button.click()
        seen["empty"] = dialog.message.text()
        dialog.field.setText("not my passphrase")
        dialog.open_button.click()
        seen["wrong"] = dialog.message.text()
        seen["still_open"] = dialog.isVisible()
        dialog.field.setText(PASSPHRASE)
        dialog.open_button.click()
        seen["closed"] = not dialog.isVisible()

    seen = drive_modal(UnlockDialog, steps)
    _finish_startup(run)
    assert "error" not in seen, seen.get("error")
    assert seen["empty"] == "Please enter your passphrase."
    assert "does not open your data" in seen["wrong"] and seen["still_open"]
    assert seen["closed"] and run.finished and run.exit_code == 0
    assert episode_count(ctx.db) == 3
    change = shell.wired["encryption"].actions["change"]
    assert change.isVisible() and not shell.wired["encryption"].actions["protect"].isVisible()


def test_quitting_at_the_passphrase_leaves_the_data_untouched(qapp, qtbot, protected_ctx):
    ctx = protected_ctx
    path = database_path(ctx.data_dir)
    before = path.read_bytes()
    shell = build_shell(qapp, ctx, with_tray=False, defer_features=True)
    qtbot.addWidget(shell.window)
    run = _Run(GuiOptions(data_dir=str(ctx.data_dir)), qapp, ctx, shell, None)
    seen = drive_modal(UnlockDialog, lambda dialog, seen: dialog.quit_button.click())
    _finish_startup(run)
    assert "error" not in seen
    assert ctx.db is None and not run.finished
    assert path.read_bytes() == before


def test_protect_change_and_remove_from_the_file_menu(qapp, qtbot, shell, app_context, monkeypatch):
    ctx = app_context
    add_episodes(ctx.db)
    told = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text: told.append(text)))
    made = shell.wired["encryption"].actions
    protect, change, remove = made["protect"], made["change"], made["remove"]
    assert protect.isVisible() and not change.isVisible()

    def protect_steps(dialog: ProtectDialog, seen):
        dialog.new.setText("short")
        dialog.repeat.setText("short")
        dialog.apply_button.click()
        seen["short"] = dialog.message.text()
        dialog.new.setText(PASSPHRASE)
        dialog.repeat.setText(PASSPHRASE + "x")
        dialog.apply_button.click()
        seen["mismatch"] = dialog.message.text()
        dialog.repeat.setText(PASSPHRASE)
        dialog.apply_button.click()

    seen = drive_modal(ProtectDialog, protect_steps)
    protect.trigger()
    assert "error" not in seen, seen.get("error")
    assert "at least 8" in seen["short"] and "not the same" in seen["mismatch"]
    path = database_path(ctx.data_dir)
    assert cipher.has_plain_header(path) is False and NOTE.encode() not in path.read_bytes()
    assert told and "now protected" in told[-1]
    add_episodes(ctx.db, 1)  # the same database object keeps working for every page
    assert episode_count(ctx.db) == 4
    ctx.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert NOTE.encode() not in path.read_bytes()

    def change_steps(dialog: ProtectDialog, seen):
        dialog.current.setText("wrong current one")
        dialog.new.setText(OTHER)
        dialog.repeat.setText(OTHER)
        dialog.apply_button.click()
        seen["wrong"] = dialog.message.text()
        dialog.current.setText(PASSPHRASE)
        dialog.apply_button.click()

    seen = drive_modal(ProtectDialog, change_steps)
    change.trigger()
    assert "error" not in seen, seen.get("error")
    assert "not your current passphrase" in seen["wrong"]
    assert cipher.key_works(path, OTHER) and not cipher.key_works(path, PASSPHRASE)
    assert episode_count(ctx.db) == 4

    def remove_steps(dialog: ProtectDialog, seen):
        dialog.current.setText(OTHER)
        dialog.apply_button.click()

    seen = drive_modal(ProtectDialog, remove_steps)
    remove.trigger()
    assert "error" not in seen, seen.get("error")
    assert cipher.has_plain_header(path) is True and not cipher.marker_path(path).exists()
    assert episode_count(ctx.db) == 4


def test_a_second_launch_during_the_passphrase_dialog_brings_it_forward(qapp, qtbot, protected_ctx):
    """The single-instance channel answers while the dialog waits."""
    from PySide6.QtCore import QObject, Signal

    from fibro_desktop.store.errors import PassphraseRequired
    from fibro_desktop.wiring.encryption import unlock_at_start

    class FakeInstance(QObject):
        activated = Signal()
        listening = False

        def listen(self):
            self.listening = True

    instance = FakeInstance()
    shell = build_shell(qapp, protected_ctx, with_tray=False, defer_features=True)
    qtbot.addWidget(shell.window)

    def steps(dialog: UnlockDialog, seen):
        seen["listening"] = instance.listening
        instance.activated.emit()  # what a second launch does
        seen["visible"] = dialog.isVisible()
        dialog.field.setText(PASSPHRASE)
        dialog.open_button.click()

    seen = drive_modal(UnlockDialog, steps)
    db, problem = unlock_at_start(shell.window, protected_ctx, PassphraseRequired(), instance=instance)
    assert "error" not in seen, seen.get("error")
    assert seen["listening"] and seen["visible"] and problem is None
    assert episode_count(db) == 3
    db.close()


def test_a_failed_protection_says_so_and_the_data_goes_on_as_before(qapp, qtbot, shell, app_context, monkeypatch):
    import fibro_desktop.store.protection as protection

    ctx = app_context
    add_episodes(ctx.db)
    path = database_path(ctx.data_dir)

    def fail(*args, **kwargs):
        raise protection.ProtectionError("The new copy did not match the data exactly; nothing was changed.")

    monkeypatch.setattr(protection, "export_copy", fail)

    def steps(dialog: ProtectDialog, seen):
        dialog.new.setText(PASSPHRASE)
        dialog.repeat.setText(PASSPHRASE)
        dialog.apply_button.click()
        seen["message"] = dialog.message.text()
        seen["open"] = dialog.isVisible()

    seen = drive_modal(ProtectDialog, steps)
    shell.wired["encryption"].actions["protect"].trigger()
    assert "error" not in seen, seen.get("error")
    assert "nothing was changed" in seen["message"] and seen["open"]
    assert cipher.has_plain_header(path) is True
    add_episodes(ctx.db, 1)  # the same object, plain, still writing
    assert episode_count(ctx.db) == 4
