"""The system's own accessibility settings: high contrast and reduce motion
(issue 18, WCAG 1.4.11, 2.3.3).

Each platform keeps them somewhere else: Qt's style hints (Windows high
contrast, the desktop portal), GNOME's settings (``gsettings``), macOS's
``defaults``, Windows' ``SystemParametersInfo``. Each reader here is a small
function that answers ``True``, ``False`` or ``None`` (cannot tell), with its
command runner or Windows call injectable, so the tests run anywhere.

:class:`SystemAccessibilityReader` reads them on a worker thread after the
first paint (``gsettings`` can take a moment) and hands the answer back to
the GUI thread; nothing here blocks start-up.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

#: Runs a command and returns what it printed, or ``None`` when it failed.
Run = Callable[[Sequence[str]], str | None]
#: Answers a question about the system: ``True``, ``False`` or ``None`` (cannot tell).
Reader = Callable[[], bool | None]

#: How long a settings command may take before we stop waiting (seconds).
COMMAND_TIMEOUT_S = 3.0


def run_command(args: Sequence[str]) -> str | None:
    try:
        done = subprocess.run(list(args), capture_output=True, text=True, timeout=COMMAND_TIMEOUT_S, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def _yes_no(text: str | None) -> bool | None:
    value = (text or "").strip().strip("'\"").lower()
    if value in ("true", "1", "yes"):
        return True
    if value in ("false", "0", "no"):
        return False
    return None


# -- GNOME (and desktops that keep GNOME's settings) --------------------------
def gnome_high_contrast(run: Run = run_command) -> bool | None:
    return _yes_no(run(["gsettings", "get", "org.gnome.desktop.a11y.interface", "high-contrast"]))


def gnome_reduce_motion(run: Run = run_command) -> bool | None:
    animations = _yes_no(run(["gsettings", "get", "org.gnome.desktop.interface", "enable-animations"]))
    return None if animations is None else not animations


# -- macOS --------------------------------------------------------------------
def macos_reduce_motion(run: Run = run_command) -> bool | None:
    return _yes_no(run(["defaults", "read", "com.apple.universalaccess", "reduceMotion"]))


# -- Windows ------------------------------------------------------------------
SPI_GETHIGHCONTRAST = 0x0042
SPI_GETCLIENTAREAANIMATION = 0x1042
HCF_HIGHCONTRASTON = 0x1


def _system_parameters_info(action: int):  # pragma: no cover - Windows only
    """``SystemParametersInfoW(action)``: the BOOL asked for, or the
    HIGHCONTRAST flags; ``None`` when the call is not there or fails."""
    try:
        import ctypes
        from ctypes import wintypes

        user32 = ctypes.windll.user32  # type: ignore[attr-defined]
    except (ImportError, AttributeError, OSError):
        return None
    if action == SPI_GETHIGHCONTRAST:
        class HighContrast(ctypes.Structure):
            _fields_ = [("cbSize", wintypes.UINT), ("dwFlags", wintypes.DWORD),
                        ("lpszDefaultScheme", wintypes.LPWSTR)]

        info = HighContrast()
        info.cbSize = ctypes.sizeof(HighContrast)
        ok = user32.SystemParametersInfoW(action, info.cbSize, ctypes.byref(info), 0)
        return int(info.dwFlags) if ok else None
    value = wintypes.BOOL()
    ok = user32.SystemParametersInfoW(action, 0, ctypes.byref(value), 0)
    return bool(value.value) if ok else None


def windows_high_contrast(spi: Callable[[int], object] = _system_parameters_info) -> bool | None:
    flags = spi(SPI_GETHIGHCONTRAST)
    return None if flags is None else bool(int(flags) & HCF_HIGHCONTRASTON)  # type: ignore[call-overload]


def windows_reduce_motion(spi: Callable[[int], object] = _system_parameters_info) -> bool | None:
    animate = spi(SPI_GETCLIENTAREAANIMATION)
    return None if animate is None else not animate


# -- Qt (Windows high contrast, the desktop portal's contrast setting) ---------
def qt_high_contrast() -> bool | None:
    """Qt's answer (Qt 6.10 and later); ``None`` when it has no opinion."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    hints = QGuiApplication.styleHints()
    if not hasattr(hints, "accessibility"):
        return None
    preference = hints.accessibility().contrastPreference()
    return True if preference == Qt.ContrastPreference.HighContrast else None


@dataclass(frozen=True)
class SystemAccessibility:
    """What the system asks for; ``None``: the system does not say."""

    high_contrast: bool | None = None
    reduce_motion: bool | None = None


@dataclass(frozen=True)
class Readers:
    """The readers to ask, in order; the first that can tell answers."""

    high_contrast: tuple[Reader, ...] = ()
    reduce_motion: tuple[Reader, ...] = ()


def readers_for(platform: str = sys.platform) -> Readers:
    if platform.startswith("win"):
        return Readers((windows_high_contrast,), (windows_reduce_motion,))
    if platform == "darwin":
        return Readers((), (macos_reduce_motion,))
    return Readers((gnome_high_contrast,), (gnome_reduce_motion,))


def _first_answer(readers: Sequence[Reader]) -> bool | None:
    for reader in readers:
        try:
            answer = reader()
        except Exception:  # a reader that breaks must not stop the app: it cannot tell
            answer = None
        if answer is not None:
            return answer
    return None


def read(readers: Readers) -> SystemAccessibility:
    return SystemAccessibility(_first_answer(readers.high_contrast), _first_answer(readers.reduce_motion))


class SystemAccessibilityReader(QObject):
    """Reads the system's settings on a worker thread; ``read_done`` carries
    the :class:`SystemAccessibility` on the GUI thread."""

    read_done = Signal(object)

    def __init__(self, readers: Readers, parent: QObject | None = None):
        super().__init__(parent)
        self._readers = readers

    def start(self) -> None:
        threading.Thread(target=self._work, name="system-a11y", daemon=True).start()

    def _work(self) -> None:
        answer = read(self._readers)
        try:
            # Emitted from the worker: Qt queues it to the receivers' (GUI) thread.
            self.read_done.emit(answer)
        except RuntimeError:  # the app quit while the system was being asked: nobody to tell
            pass
