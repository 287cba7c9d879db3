"""A system-wide shortcut, described once and spelled for each system.

The person picks a combination such as ``Ctrl+Alt+L`` (Qt's portable text,
``QKeySequence.toString()``). Windows' ``RegisterHotKey`` wants modifier
flags and a virtual-key code; X11's ``XGrabKey`` wants a modifier mask and
a keysym (turned into a keycode by the X server's keyboard map). This module
only translates; the adapters in ``fibro_desktop/ui/global_hotkey.py`` make
the calls. Pure Python, so every spelling is tested here.

Only combinations that are safe to take from every other program are
accepted: at least two modifiers (or one with a function key), and a
letter, a digit or F1–F12.
"""

from __future__ import annotations

from dataclasses import dataclass

_MODIFIERS = {"ctrl": "ctrl", "control": "ctrl", "alt": "alt", "shift": "shift", "meta": "meta", "win": "meta"}

# Windows: RegisterHotKey's fsModifiers (winuser.h).
MOD_ALT, MOD_CONTROL, MOD_SHIFT, MOD_WIN, MOD_NOREPEAT = 0x1, 0x2, 0x4, 0x8, 0x4000
_WINDOWS_MODIFIERS = {"alt": MOD_ALT, "ctrl": MOD_CONTROL, "shift": MOD_SHIFT, "meta": MOD_WIN}
# X11: modifier masks (X.h). Mod1 is Alt and Mod4 Super on every common layout.
SHIFT_MASK, LOCK_MASK, CONTROL_MASK, MOD1_MASK, MOD2_MASK, MOD4_MASK = 1, 2, 4, 8, 16, 64
_X11_MODIFIERS = {"shift": SHIFT_MASK, "ctrl": CONTROL_MASK, "alt": MOD1_MASK, "meta": MOD4_MASK}
#: Caps Lock and Num Lock change the state X reports, so a grab is made for
#: each of their combinations, or the shortcut would stop working with Num
#: Lock on.
X11_LOCK_VARIANTS = (0, LOCK_MASK, MOD2_MASK, LOCK_MASK | MOD2_MASK)


@dataclass(frozen=True)
class Hotkey:
    """A parsed combination: its modifiers and one key (``"L"``, ``"7"``, ``"F9"``)."""

    modifiers: frozenset[str]
    key: str

    def text(self) -> str:
        order = [m for m in ("ctrl", "alt", "shift", "meta") if m in self.modifiers]
        names = {"ctrl": "Ctrl", "alt": "Alt", "shift": "Shift", "meta": "Meta"}
        return "+".join([names[m] for m in order] + [self.key])

    @property
    def is_function_key(self) -> bool:
        return self.key.startswith("F") and self.key[1:].isdigit()


class HotkeyError(ValueError):
    """A combination the app will not take from other programs."""


def parse(sequence: str) -> Hotkey:
    """Parse ``"Ctrl+Alt+L"``; raise :class:`HotkeyError` when it is not safe."""
    parts = [p.strip() for p in sequence.split("+") if p.strip()]
    if not parts:
        raise HotkeyError("empty")
    *mods, key = parts
    modifiers = set()
    for mod in mods:
        name = _MODIFIERS.get(mod.lower())
        if name is None:
            raise HotkeyError(f"unknown modifier {mod!r}")
        modifiers.add(name)
    key = key.upper()
    is_letter_or_digit = len(key) == 1 and (key.isascii() and key.isalnum())
    is_function = key.startswith("F") and key[1:].isdigit() and 1 <= int(key[1:]) <= 12
    if not (is_letter_or_digit or is_function):
        raise HotkeyError(f"key {key!r}: use a letter, a digit or F1–F12")
    needed = 1 if is_function else 2
    if len(modifiers) < needed:
        raise HotkeyError("too easy to press by accident: add Ctrl, Alt or Shift")
    return Hotkey(frozenset(modifiers), key)


def windows_codes(hotkey: Hotkey) -> tuple[int, int]:
    """``(fsModifiers, vk)`` for ``RegisterHotKey``; auto-repeat off."""
    modifiers = MOD_NOREPEAT
    for name in hotkey.modifiers:
        modifiers |= _WINDOWS_MODIFIERS[name]
    if hotkey.is_function_key:
        vk = 0x70 + int(hotkey.key[1:]) - 1  # VK_F1 = 0x70
    else:
        vk = ord(hotkey.key)  # VK_A..VK_Z and VK_0..VK_9 are their ASCII codes
    return modifiers, vk


def x11_codes(hotkey: Hotkey) -> tuple[int, int]:
    """``(modifier mask, keysym)`` for ``XGrabKey`` (after ``XKeysymToKeycode``)."""
    mask = 0
    for name in hotkey.modifiers:
        mask |= _X11_MODIFIERS[name]
    if hotkey.is_function_key:
        keysym = 0xFFBE + int(hotkey.key[1:]) - 1  # XK_F1
    else:
        keysym = ord(hotkey.key.lower())  # XK_a.. and XK_0.. are their Latin-1 codes
    return mask, keysym


def x11_matches(hotkey_mask: int, event_state: int) -> bool:
    """Does a key event's ``state`` carry exactly the grab's modifiers
    (Caps Lock and Num Lock ignored)?"""
    relevant = SHIFT_MASK | CONTROL_MASK | MOD1_MASK | MOD4_MASK
    return (event_state & relevant) == hotkey_mask
