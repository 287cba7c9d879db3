"""How long since the last keyboard or mouse input, where the OS tells us.

Best effort and honest: :func:`idle_reader` returns a callable giving idle
seconds, or ``None`` when this platform's idle time cannot be read (the
Settings then say so). Suspend and resume are counted as time away anyway.

* Windows: ``GetLastInputInfo`` against ``GetTickCount`` (both wrap after
  49.7 days, together).
* macOS: CoreGraphics ``CGEventSourceSecondsSinceLastEventType`` for any
  input in the combined session state.
* Linux on X11: the XScreenSaver extension through ``libXss``.
* Linux on Wayland (issue 17): no protocol gives idle time to ordinary
  apps, so the desktop is asked over the session D-Bus: GNOME's
  ``org.gnome.Mutter.IdleMonitor.GetIdletime``, KDE's (and others')
  ``org.freedesktop.ScreenSaver.GetSessionIdleTime``, both milliseconds.
  QtDBus takes a moment to load, so :func:`dbus_idle_reader` is called by
  the wiring a little after start-up, not by :func:`idle_reader`.

Each reader takes its OS calls as arguments, so the tests run every branch
with fakes on any system.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

IdleReader = Callable[[], "float | None"]

#: (service, object path, interface, method): who tells the idle time on Wayland, in order.
DBUS_IDLE_SOURCES = (
    ("org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core", "org.gnome.Mutter.IdleMonitor",
     "GetIdletime"),
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
     "GetSessionIdleTime"),
    ("org.freedesktop.ScreenSaver", "/ScreenSaver", "org.freedesktop.ScreenSaver", "GetSessionIdleTime"),
)


def windows_idle_seconds(tick_count_ms: int, last_input_ms: int) -> float:
    """Seconds between the last input and now, from two 32-bit millisecond
    counters since boot that wrap together every 49.7 days."""
    return ((tick_count_ms - last_input_ms) & 0xFFFFFFFF) / 1000.0


def _windows(user32=None, kernel32=None) -> IdleReader | None:
    import ctypes

    class LastInputInfo(ctypes.Structure):
        _fields_ = [("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint)]

    if user32 is None or kernel32 is None:
        user32 = ctypes.windll.user32  # type: ignore[attr-defined]
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]

    def read() -> float | None:
        info = LastInputInfo()
        info.cbSize = ctypes.sizeof(info)
        if not user32.GetLastInputInfo(ctypes.byref(info)):
            return None
        return windows_idle_seconds(kernel32.GetTickCount(), info.dwTime)

    return read


#: CoreGraphics constants: kCGEventSourceStateCombinedSessionState, kCGAnyInputEventType.
_COMBINED_SESSION_STATE = 0
_ANY_INPUT_EVENT = 0xFFFFFFFF
_CORE_GRAPHICS = "/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics"


def core_graphics():
    """CoreGraphics through ctypes, with the signatures used here (macOS)."""
    import ctypes

    cg = ctypes.cdll.LoadLibrary(_CORE_GRAPHICS)
    cg.CGEventSourceSecondsSinceLastEventType.restype = ctypes.c_double
    cg.CGEventSourceSecondsSinceLastEventType.argtypes = [ctypes.c_int32, ctypes.c_uint32]
    return cg


def _macos(cg=None) -> IdleReader | None:
    cg = cg if cg is not None else core_graphics()

    def read() -> float | None:
        seconds = float(cg.CGEventSourceSecondsSinceLastEventType(_COMBINED_SESSION_STATE, _ANY_INPUT_EVENT))
        # Negative or not a number: the call failed, which is "unknown", not "just typed".
        return seconds if seconds >= 0 else None

    return read


def _x11() -> IdleReader | None:
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


def on_wayland(environ=os.environ) -> bool:
    return bool(environ.get("WAYLAND_DISPLAY")) or environ.get("XDG_SESSION_TYPE") == "wayland"


def idle_reader(platform: str = sys.platform, environ=os.environ) -> IdleReader | None:
    """A function returning idle seconds, or ``None`` if unreadable here
    (Wayland: see :func:`dbus_idle_reader`)."""
    try:
        if platform == "win32":
            return _windows()
        if platform == "darwin":
            return _macos()
        if (platform.startswith("linux") and not on_wayland(environ)
                and environ.get("QT_QPA_PLATFORM", "") in ("", "xcb")):
            return _x11()
    except (OSError, AttributeError):
        return None
    return None


#: ``call(service, path, interface, method, *arguments)`` returns the reply's
#: first value, or ``None`` when the service does not answer.
DBusCall = Callable[..., object]


def dbus_idle_reader(call: DBusCall) -> tuple[IdleReader, str] | None:
    """The first desktop service that tells the idle time (asked once now),
    as a reader and the service's name; ``None`` if none answers."""
    for service, path, interface, method in DBUS_IDLE_SOURCES:
        if _milliseconds(call(service, path, interface, method)) is None:
            continue

        def read(service=service, path=path, interface=interface, method=method) -> float | None:
            value = _milliseconds(call(service, path, interface, method))
            return None if value is None else value / 1000.0

        return read, service
    return None


def _milliseconds(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return None
    return value


def qt_dbus_call(timeout_ms: int = 500) -> DBusCall | None:
    """A :data:`DBusCall` on the session bus through QtDBus (Linux), with a
    short timeout so a desktop that hangs never freezes the window; ``None``
    without a session bus."""
    try:
        from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage
    except ImportError:
        return None
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return None

    def call(service: str, path: str, interface: str, method: str, *arguments: object) -> object:
        # A plain message, not QDBusInterface: that one introspects first,
        # with D-Bus' default 25 s timeout.
        message = QDBusMessage.createMethodCall(service, path, interface, method)
        if arguments:
            message.setArguments(list(arguments))
        reply = bus.call(message, QDBus.CallMode.Block, timeout_ms)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return None
        value = reply.arguments()[0]
        # A property comes wrapped in a QDBusVariant.
        return value.variant() if hasattr(value, "variant") else value

    return call
