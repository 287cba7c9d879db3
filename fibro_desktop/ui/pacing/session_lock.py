"""Notices a locked screen, where the desktop says so.

Best effort, one way per system:

* Linux: ``ActiveChanged(bool)`` of the freedesktop and GNOME screen savers
  on the session D-Bus (:class:`SessionLockWatcher`). QtDBus is imported
  inside :meth:`SessionLockWatcher.start`, which the wiring calls a little
  after start-up, so it never slows the first window.
* Windows: ``WTSRegisterSessionNotification`` for the main window, then
  ``WM_WTSSESSION_CHANGE`` (lock / unlock) read from the window's native
  events by a :class:`WindowsLockFilter`.
* macOS: CoreGraphics' ``CGSessionCopyCurrentDictionary`` has the key
  ``CGSSessionScreenIsLocked`` while the screen is locked;
  :func:`macos_lock_reader` reads it and the driver asks each time it wakes
  (no timer of its own; the idle time covers a lock meanwhile).

The OS calls are arguments, so the tests run every branch with fakes.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QObject, Signal, Slot

_SCREEN_SAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class SessionLockWatcher(QObject):
    #: True when the screen was locked, False when it was unlocked.
    locked_changed = Signal(bool)

    def start(self) -> bool:
        """Subscribe to the screen savers; False if none can be listened to."""
        if not sys.platform.startswith("linux"):
            return False
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return False
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return False
        listening = False
        for service, path, interface in _SCREEN_SAVERS:
            listening |= bool(bus.connect(service, path, interface, "ActiveChanged", self,
                                          SLOT("_on_active_changed(bool)")))
        return listening

    @Slot(bool)
    def _on_active_changed(self, active: bool) -> None:
        self.locked_changed.emit(bool(active))


# -- Windows ---------------------------------------------------------------------

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WTS_SESSION_UNLOCK = 0x8
NOTIFY_FOR_THIS_SESSION = 0


class _Msg(ctypes.Structure):
    """Win32 ``MSG``, as Qt hands it to native event filters."""

    _fields_ = [("hwnd", ctypes.c_void_p), ("message", ctypes.c_uint), ("wParam", ctypes.c_size_t),
                ("lParam", ctypes.c_ssize_t), ("time", ctypes.c_uint32), ("pt_x", ctypes.c_long),
                ("pt_y", ctypes.c_long)]


def windows_lock_change(message: int, wparam: int) -> bool | None:
    """True for "the session was locked", False for "unlocked", None for
    any other window message."""
    if message != WM_WTSSESSION_CHANGE:
        return None
    if wparam == WTS_SESSION_LOCK:
        return True
    if wparam == WTS_SESSION_UNLOCK:
        return False
    return None


class WindowsLockFilter(QAbstractNativeEventFilter):
    """Reads lock and unlock from the native messages of the window that
    :meth:`register` signed up for session notifications."""

    def __init__(self, on_change: Callable[[bool], None]):
        super().__init__()
        self._on_change = on_change

    @staticmethod
    def register(hwnd: int, wtsapi32=None) -> bool:
        """Ask Windows to send this window the session's lock and unlock."""
        try:
            wtsapi32 = wtsapi32 if wtsapi32 is not None else ctypes.windll.wtsapi32  # type: ignore[attr-defined]
            return bool(wtsapi32.WTSRegisterSessionNotification(ctypes.c_void_p(hwnd),
                                                                NOTIFY_FOR_THIS_SESSION))
        except (OSError, AttributeError):
            return False

    def nativeEventFilter(self, event_type, message):  # noqa: N802 (Qt override)
        if bytes(event_type) == b"windows_generic_MSG":
            msg = _Msg.from_address(int(message))
            change = windows_lock_change(msg.message, msg.wParam)
            if change is not None:
                self._on_change(change)
        return False, 0  # never swallowed: Qt handles the message as usual


# -- macOS -----------------------------------------------------------------------

_CORE_FOUNDATION = "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"
_UTF8 = 0x08000100  # kCFStringEncodingUTF8


def core_foundation():
    """CoreFoundation through ctypes, with the signatures used here (macOS)."""
    cf = ctypes.cdll.LoadLibrary(_CORE_FOUNDATION)
    cf.CFStringCreateWithCString.restype = ctypes.c_void_p
    cf.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
    cf.CFDictionaryGetValue.restype = ctypes.c_void_p
    cf.CFDictionaryGetValue.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    cf.CFBooleanGetValue.restype = ctypes.c_bool
    cf.CFBooleanGetValue.argtypes = [ctypes.c_void_p]
    cf.CFRelease.argtypes = [ctypes.c_void_p]
    return cf


def macos_lock_reader(cg=None, cf=None) -> Callable[[], bool | None] | None:
    """A function telling whether the screen is locked now (None: unknown),
    or ``None`` where CoreGraphics cannot be loaded."""
    try:
        if cg is None:
            from fibro_desktop.ui.pacing.idle import core_graphics

            cg = core_graphics()
            cg.CGSessionCopyCurrentDictionary.restype = ctypes.c_void_p
        cf = cf if cf is not None else core_foundation()
        key = cf.CFStringCreateWithCString(None, b"CGSSessionScreenIsLocked", _UTF8)  # kept for the run
    except (OSError, AttributeError):
        return None

    def read() -> bool | None:
        session = cg.CGSessionCopyCurrentDictionary()
        if not session:  # no window server session (ssh): unknown
            return None
        try:
            value = cf.CFDictionaryGetValue(session, key)
            # The key is there only while locked.
            return bool(value) and bool(cf.CFBooleanGetValue(value))
        finally:
            cf.CFRelease(session)

    return read
