"""The system-wide "Log a spasm" shortcut (issue 22): each OS adapter with a
fake of its library, the wiring with a fake adapter, and Settings."""

from __future__ import annotations

import ctypes
import struct
from ctypes import wintypes

from fibro_desktop.core.hotkey import X11_LOCK_VARIANTS, parse
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.global_hotkey import HOTKEY_ID, WM_HOTKEY, GlobalHotkey, WindowsBackend, X11Backend
from fibro_desktop.ui.settings_dialog import SettingsDialog
from fibro_desktop.wiring import global_shortcut


class FakeUser32:
    def __init__(self, accept=True):
        self.accept, self.calls = accept, []

    def RegisterHotKey(self, hwnd, ident, modifiers, vk):  # noqa: N802 (the Win32 name)
        self.calls.append(("register", hwnd, ident, modifiers, vk))
        return 1 if self.accept else 0

    def UnregisterHotKey(self, hwnd, ident):  # noqa: N802
        self.calls.append(("unregister", hwnd, ident))
        return 1


def msg_buffer(message: int, wparam: int) -> ctypes.Array:
    msg = wintypes.MSG()
    msg.message, msg.wParam = message, wparam
    return msg


def test_windows_registers_without_a_window_and_knows_its_wm_hotkey():
    user32 = FakeUser32()
    backend = WindowsBackend(user32)
    assert backend.register(parse("Ctrl+Alt+L"))
    assert user32.calls == [("register", None, HOTKEY_ID, 0x4002 | 0x1, 0x4C)]
    mine = msg_buffer(WM_HOTKEY, HOTKEY_ID)
    other = msg_buffer(WM_HOTKEY, HOTKEY_ID + 1)
    paint = msg_buffer(0x000F, HOTKEY_ID)
    assert backend.matches(b"windows_generic_MSG", ctypes.addressof(mine))
    assert backend.matches(b"windows_dispatcher_MSG", ctypes.addressof(mine))
    assert not backend.matches(b"windows_generic_MSG", ctypes.addressof(other))
    assert not backend.matches(b"windows_generic_MSG", ctypes.addressof(paint))
    assert not backend.matches(b"xcb_generic_event_t", ctypes.addressof(mine))
    backend.unregister()
    assert user32.calls[-1] == ("unregister", None, HOTKEY_ID)


def test_windows_says_when_another_program_has_the_keys():
    assert not WindowsBackend(FakeUser32(accept=False)).register(parse("Ctrl+Alt+L"))


class FakeXlib:
    def __init__(self):
        self.grabs, self.ungrabs = [], []

    def XDefaultRootWindow(self, display):  # noqa: N802 (the Xlib names)
        return 0x1A5

    def XKeysymToKeycode(self, display, keysym):  # noqa: N802
        return {ord("l"): 46}.get(keysym, 0)

    def XGrabKey(self, display, keycode, modifiers, window, *_modes):  # noqa: N802 (owner events, grab modes)
        self.grabs.append((keycode, modifiers, window))

    def XUngrabKey(self, display, keycode, modifiers, window):  # noqa: N802
        self.ungrabs.append((keycode, modifiers, window))

    def XSync(self, display, discard):  # noqa: N802
        self.grabs.append("sync")


def key_press(keycode: int, state: int, response_type: int = 2) -> ctypes.Array:
    raw = bytearray(32)
    raw[0], raw[1] = response_type, keycode
    struct.pack_into("=H", raw, 28, state)
    return ctypes.create_string_buffer(bytes(raw), 32)


def test_x11_grabs_for_every_lock_state_and_matches_the_key_press():
    xlib = FakeXlib()
    backend = X11Backend(xlib, display=0xD15)
    assert backend.register(parse("Ctrl+Alt+L"))
    mask = 4 | 8
    assert xlib.grabs == [(46, mask | lock, 0x1A5) for lock in X11_LOCK_VARIANTS] + ["sync"]
    numlock_on = key_press(46, mask | 16)
    assert backend.matches(b"xcb_generic_event_t", ctypes.addressof(numlock_on))
    sent_event = key_press(46, mask, response_type=2 | 0x80)  # "sent by another client" bit
    assert backend.matches(b"xcb_generic_event_t", ctypes.addressof(sent_event))
    assert not backend.matches(b"xcb_generic_event_t", ctypes.addressof(key_press(47, mask)))
    assert not backend.matches(b"xcb_generic_event_t", ctypes.addressof(key_press(46, 4)))
    assert not backend.matches(b"xcb_generic_event_t", ctypes.addressof(key_press(46, mask, response_type=3)))
    backend.unregister()
    assert len(xlib.ungrabs) == 4


def test_x11_without_the_key_on_the_keyboard_refuses():
    assert not X11Backend(FakeXlib(), display=1).register(parse("Ctrl+Alt+Q"))


class FakeBackend:
    def __init__(self, accept=True):
        self.accept, self.registered = accept, []

    def register(self, hotkey):
        self.registered.append(hotkey.text())
        return self.accept

    def unregister(self):
        self.registered.append("off")

    def matches(self, event_type, message):
        return event_type == b"fake" and message == 1


def test_the_pressed_signal_comes_from_the_native_event(qtbot):
    hotkey = GlobalHotkey(FakeBackend())
    assert hotkey.start(parse("Ctrl+Alt+L"))
    with qtbot.waitSignal(hotkey.pressed, timeout=1000):
        assert hotkey.handle_native(b"fake", 1)
    assert not hotkey.handle_native(b"fake", 2)
    hotkey.stop()


def test_switched_on_in_settings_the_keys_log_a_spasm_from_anywhere(shell, app_context, qtbot):
    backend = FakeBackend()
    logged = []
    global_shortcut.wire(shell, app_context, lambda: logged.append(True), make_backend=lambda: backend)
    assert backend.registered == []  # off by default: the system is not even asked
    app_context.preferences.set(prefs.JOURNAL_GLOBAL_SHORTCUT, True)
    assert backend.registered[-1] == "Ctrl+Alt+L"
    app_context.preferences.set(prefs.JOURNAL_GLOBAL_SHORTCUT_KEYS, "Ctrl+Shift+S")
    assert backend.registered[-2:] == ["off", "Ctrl+Shift+S"]
    hotkey = shell.window.findChild(GlobalHotkey)
    hotkey.handle_native(b"fake", 1)
    assert logged == [True]
    app_context.preferences.set(prefs.JOURNAL_GLOBAL_SHORTCUT, False)
    assert backend.registered[-1] == "off"


def test_keys_taken_by_another_program_are_said_in_a_notice(shell, app_context):
    from fibro_desktop.ui.notices import Notice

    app_context.preferences.set(prefs.JOURNAL_GLOBAL_SHORTCUT, True)
    global_shortcut.wire(shell, app_context, lambda: None, make_backend=lambda: FakeBackend(accept=False))
    texts = [n.label.text() for n in shell.window.findChildren(Notice) if not n.isHidden()]
    assert any("could not be set up" in t and "Ctrl+Alt+L" in t for t in texts)


def test_settings_turn_it_on_with_safe_keys_only(qtbot, app_context):
    preferences = app_context.preferences
    dialog = SettingsDialog(preferences, platform="win32")
    qtbot.addWidget(dialog)
    assert not dialog.global_shortcut.isChecked() and not dialog.global_keys.isEnabled()
    dialog.global_shortcut.setChecked(True)
    assert dialog.global_keys.isEnabled()
    from PySide6.QtGui import QKeySequence

    dialog.global_keys.setKeySequence(QKeySequence("Ctrl+L"))  # too easy to press by accident
    dialog.accept()
    assert dialog.global_problem.isVisible() or not dialog.global_problem.isHidden()
    assert preferences.get(prefs.JOURNAL_GLOBAL_SHORTCUT) is False
    dialog.global_keys.setKeySequence(QKeySequence("Ctrl+Alt+K"))
    dialog.accept()
    assert preferences.get(prefs.JOURNAL_GLOBAL_SHORTCUT) is True
    assert preferences.get(prefs.JOURNAL_GLOBAL_SHORTCUT_KEYS) == "Ctrl+Alt+K"


def test_settings_on_macos_say_why_there_is_none(qtbot, app_context):
    preferences = app_context.preferences
    dialog = SettingsDialog(preferences, platform="darwin")
    qtbot.addWidget(dialog)
    assert not dialog.global_shortcut.isEnabled()
    assert "macOS" in dialog.global_problem.text() and "System Settings" in dialog.global_problem.text()
