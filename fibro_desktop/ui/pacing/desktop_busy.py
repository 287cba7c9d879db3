"""Is the person busy with something a break should not cover? (issue 17)

:func:`busy_checks` and :func:`combine` make one small callable,
``() -> BusyReason | None``, which the wiring (``desktop_watch.py``) gives
the pacing driver (``driver.busy_reason()``) to ask when a break or a
notice is due; ``None`` means "go ahead". What is read, per system:

* Windows: ``SHQueryUserNotificationState`` (shell32): a full-screen app or
  game (busy, Direct3D full screen) or presentation mode. It is also what
  Windows itself consults before showing a notification.
* macOS: CoreGraphics' window list (``CGWindowListCopyWindowInfo``): the
  frontmost ordinary window (layer 0, not ours) covering a whole screen.
* X11: the active window (``_NET_ACTIVE_WINDOW`` of the root) has
  ``_NET_WM_STATE_FULLSCREEN`` in its ``_NET_WM_STATE``, through libX11.
* GNOME (X11 or Wayland): Do Not Disturb, the ``show-banners`` setting of
  ``org.gnome.desktop.notifications`` being false, through ``gsettings``.
* KDE Plasma (X11 or Wayland): Do Not Disturb, the ``Inhibited`` property
  of ``org.freedesktop.Notifications`` over the session D-Bus.
* Wayland shows no app another app's windows, so a full-screen window
  cannot be seen there: only Do Not Disturb is.

Every reading is best effort: one that fails answers ``None``, so a broken
desktop service never stops a break. Each reader takes its OS calls as
arguments; the tests run every branch with fakes.
"""

from __future__ import annotations

import ctypes
import enum
import logging
import os
import subprocess
import sys
from collections.abc import Callable, Sequence

log = logging.getLogger(__name__)


class BusyReason(enum.Enum):
    """Why a break waits."""

    FULLSCREEN = "fullscreen"  # a full-screen window or game in front
    PRESENTATION = "presentation"  # the system's presentation mode
    DO_NOT_DISTURB = "do_not_disturb"  # the desktop's Do Not Disturb


BusyCheck = Callable[[], "BusyReason | None"]


def combine(checks: Sequence[BusyCheck]) -> BusyCheck:
    """One check from several: the first reason wins; a check that fails
    counts as "not busy" (logged once)."""
    failed: set[int] = set()

    def busy() -> BusyReason | None:
        for index, check in enumerate(checks):
            try:
                reason = check()
            except Exception:  # a desktop service misbehaving never stops a break
                if index not in failed:
                    failed.add(index)
                    log.exception("Could not tell whether the desktop is busy")
                continue
            if reason is not None:
                return reason
        return None

    return busy


# -- Windows ---------------------------------------------------------------------

#: SHQueryUserNotificationState's answers that mean "do not interrupt".
_WINDOWS_STATES = {
    2: BusyReason.FULLSCREEN,  # QUNS_BUSY: a full-screen app
    3: BusyReason.FULLSCREEN,  # QUNS_RUNNING_D3D_FULL_SCREEN: a game
    4: BusyReason.PRESENTATION,  # QUNS_PRESENTATION_MODE
}


def windows_busy(shell32=None) -> BusyCheck:
    shell32 = shell32 if shell32 is not None else ctypes.windll.shell32  # type: ignore[attr-defined]

    def busy() -> BusyReason | None:
        state = ctypes.c_int(0)
        if shell32.SHQueryUserNotificationState(ctypes.byref(state)) != 0:  # not S_OK
            return None
        return _WINDOWS_STATES.get(state.value)

    return busy


# -- macOS -----------------------------------------------------------------------

#: One window of CGWindowListCopyWindowInfo, front to back: (layer, owner pid,
#: (x, y, width, height)).
WindowInfo = tuple[int, int, tuple[float, float, float, float]]
Rect = tuple[float, float, float, float]


def front_window_covers_a_screen(windows: Sequence[WindowInfo], screens: Sequence[Rect],
                                 own_pid: int) -> bool:
    """True when the frontmost ordinary window of another app covers a whole
    screen. Layer 0 holds ordinary windows; the menu bar, the Dock and
    overlays sit on other layers."""
    for layer, pid, bounds in windows:
        if layer != 0 or pid == own_pid:
            continue
        x, y, width, height = bounds
        return any(x <= sx and y <= sy and x + width >= sx + sw and y + height >= sy + sh
                   for sx, sy, sw, sh in screens)
    return False


