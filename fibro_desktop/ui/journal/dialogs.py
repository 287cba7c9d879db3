"""One way in to the journal's dialogs, for the tab, the tray, shortcuts and
other tabs alike.

:class:`JournalDialogs` opens the quick log and the episode editor, and
the dialogs announce their saves themselves (:mod:`fibro_desktop.ui.operations`). The
Journal page, the tray action, the pacing timer's "Spasm now" and the
toolkit's rescue plan all come through here, so they open the very same
dialogs, prefilled where they know something.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from fibro_desktop.core.clock import Clock
from fibro_desktop.core.journal.prefill import EpisodePrefill
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.events import DataEvents


class JournalDialogs(QObject):
    """Opens the quick log and the episode editors: one editor per entry (a
    second request, say the two halves of a double-click, brings the open
    one forward)."""

    #: An existing entry was saved with changes: its version from before (for undo).
    entry_replaced = Signal(object)

    def __init__(self, db, clock: Clock, data_events: DataEvents, preferences: prefs.Preferences,
                 parent_window: QWidget | None = None, open_guide: Callable[[str, str], None] | None = None):
        super().__init__(parent_window)
        #: Opens a guide section (``intents.open_guide``), for the dialogs' Learn links.
        self.open_guide = open_guide
        self._db = db
        self._clock = clock
        self._events = data_events
        self._preferences = preferences
        self._window = parent_window
        self.quick_dialog = None
        self.editor = None
        self._editors: dict[str, object] = {}  # uid -> its open editor

    def quick_log(self, prefill: EpisodePrefill | None = None):
        """Open (or bring forward) the quick log; returns the dialog."""
        from fibro_desktop.ui.journal.quick_log import QuickLogDialog

        if self.quick_dialog is not None and self.quick_dialog.isVisible():
            self.quick_dialog.raise_()
            self.quick_dialog.activateWindow()
            return self.quick_dialog
        dialog = QuickLogDialog(self._db, self._clock, self._events,
                                default_kind=self._preferences.get(prefs.JOURNAL_LAST_KIND),
                                prefill=prefill, open_guide=self.open_guide, parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _uid: self._after_quick_save(dialog))
        dialog.details_requested.connect(lambda uid: self.edit(uid))
        self.quick_dialog = dialog
        dialog.destroyed.connect(lambda: setattr(self, "quick_dialog", None))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _after_quick_save(self, dialog) -> None:
        self._preferences.set(prefs.JOURNAL_LAST_KIND, dialog.selected_kind())

    def edit(self, uid: str):
        """Open the editor of the entry ``uid``, or bring its open one forward."""
        editor = self._editors.get(uid)
        if editor is not None and editor.isVisible():
            editor.raise_()
            editor.activateWindow()
            return editor
        return self._open_editor(uid=uid)

    def new_episode(self, prefill: EpisodePrefill | None = None):
        return self._open_editor(prefill=prefill or EpisodePrefill())

    def _open_editor(self, uid: str | None = None, prefill: EpisodePrefill | None = None):
        from fibro_desktop.ui.journal.editor import EpisodeEditor

        editor = EpisodeEditor(self._db, self._clock, self._events, uid=uid, prefill=prefill,
                               open_guide=self.open_guide, parent=self._window)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = editor
        editor.destroyed.connect(lambda: setattr(self, "editor", None) if self.editor is editor else None)
        editor.replaced.connect(self.entry_replaced)
        if uid:
            self._editors[uid] = editor
            editor.finished.connect(lambda _result, key=uid: self._editors.pop(key, None))
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor
