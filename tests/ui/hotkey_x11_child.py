"""Child of tests/ui/test_global_hotkey_x11.py: on a real X server, take
Ctrl+Alt+L with the app's X11 adapter, press it with XTest from a second X
connection (as another program's keyboard would), and print "pressed" once
the app's signal came. Exits 2 when the grab was refused."""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from fibro_desktop.core.hotkey import parse
from fibro_desktop.ui.global_hotkey import GlobalHotkey, make_backend

app = QApplication(sys.argv)
backend = make_backend("linux")
if backend is None:
    print("no backend")
    sys.exit(3)
hotkey = GlobalHotkey(backend)
if not hotkey.start(parse("Ctrl+Alt+L")):
    sys.exit(2)

xlib = ctypes.CDLL("libX11.so.6")
xtst = ctypes.CDLL("libXtst.so.6")
xlib.XOpenDisplay.restype = ctypes.c_void_p
xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
xlib.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
xlib.XFlush.argtypes = [ctypes.c_void_p]
xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
other = xlib.XOpenDisplay(None)


def press() -> None:
    keys = [xlib.XKeysymToKeycode(other, sym) for sym in (0xFFE3, 0xFFE9, ord("l"))]  # Control_L, Alt_L, l
    for code in keys:
        xtst.XTestFakeKeyEvent(other, code, 1, 0)
    for code in reversed(keys):
        xtst.XTestFakeKeyEvent(other, code, 0, 0)
    xlib.XFlush(other)


hotkey.pressed.connect(lambda: (print("pressed", flush=True), app.quit()))
QTimer.singleShot(0, press)
QTimer.singleShot(60_000, lambda: (print("no key press arrived", flush=True), app.exit(1)))  # a hang guard
sys.exit(app.exec())