def macos_window_list(cg=None, cf=None) -> Callable[[], list[WindowInfo]]:
    """Reads the on-screen window list through CoreGraphics and CoreFoundation."""
    from fibro_desktop.ui.pacing.idle import core_graphics
    from fibro_desktop.ui.pacing.session_lock import core_foundation

    cg = cg if cg is not None else core_graphics()
    cf = cf if cf is not None else core_foundation()

    class CGRect(ctypes.Structure):
        _fields_ = [("x", ctypes.c_double), ("y", ctypes.c_double),
                    ("width", ctypes.c_double), ("height", ctypes.c_double)]

    cg.CGWindowListCopyWindowInfo.restype = ctypes.c_void_p
    cg.CGWindowListCopyWindowInfo.argtypes = [ctypes.c_uint32, ctypes.c_uint32]
    cg.CGRectMakeWithDictionaryRepresentation.argtypes = [ctypes.c_void_p, ctypes.POINTER(CGRect)]
    cf.CFArrayGetCount.restype = ctypes.c_long
    cf.CFArrayGetCount.argtypes = [ctypes.c_void_p]
    cf.CFArrayGetValueAtIndex.restype = ctypes.c_void_p
    cf.CFArrayGetValueAtIndex.argtypes = [ctypes.c_void_p, ctypes.c_long]
    cf.CFNumberGetValue.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p]
    keys = {name: cf.CFStringCreateWithCString(None, name.encode(), 0x08000100)
            for name in ("kCGWindowLayer", "kCGWindowOwnerPID", "kCGWindowBounds")}
    on_screen_only, no_desktop = 1 << 0, 1 << 4  # kCGWindowListOptionOnScreenOnly, ExcludeDesktopElements

    def number(entry, key: str) -> int:
        value, out = cf.CFDictionaryGetValue(entry, keys[key]), ctypes.c_int32(0)
        if value:
            cf.CFNumberGetValue(value, 3, ctypes.byref(out))  # kCFNumberSInt32Type
        return out.value

    def read() -> list[WindowInfo]:
        array = cg.CGWindowListCopyWindowInfo(on_screen_only | no_desktop, 0)
        if not array:
            return []
        try:
            windows = []
            for index in range(cf.CFArrayGetCount(array)):
                entry = cf.CFArrayGetValueAtIndex(array, index)
                rect = CGRect()
                bounds = cf.CFDictionaryGetValue(entry, keys["kCGWindowBounds"])
                if bounds and cg.CGRectMakeWithDictionaryRepresentation(bounds, ctypes.byref(rect)):
                    windows.append((number(entry, "kCGWindowLayer"), number(entry, "kCGWindowOwnerPID"),
                                    (rect.x, rect.y, rect.width, rect.height)))
            return windows
        finally:
            cf.CFRelease(array)

    return read


def screen_rects() -> list[Rect]:
    """Every screen's geometry in points (the window list's units)."""
    from PySide6.QtGui import QGuiApplication

    rects = []
    for screen in QGuiApplication.screens():
        geometry = screen.geometry()
        rects.append((geometry.x(), geometry.y(), geometry.width(), geometry.height()))
    return rects


def macos_busy(window_list: Callable[[], list[WindowInfo]],
               screens: Callable[[], list[Rect]] = screen_rects, own_pid: int | None = None) -> BusyCheck:
    pid = os.getpid() if own_pid is None else own_pid

    def busy() -> BusyReason | None:
        covering = front_window_covers_a_screen(window_list(), screens(), pid)
        return BusyReason.FULLSCREEN if covering else None

    return busy


# -- X11 -------------------------------------------------------------------------

#: ``get_property(window, name)`` -> the property's 32-bit items (window ids or
#: atoms) or None; ``atom(name)`` -> the atom's number; ``root`` the root window.
GetProperty = Callable[[int, str], "list[int] | None"]


def x11_fullscreen(get_property: GetProperty, atom: Callable[[str], int], root: int) -> bool:
    """True when the active window says it is full screen (EWMH)."""
    active = get_property(root, "_NET_ACTIVE_WINDOW")
    if not active or not active[0]:
        return False
    states = get_property(active[0], "_NET_WM_STATE") or []
    return atom("_NET_WM_STATE_FULLSCREEN") in states


