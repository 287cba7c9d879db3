"""Telling the person something while they may be in another program.

A reminder or a restock note must not be lost where the system shows no
notifications: no tray (stock GNOME), a tray without balloon messages, or
notifications switched off for the app (which Qt cannot see). So every
note goes to three places:

* a calm notice above the tabs, kept until the person acts on it or closes
  it (seen the next time they look at the window);
* the tray icon's tooltip, which lists what is waiting;
* a tray message, where the system shows them; clicking it does the
  note's action.

One :class:`Notifier` per window (``Shell.notifier``); features call
:meth:`Notifier.notify` instead of ``QSystemTrayIcon.showMessage``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSystemTrayIcon

NoteAction = tuple[str, Callable[[], None]]


class NoticeHost(Protocol):
    """What the notifier needs of the main window."""

    def show_notice(self, key: str, text: str, actions=(), *, closable: bool = True): ...

    def hide_notice(self, key: str) -> None: ...


class Notifier(QObject):
    """Shows notes in the window, the tray tooltip and tray messages."""

    def __init__(self, window: NoticeHost, tray: QSystemTrayIcon | None, app_name: str,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._window = window
        self._tray = tray
        self._app_name = app_name
        self._waiting: dict[str, str] = {}
        self._last_action: Callable[[], None] | None = None
        if tray is not None:
            tray.messageClicked.connect(self._message_clicked)

    def notify(self, key: str, title: str, text: str, action: NoteAction | None = None) -> bool:
        """Show a note everywhere it can be seen. ``True`` when a tray
        message was shown too (the system may still hide it)."""
        actions = []
        if action is not None:
            label, do = action
            actions.append((label, lambda: (self.clear(key), do())))
        self._window.show_notice(key, f"{title}: {text}", actions)
        self._waiting[key] = title
        self._update_tooltip()
        if self._tray is not None and self._tray.isVisible() and self._tray.supportsMessages():
            self._last_action = (lambda: (self.clear(key), action[1]())) if action else None
            self._tray.showMessage(title, text)
            return True
        return False

    def confirm(self, title: str, text: str) -> bool:
        """A passing word about something just done from the tray menu ("Saved:
        the cramp lasted 45 min."): a tray message only, where the system shows
        them; nothing waits in the window or the tooltip, and clicking it does
        nothing (not the action of an earlier note). ``True`` when shown."""
        if self._tray is not None and self._tray.isVisible() and self._tray.supportsMessages():
            self._last_action = None
            self._tray.showMessage(title, text)
            return True
        return False

    def clear(self, key: str) -> None:
        """The note was acted on: take it out of the window and the tooltip."""
        self._window.hide_notice(key)
        self._waiting.pop(key, None)
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        if self._tray is None:
            return
        lines = [self._app_name] + [f"• {title}" for title in self._waiting.values()]
        self._tray.setToolTip("\n".join(lines))

    def _message_clicked(self) -> None:
        action, self._last_action = self._last_action, None
        if action is not None:
            action()
