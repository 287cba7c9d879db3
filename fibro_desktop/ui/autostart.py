"""Start Fibro Desktop when the person logs in, quietly (issue 17).

One small backend per system, each writing only in the person's own
settings (never for all users, never with administrator rights):

* Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/fibro-desktop.desktop``
  (``~/.config`` when the variable is unset), as the XDG Autostart
  specification says.
* macOS: a per-user LaunchAgent, ``~/Library/LaunchAgents/<label>.plist``
  with ``RunAtLoad``; launchd reads it at the next login.
* Windows: the value "Fibro Desktop" under the per-user Run key,
  ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``.

The file or registry value is the only record: the Settings read it back,
so removing it by hand is respected. Every backend takes its home, folder
or registry module as an argument, so tests use a temporary home and a fake
registry, never the real ones. The command line ends with ``--minimized``:
the app starts in the tray (or minimised where there is none).
"""

from __future__ import annotations

import os
import plistlib
import sys
from collections.abc import Sequence
from pathlib import Path

#: The flag that starts the app without showing its window (see cli.window_options).
MINIMIZED_FLAG = "--minimized"
DESKTOP_FILE_NAME = "fibro-desktop.desktop"
LAUNCH_AGENT_LABEL = "org.fibrodesktop.FibroDesktop"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "Fibro Desktop"


def start_command(executable: str = sys.executable, frozen: bool | None = None) -> list[str]:
    """How to start this very installation, in the tray."""
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    if frozen:  # the bundled app is its own executable
        return [executable, MINIMIZED_FLAG]
    return [executable, "-m", "fibro_desktop", MINIMIZED_FLAG]


class XdgAutostart:
    """An XDG autostart entry (Linux desktops: GNOME, KDE, Xfce, ...)."""

    def __init__(self, config_home: Path, command: Sequence[str]):
        self.path = config_home / "autostart" / DESKTOP_FILE_NAME
        self._command = list(command)

    def is_enabled(self) -> bool:
        if not self.path.is_file():
            return False
        try:
            text = self.path.read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            return False
        # Turned off by the desktop's own startup settings: Hidden=true.
        return "\nHidden=true" not in text and "\nX-GNOME-Autostart-enabled=false" not in text

    def enable(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        exec_line = " ".join(_desktop_quote(arg) for arg in self._command)
        self.path.write_text(
            "[Desktop Entry]\n"
            "Type=Application\n"
            "Name=Fibro Desktop\n"
            "Comment=Break timer and spasm journal, started quietly in the tray\n"
            f"Exec={exec_line}\n"
            "Icon=fibro-desktop\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n", "utf-8")

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


def _desktop_quote(arg: str) -> str:
    """Quote one argument for a desktop entry's Exec line."""
    if arg and not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`%'):
        return arg
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped}"'.replace("%", "%%")


class LaunchAgent:
    """A per-user LaunchAgent (macOS)."""

    def __init__(self, home: Path, command: Sequence[str]):
        self.path = home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"
        self._command = list(command)

    def is_enabled(self) -> bool:
        try:
            with self.path.open("rb") as file:
                agent = plistlib.load(file)
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return bool(agent.get("RunAtLoad")) and not agent.get("Disabled", False)

    def enable(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        agent = {"Label": LAUNCH_AGENT_LABEL, "ProgramArguments": self._command, "RunAtLoad": True,
                 "ProcessType": "Interactive", "LimitLoadToSessionType": "Aqua"}
        with self.path.open("wb") as file:
            plistlib.dump(agent, file)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


class WindowsRunKey:
    """A value under the per-user Run key (Windows), through ``winreg``."""

    def __init__(self, winreg, command: Sequence[str]):
        self._winreg = winreg
        self._command = list(command)

    def is_enabled(self) -> bool:
        try:
            with self._winreg.OpenKey(self._winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                value, _kind = self._winreg.QueryValueEx(key, RUN_VALUE)
        except OSError:  # FileNotFoundError when the value is not there
            return False
        return bool(value)

    def enable(self) -> None:
        command = _windows_command_line(self._command)
        with self._winreg.CreateKey(self._winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            self._winreg.SetValueEx(key, RUN_VALUE, 0, self._winreg.REG_SZ, command)

    def disable(self) -> None:
        try:
            with self._winreg.OpenKey(self._winreg.HKEY_CURRENT_USER, RUN_KEY, 0,
                                      self._winreg.KEY_SET_VALUE) as key:
                self._winreg.DeleteValue(key, RUN_VALUE)
        except FileNotFoundError:
            pass


def _windows_command_line(command: Sequence[str]) -> str:
    import subprocess

    return subprocess.list2cmdline(list(command))


def for_this_system(platform: str = sys.platform, environ=os.environ, home: Path | None = None,
                    command: Sequence[str] | None = None):
    """The backend for this computer, or ``None`` where none is known."""
    command = start_command() if command is None else command
    home = Path.home() if home is None else home
    if platform == "win32":
        import winreg  # type: ignore[import-not-found,unused-ignore]  # Windows only

        return WindowsRunKey(winreg, command)
    if platform == "darwin":
        return LaunchAgent(home, command)
    if platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        config_home = environ.get("XDG_CONFIG_HOME")
        # The spec: a relative value is invalid and is ignored.
        base = Path(config_home) if config_home and os.path.isabs(config_home) else home / ".config"
        return XdgAutostart(base, command)
    return None


