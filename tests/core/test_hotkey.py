"""The system-wide shortcut spelled for Windows and X11 (issue 22)."""

import pytest

from fibro_desktop.core import hotkey as hk


def test_parse_accepts_safe_combinations_and_spells_them_back():
    assert hk.parse("Ctrl+Alt+L").text() == "Ctrl+Alt+L"
    assert hk.parse("alt+ctrl+l").text() == "Ctrl+Alt+L"
    assert hk.parse("Shift+F9").text() == "Shift+F9"  # one modifier is enough with a function key
    assert hk.parse("Ctrl+Shift+7").key == "7"


@pytest.mark.parametrize("text", ["", "L", "Ctrl+L", "F9", "Ctrl+Alt+Space", "Ctrl+Alt+F13", "Hyper+Alt+L",
                                  "Ctrl+Alt+É"])
def test_parse_refuses_what_other_programs_need_or_is_pressed_by_accident(text):
    with pytest.raises(hk.HotkeyError):
        hk.parse(text)


def test_windows_codes():
    mods, vk = hk.windows_codes(hk.parse("Ctrl+Alt+L"))
    assert mods == hk.MOD_CONTROL | hk.MOD_ALT | hk.MOD_NOREPEAT and vk == 0x4C
    assert hk.windows_codes(hk.parse("Shift+F1"))[1] == 0x70
    assert hk.windows_codes(hk.parse("Shift+F12"))[1] == 0x7B
    assert hk.windows_codes(hk.parse("Ctrl+Meta+0"))[0] == hk.MOD_CONTROL | hk.MOD_WIN | hk.MOD_NOREPEAT


def test_x11_codes_and_matching_ignores_caps_and_num_lock():
    mask, keysym = hk.x11_codes(hk.parse("Ctrl+Alt+L"))
    assert mask == hk.CONTROL_MASK | hk.MOD1_MASK and keysym == ord("l")
    assert hk.x11_codes(hk.parse("Shift+F1"))[1] == 0xFFBE
    for lock in hk.X11_LOCK_VARIANTS:
        assert hk.x11_matches(mask, mask | lock)
    assert not hk.x11_matches(mask, mask | hk.SHIFT_MASK)
    assert not hk.x11_matches(mask, hk.CONTROL_MASK)
