"""Start at login on all three systems (issue 17), written into a temporary
home and a fake registry: never the person's real ones."""

import plistlib
import sys

import pytest

from fibro_desktop.ui import autostart
from fibro_desktop.ui.settings_dialog import SettingsDialog

COMMAND = ["/opt/Fibro Desktop/fibro-desktop", "--minimized"]


def test_the_start_command_starts_this_installation_in_the_tray():
    assert autostart.start_command("/usr/bin/python3", frozen=False) == [
        "/usr/bin/python3", "-m", "fibro_desktop", "--minimized"]
    assert autostart.start_command("C:\\Fibro\\fibro-desktop.exe", frozen=True) == [
        "C:\\Fibro\\fibro-desktop.exe", "--minimized"]


def test_xdg_autostart_entry_in_xdg_config_home(tmp_path):
    config_home = tmp_path / "config"
    entry = autostart.for_this_system("linux", {"XDG_CONFIG_HOME": str(config_home)}, tmp_path / "home", COMMAND)
    assert not entry.is_enabled()
    entry.enable()
    path = config_home / "autostart" / "fibro-desktop.desktop"
    text = path.read_text("utf-8")
    assert text.startswith("[Desktop Entry]\n") and "Type=Application\n" in text
    assert 'Exec="/opt/Fibro Desktop/fibro-desktop" --minimized\n' in text  # quoted: the path has a space
    assert entry.is_enabled()
    entry.disable()
    assert not path.exists() and not entry.is_enabled()
    entry.disable()  # already off: nothing to do, no error


def test_xdg_without_config_home_uses_dot_config_and_respects_the_desktop_turning_it_off(tmp_path):
    home = tmp_path / "home"
    for environ in ({}, {"XDG_CONFIG_HOME": "relative/ignored"}):
        entry = autostart.for_this_system("linux", environ, home, COMMAND)
        assert entry.path == home / ".config" / "autostart" / "fibro-desktop.desktop"
    entry.enable()
    # GNOME Tweaks / KDE's startup settings switch an entry off in the file itself.
    entry.path.write_text(entry.path.read_text("utf-8") + "Hidden=true\n", "utf-8")
    assert not entry.is_enabled()


def test_macos_launch_agent_for_this_user(tmp_path):
    agent = autostart.for_this_system("darwin", {}, tmp_path, COMMAND)
    agent.enable()
    path = tmp_path / "Library" / "LaunchAgents" / "org.fibrodesktop.FibroDesktop.plist"
    with path.open("rb") as file:
        written = plistlib.load(file)
    assert written["Label"] == "org.fibrodesktop.FibroDesktop"
    assert written["ProgramArguments"] == COMMAND and written["RunAtLoad"] is True
    assert agent.is_enabled()
    agent.disable()
    assert not path.exists() and not agent.is_enabled()


class FakeWinreg:
    """The part of ``winreg`` used, over a dict: {key path: {name: value}}."""

    HKEY_CURRENT_USER = "HKCU"
    REG_SZ = 1
    KEY_SET_VALUE = 2

    def __init__(self):
        self.keys = {}

    class Key:
        def __init__(self, values):
            self.values = values

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    def OpenKey(self, root, path, _reserved=0, _access=0):  # noqa: N802 (winreg's names)
        if (root, path) not in self.keys:
            raise FileNotFoundError(path)
        return self.Key(self.keys[(root, path)])

    def CreateKey(self, root, path):  # noqa: N802
        return self.Key(self.keys.setdefault((root, path), {}))

    def QueryValueEx(self, key, name):  # noqa: N802
        if name not in key.values:
            raise FileNotFoundError(name)
        return key.values[name], self.REG_SZ

    def SetValueEx(self, key, name, _reserved, kind, value):  # noqa: N802
        assert kind == self.REG_SZ
        key.values[name] = value

    def DeleteValue(self, key, name):  # noqa: N802
        if name not in key.values:
            raise FileNotFoundError(name)
        del key.values[name]


def test_windows_run_key_for_this_user_only():
    registry = FakeWinreg()
    run = autostart.WindowsRunKey(registry, ["C:\\Program Files\\Fibro Desktop\\fibro-desktop.exe", "--minimized"])
    assert not run.is_enabled()
    run.enable()
    values = registry.keys[("HKCU", r"Software\Microsoft\Windows\CurrentVersion\Run")]
    assert values == {"Fibro Desktop": '"C:\\Program Files\\Fibro Desktop\\fibro-desktop.exe" --minimized'}
    assert run.is_enabled()
    run.disable()
    assert values == {} and not run.is_enabled()
    run.disable()  # already off


@pytest.mark.skipif(sys.platform == "win32", reason="the real winreg would be used")
def test_for_this_system_on_windows_uses_winreg(monkeypatch):
    fake = FakeWinreg()
    monkeypatch.setitem(sys.modules, "winreg", fake)
    assert isinstance(autostart.for_this_system("win32", {}, None, COMMAND), autostart.WindowsRunKey)


def test_settings_switch_start_at_login(app_context, qtbot, tmp_path):
    entry = autostart.XdgAutostart(tmp_path / "config", COMMAND)
    dialog = SettingsDialog(app_context.preferences, autostart=entry)
    qtbot.addWidget(dialog)
    assert not dialog.start_at_login.isChecked()
    dialog.start_at_login.setChecked(True)
    dialog.accept()
    assert entry.is_enabled()
    again = SettingsDialog(app_context.preferences, autostart=entry)
    qtbot.addWidget(again)
    assert again.start_at_login.isChecked()  # read back from the file itself
    again.start_at_login.setChecked(False)
    again.accept()
    assert not entry.path.exists()


def test_settings_say_plainly_when_start_at_login_cannot_be_written(app_context, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    blocked = tmp_path / "config"
    blocked.write_text("a file where the folder should be")
    entry = autostart.XdgAutostart(blocked, COMMAND)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    dialog = SettingsDialog(app_context.preferences, autostart=entry)
    qtbot.addWidget(dialog)
    dialog.start_at_login.setChecked(True)
    dialog.accept()
    assert said and "could not be changed" in said[0] and "Traceback" not in said[0]
    assert dialog.result() != dialog.DialogCode.Accepted


def test_without_a_backend_the_switch_is_not_offered(app_context, qtbot):
    dialog = SettingsDialog(app_context.preferences)
    qtbot.addWidget(dialog)
    assert dialog.start_at_login.isHidden()
