"""The library list: bundled sessions, then the person's own recordings,
with buttons to add, rename, move and remove their own."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fibro_desktop.core.relax.library import Session
from fibro_desktop.ui.kit import tokens
from fibro_desktop.ui.kit.widgets import big_target
from fibro_desktop.ui.kit.widgets import heading as kit_heading
from fibro_desktop.ui.translate import translator

KEY_ROLE = Qt.ItemDataRole.UserRole


_tr = translator("RelaxLibrary")
#: The bundled sessions' titles and descriptions (resources/audio/manifest.json).
_tr_sessions = translator("relax_sessions")


def translated_sessions(bundled: list[Session]) -> list[Session]:
    """The bundled sessions with their title and description in the person's
    language (the recordings themselves are spoken in English)."""
    return [replace(s, title=_tr_sessions(s.title), description=_tr_sessions(s.description)) for s in bundled]


def speaks_english_only() -> bool:
    """True when the app is shown in another language than English: the
    spoken sessions are English, and the library says so."""
    return QLocale().language() not in (QLocale.Language.English, QLocale.Language.C)


def minutes_text(duration_ms: int) -> str:
    if duration_ms <= 0:
        return ""
    return _tr("%1 min", max(1, round(duration_ms / 60_000)))


class LibraryPanel(QWidget):
    """Signals: ``chosen(str key)`` (double-click or Enter: play it),
    ``selected(str key)``, ``add_requested()``, ``rename_requested(str key)``,
    ``move_requested(str key, int step)``, ``remove_requested(str key)``."""

    chosen = Signal(str)
    selected = Signal(str)
    add_requested = Signal()
    rename_requested = Signal(str)
    move_requested = Signal(str, int)
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = kit_heading(_tr("Sessions"), tokens.HEADING_2)
        self.list = QListWidget()
        self.list.setAccessibleName(_tr("Relaxation sessions"))
        self.list.setWordWrap(True)
        # Lay the items out again when the width changes (a scroll bar appearing,
        # larger text), and no spacing: Qt measures a wrapped item at the whole
        # width but draws it inside the spacing, so a description one line
        # longer there (Portuguese) ended in "…". Alternating rows part them.
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setAlternatingRowColors(True)
        heading.setBuddy(self.list)
        self.list.itemActivated.connect(lambda item: self._emit_key(self.chosen, item))
        self.list.currentItemChanged.connect(self._on_current)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        self.empty_own = QLabel(_tr("You can add your own recordings too, such as a "
                                    "therapist's session or a favourite meditation."))
        self.empty_own.setWordWrap(True)
        layout.addWidget(self.empty_own)
        self.english_note = QLabel(_tr("The spoken sessions are in English for now. You can add recordings in "
                                       "your own language with “Add your own…”, such as a therapist's session "
                                       "or a meditation you like."))
        self.english_note.setWordWrap(True)
        self.english_note.setVisible(speaks_english_only())
        layout.addWidget(self.english_note)
        buttons = QGridLayout()
        self.add_button = QPushButton(_tr("Add your own…"))
        self.rename_button = QPushButton(_tr("Rename…"))
        self.up_button = QPushButton(_tr("Move up"))
        self.down_button = QPushButton(_tr("Move down"))
        self.remove_button = QPushButton(_tr("Remove…"))
        for index, button in enumerate((self.add_button, self.rename_button, self.remove_button,
                                        self.up_button, self.down_button)):
            big_target(button)
            buttons.addWidget(button, index // 2, index % 2)  # two a row: room for large text
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_requested)
        self.rename_button.clicked.connect(lambda: self._emit_current(self.rename_requested))
        self.remove_button.clicked.connect(lambda: self._emit_current(self.remove_requested))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self._own_keys: list[str] = []
        self._update_buttons()

    def set_sessions(self, bundled: list[Session], own: list[Session]) -> None:
        current = self.current_key()
        self.list.clear()
        for session in bundled + own:
            if own and session is own[0]:
                self._add_heading(_tr("Your recordings"))
            length = minutes_text(session.duration_ms)
            title = f"{session.title}  ·  {length}" if length else session.title
            text = title + (f"\n{session.description}" if session.description else "")
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, session.key)
            item.setToolTip(session.description or session.title)
            self.list.addItem(item)
        self._own_keys = [s.key for s in own]
        # In another language the note on English sessions already invites
        # one's own recordings: the same invitation twice reads as clutter.
        self.empty_own.setVisible(not own and self.english_note.isHidden())
        if current:
            self.select(current)
        self._update_buttons()

    def _add_heading(self, text: str) -> None:
        heading = QListWidgetItem(text)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # readable, but not selectable: only a label
        self.list.addItem(heading)

    def select(self, key: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(KEY_ROLE) == key:
                self.list.setCurrentRow(row)
                return

    def current_key(self) -> str | None:
        item = self.list.currentItem()
        return item.data(KEY_ROLE) if item is not None else None

    def _on_current(self, item, _previous) -> None:
        self._update_buttons()
        if item is not None and item.data(KEY_ROLE):
            self.selected.emit(item.data(KEY_ROLE))

    def _update_buttons(self) -> None:
        key = self.current_key()
        own = key in self._own_keys
        self.rename_button.setEnabled(own)
        self.remove_button.setEnabled(own)
        self.up_button.setEnabled(own and self._own_keys.index(key) > 0)
        self.down_button.setEnabled(own and self._own_keys.index(key) < len(self._own_keys) - 1)

    def _emit_key(self, signal, item) -> None:
        if item is not None and item.data(KEY_ROLE):
            signal.emit(item.data(KEY_ROLE))

    def _emit_current(self, signal) -> None:
        key = self.current_key()
        if key in self._own_keys:
            signal.emit(key)

    def _move(self, step: int) -> None:
        key = self.current_key()
        if key in self._own_keys:
            self.move_requested.emit(key, step)
