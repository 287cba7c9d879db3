"""Log a spasm from whatever program is in front: a system-wide shortcut.

Off by default; switched on, and its keys chosen, in Settings. Two adapters,
each a thin layer over the system's own call, with the OS library passed in
so the tests drive them with fakes:

* Windows: ``RegisterHotKey`` with no window, so ``WM_HOTKEY`` arrives in the
  GUI thread's message queue, where Qt's native event filter sees it
  (``windows_generic_MSG`` / ``windows_dispatcher_MSG``).
* X11: ``XGrabKey`` on the root window through Qt's own X connection, once
  for each Caps Lock / Num Lock state; the key press comes back through Qt's
  xcb event stream (``xcb_generic_event_t``).

macOS and Wayland give no such call to an app without extra permissions
(macOS: Accessibility or Input Monitoring; Wayland: none at all), so there
Settings says so and how to use the system's own keyboard settings instead.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import struct
import sys
from typing import Any, Protocol

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, QObject, Signal
from PySide6.QtGui import QGuiApplication

from fibro_desktop.core.hotkey import X11_LOCK_VARIANTS, Hotkey, windows_codes, x11_codes, x11_matches
from fibro_desktop.ui.translate import translator

log = logging.getLogger(__name__)

WM_HOTKEY = 0x0312
#: Our id for RegisterHotKey (an app may use 0x0000–0xBFFF).
HOTKEY_ID = 0x0F1B
XCB_KEY_PRESS = 2
GRAB_MODE_ASYNC = 1


_tr = translator("GlobalHotkey")


class Backend(Protocol):
    def register(self, hotkey: Hotkey) -> bool: ...

    def unregister(self) -> None: ...

    def matches(self, event_type: bytes, message: int) -> bool: ...


class WindowsBackend:
    """``RegisterHotKey`` / ``UnregisterHotKey`` of ``user32``."""

    def __init__(self, user32: Any):
        self._user32 = user32
        self._registered = False

    def register(self, hotkey: Hotkey) -> bool:
        self.unregister()
        modifiers, vk = windows_codes(hotkey)
        self._registered = bool(self._user32.RegisterHotKey(None, HOTKEY_ID, modifiers, vk))
        return self._registered

    def unregister(self) -> None:
        if self._registered:
            self._user32.UnregisterHotKey(None, HOTKEY_ID)
            self._registered = False

    def matches(self, event_type: bytes, message: int) -> bool:
        if event_type not in (b"windows_generic_MSG", b"windows_dispatcher_MSG") or not message:
            return False
        from ctypes import wintypes

        msg = wintypes.MSG.from_address(message)
        return msg.message == WM_HOTKEY and msg.wParam == HOTKEY_ID


class X11Backend:
    """``XGrabKey`` on the root window of Qt's own X display."""

    def __init__(self, xlib: Any, display: int):
        self._xlib = xlib
        self._display = display
        self._root = xlib.XDefaultRootWindow(display)
        self._grab: tuple[int, int] | None = None  # (keycode, mask)

    def register(self, hotkey: Hotkey) -> bool:
        self.unregister()
        mask, keysym = x11_codes(hotkey)
        keycode = self._xlib.XKeysymToKeycode(self._display, keysym)
        if not keycode:
            return False
        for lock in X11_LOCK_VARIANTS:
            self._xlib.XGrabKey(self._display, keycode, mask | lock, self._root, False,
                                GRAB_MODE_ASYNC, GRAB_MODE_ASYNC)
        self._xlib.XSync(self._display, False)
        self._grab = (keycode, mask)
        return True

    def unregister(self) -> None:
        if self._grab is None:
            return
        keycode, mask = self._grab
        for lock in X11_LOCK_VARIANTS:
            self._xlib.XUngrabKey(self._display, keycode, mask | lock, self._root)
        self._xlib.XSync(self._display, False)
        self._grab = None

    def matches(self, event_type: bytes, message: int) -> bool:
        if self._grab is None or event_type != b"xcb_generic_event_t" or not message:
            return False
        # xcb_key_press_event_t: response_type u8, detail (keycode) u8, …,
        # state u16 at byte 28.
        raw = ctypes.string_at(message, 32)
        response_type, detail = raw[0] & 0x7F, raw[1]
        (state,) = struct.unpack_from("=H", raw, 28)
        keycode, mask = self._grab
        return response_type == XCB_KEY_PRESS and detail == keycode and x11_matches(mask, state)


def unsupported_reason(platform: str, qpa_platform: str) -> str | None:
    """Why this system gives no system-wide shortcut, or ``None`` when it does."""
    if platform == "win32":
        return None
    if platform == "darwin":
        return _tr("On macOS a shortcut that works in every program needs a permission Fibro Desktop "
                   "does not ask for. You can add one in System Settings → Keyboard → Keyboard "
                   "Shortcuts that opens Fibro Desktop.")
    if qpa_platform == "xcb":
        return None
    return _tr("This desktop does not let apps take a shortcut from other programs. You can add one in "
               "your system's keyboard settings that starts Fibro Desktop.")


def make_backend(platform: str = sys.platform) -> Backend | None:
    """The adapter for this system, or ``None`` (see :func:`unsupported_reason`)."""
    qpa = QGuiApplication.platformName()
    if unsupported_reason(platform, qpa) is not None:
        return None
    try:
        if platform == "win32":
            return WindowsBackend(ctypes.windll.user32)  # type: ignore[attr-defined]
        x11 = QGuiApplication.instance().nativeInterface()  # type: ignore[union-attr]
        display = int(x11.display()) if x11 is not None and x11.display() else 0
        library = ctypes.util.find_library("X11") or "libX11.so.6"
        if not display:
            return None
        xlib = ctypes.CDLL(library)
        xlib.XDefaultRootWindow.restype = ctypes.c_ulong
        xlib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        xlib.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        xlib.XGrabKey.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int,
                                  ctypes.c_int, ctypes.c_int]
        xlib.XUngrabKey.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_uint, ctypes.c_ulong]
        xlib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        return X11Backend(xlib, display)
    except (OSError, AttributeError) as exc:
        log.warning("no system-wide shortcut here: %s", exc)
        return None


class _Filter(QAbstractNativeEventFilter):
    def __init__(self, owner: GlobalHotkey):
        super().__init__()
        self._owner = owner

    def nativeEventFilter(self, event_type, message):  # noqa: N802 (Qt override)
        return self._owner.handle_native(bytes(event_type), int(message)), 0


class GlobalHotkey(QObject):
    """Emits ``pressed`` when the chosen combination is pressed anywhere."""

    pressed = Signal()

    def __init__(self, backend: Backend, parent: QObject | None = None):
        super().__init__(parent)
        self._backend = backend
        self._filter = _Filter(self)
        self._installed = False

    def start(self, hotkey: Hotkey) -> bool:
        """Take the combination; ``False`` when the system refused it
        (usually: another program already has it)."""
        if not self._backend.register(hotkey):
            return False
        if not self._installed:
            QCoreApplication.instance().installNativeEventFilter(self._filter)
            self._installed = True
        return True

    def stop(self) -> None:
        self._backend.unregister()
        if self._installed:
            QCoreApplication.instance().removeNativeEventFilter(self._filter)
            self._installed = False

    def handle_native(self, event_type: bytes, message: int) -> bool:
        if self._backend.matches(event_type, message):
            self.pressed.emit()
            return True
        return False
