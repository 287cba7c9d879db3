"""The system-wide "Log a spasm" shortcut, kept in step with Settings.

Not a feature of its own (not in ``wiring.FEATURES``): the journal's
``wire`` calls :func:`wire` with what the shortcut should do. Off by
default; when the person switches it on or changes the keys, it is taken
again at once. When another program already has the keys, a notice says
so and how to choose others.
"""

from __future__ import annotations

from collections.abc import Callable

from fibro_desktop.core.hotkey import HotkeyError, parse
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.translate import translator

NOTICE_KEY = "global-shortcut"


_tr = translator("GlobalShortcut")


def wire(shell, ctx, log_a_spasm: Callable[[], None], make_backend=None) -> Callable[[str], None]:
    """Take the shortcut now if it is on, and again whenever Settings change
    it. The system is asked only once the person switches it on. Returns
    the function that re-reads the setting (for tests)."""
    held: dict[str, object] = {}

    def hotkey():
        if "hotkey" not in held:
            from fibro_desktop.ui.global_hotkey import GlobalHotkey
            from fibro_desktop.ui.global_hotkey import make_backend as default_backend

            backend = (make_backend or default_backend)()
            held["hotkey"] = None if backend is None else GlobalHotkey(backend, parent=shell.window)
            if held["hotkey"] is not None:
                held["hotkey"].pressed.connect(lambda: (shell.window.bring_to_front(), log_a_spasm()))
        return held["hotkey"]

    def apply(key: str = "") -> None:
        if key and key not in (prefs.JOURNAL_GLOBAL_SHORTCUT.key, prefs.JOURNAL_GLOBAL_SHORTCUT_KEYS.key):
            return
        if "hotkey" in held and held["hotkey"] is not None:
            held["hotkey"].stop()
        shell.window.hide_notice(NOTICE_KEY)
        if not ctx.preferences.get(prefs.JOURNAL_GLOBAL_SHORTCUT) or hotkey() is None:
            return
        keys = ctx.preferences.get(prefs.JOURNAL_GLOBAL_SHORTCUT_KEYS)
        try:
            taken = hotkey().start(parse(keys))
        except HotkeyError:
            taken = False
        if not taken:
            shell.window.show_notice(NOTICE_KEY, _tr(
                "The shortcut %1 for logging a spasm could not be set up: another program may "
                "already use it. You can choose other keys in Settings.", keys))

    ctx.preferences.changed.connect(apply)
    apply()
    return apply
