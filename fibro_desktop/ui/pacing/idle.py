"""How long since the last keyboard or mouse input, where the OS tells us.

Best effort and honest: :func:`idle_reader` returns a callable giving idle
seconds, or ``None`` when this platform's idle time cannot be read (the
Settings then say so). Windows: ``GetLastInputInfo``. Linux on X11: the
XScreenSaver extension through ``libXss``. Others (Wayland, macOS for now):
``None``; suspend and resume are still counted as time away.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable


def _windows() -> Callable[[], float | None] | None:
    import ctypes

    class LastInputInfo(ctypes.Structure):
        _fields_ = [("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint)]

    user32 = ctypes.windll.user32  # type: ignore[attr-defined]
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]

    def read() -> float | None:
        info = LastInputInfo()
        info.cbSize = ctypes.sizeof(info)
        if not user32.GetLastInputInfo(ctypes.byref(info)):
            return None
        # Both counters are milliseconds since boot and wrap together.
        return ((kernel32.GetTickCount() - info.dwTime) & 0xFFFFFFFF) / 1000.0

    return read


def _x11() -> Callable[[], float | None] | None:
    if not os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    import ctypes

    # Sonames straight away: ctypes.util.find_library would run ldconfig.
    xlib_name, xss_name = "libX11.so.6", "libXss.so.1"

    class XScreenSaverInfo(ctypes.Structure):
        _fields_ = [("window", ctypes.c_ulong), ("state", ctypes.c_int), ("kind", ctypes.c_int),
                    ("til_or_since", ctypes.c_ulong), ("idle", ctypes.c_ulong),
                    ("eventMask", ctypes.c_ulong)]

    xlib, xss = ctypes.cdll.LoadLibrary(xlib_name), ctypes.cdll.LoadLibrary(xss_name)
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XDefaultRootWindow.restype = ctypes.c_ulong
    xlib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(XScreenSaverInfo)
    xss.XScreenSaverQueryInfo.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(XScreenSaverInfo)]
    display = xlib.XOpenDisplay(None)
    if not display:
        return None
    info = xss.XScreenSaverAllocInfo()
    root = xlib.XDefaultRootWindow(display)

    def read() -> float | None:
        if not xss.XScreenSaverQueryInfo(display, root, info):
            return None
        return info.contents.idle / 1000.0

    return read


def idle_reader() -> Callable[[], float | None] | None:
    """A function returning idle seconds, or ``None`` if unreadable here."""
    try:
        if sys.platform == "win32":
            return _windows()
        if sys.platform.startswith("linux") and os.environ.get("QT_QPA_PLATFORM", "") in ("", "xcb"):
            return _x11()
    except (OSError, AttributeError):
        return None
    return None