def x11_properties(display_name: bytes | None = None):
    """``(get_property, atom, root)`` over libX11 through ctypes, or None
    without a display."""
    xlib = ctypes.cdll.LoadLibrary("libX11.so.6")  # the soname: find_library would run ldconfig
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XDefaultRootWindow.restype = ctypes.c_ulong
    xlib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    xlib.XInternAtom.restype = ctypes.c_ulong
    xlib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    xlib.XGetWindowProperty.argtypes = [
        ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long, ctypes.c_int,
        ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p)]
    xlib.XFree.argtypes = [ctypes.c_void_p]
    display = xlib.XOpenDisplay(display_name)
    if not display:
        return None
    # A window that vanished between two calls must not end the app: Xlib's
    # default error handler exits the process. Errors are ignored during our
    # own round trips only; the previous handler is put back after each.
    handler_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
    ignore_errors = handler_type(lambda _display, _event: 0)
    xlib.XSetErrorHandler.restype = ctypes.c_void_p
    xlib.XSetErrorHandler.argtypes = [ctypes.c_void_p]
    atoms: dict[str, int] = {}

    def atom(name: str) -> int:
        if name not in atoms:
            atoms[name] = xlib.XInternAtom(display, name.encode(), 0)
        return atoms[name]

    def get_property(window: int, name: str) -> list[int] | None:
        actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
        count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        previous = xlib.XSetErrorHandler(ctypes.cast(ignore_errors, ctypes.c_void_p))
        try:
            status = xlib.XGetWindowProperty(display, window, atom(name), 0, 1024, 0, 0,  # AnyPropertyType
                                             ctypes.byref(actual_type), ctypes.byref(actual_format),
                                             ctypes.byref(count), ctypes.byref(after), ctypes.byref(data))
        finally:
            xlib.XSetErrorHandler(previous)
        try:
            if status != 0 or actual_format.value != 32 or not data.value:
                return None
            # Format 32 comes as C longs, whatever their size.
            return list(ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))[:count.value])
        finally:
            if data.value:
                xlib.XFree(data)

    get_property.keep = (xlib, ignore_errors)  # type: ignore[attr-defined]  # alive while used
    return get_property, atom, xlib.XDefaultRootWindow(display)


def x11_busy(properties) -> BusyCheck:
    get_property, atom, root = properties

    def busy() -> BusyReason | None:
        return BusyReason.FULLSCREEN if x11_fullscreen(get_property, atom, root) else None

    return busy


# -- Do Not Disturb on Linux desktops -------------------------------------------------

#: ``run(argv)`` -> the command's standard output, or None if it failed.
Run = Callable[[Sequence[str]], "str | None"]


def run_quietly(argv: Sequence[str]) -> str | None:
    try:
        done = subprocess.run(list(argv), capture_output=True, text=True, timeout=2, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def gnome_do_not_disturb(run: Run = run_quietly) -> BusyCheck:
    """GNOME's Do Not Disturb switch turns notification banners off."""

    def busy() -> BusyReason | None:
        answer = run(["gsettings", "get", "org.gnome.desktop.notifications", "show-banners"])
        return BusyReason.DO_NOT_DISTURB if answer is not None and answer.strip() == "false" else None

    return busy


def kde_do_not_disturb(call) -> BusyCheck:
    """KDE's Do Not Disturb sets the notification server's ``Inhibited``."""

    def busy() -> BusyReason | None:
        inhibited = call("org.freedesktop.Notifications", "/org/freedesktop/Notifications",
                         "org.freedesktop.DBus.Properties", "Get", "org.freedesktop.Notifications", "Inhibited")
        return BusyReason.DO_NOT_DISTURB if inhibited is True else None

    return busy


def desktop_names(environ=os.environ) -> set[str]:
    """The desktops named by ``XDG_CURRENT_DESKTOP`` (e.g. ``ubuntu:GNOME``), upper case."""
    return {name.strip().upper() for name in environ.get("XDG_CURRENT_DESKTOP", "").split(":") if name.strip()}


# -- which ones here --------------------------------------------------------------------


def busy_checks(platform: str = sys.platform, environ=os.environ, dbus_call=None) -> dict[str, BusyCheck]:
    """The checks this desktop allows, by name (for the Settings' list)."""
    from fibro_desktop.ui.pacing.idle import on_wayland

    checks: dict[str, BusyCheck] = {}
    try:
        if platform == "win32":
            checks["fullscreen"] = windows_busy()
        elif platform == "darwin":
            checks["fullscreen"] = macos_busy(macos_window_list())
        elif platform.startswith("linux"):
            if not on_wayland(environ) and environ.get("DISPLAY"):
                properties = x11_properties()
                if properties is not None:
                    checks["fullscreen"] = x11_busy(properties)
            names = desktop_names(environ)
            if "GNOME" in names:
                checks["do_not_disturb"] = gnome_do_not_disturb()
            elif "KDE" in names and dbus_call is not None:
                checks["do_not_disturb"] = kde_do_not_disturb(dbus_call)
    except (OSError, AttributeError) as exc:  # a library missing: say so, check what is left
        log.warning("Desktop busy signals partly unavailable: %s", exc)
    return checks

