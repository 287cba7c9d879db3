"""The left column of the Learn window: a search field over the list.

With the field empty the list shows the nine guides; with words in it, every
section of every guide that holds them, each with a short snippet. Choosing
an entry (click, arrow keys, Enter) asks for it through :attr:`chosen`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from fibro_desktop.core.learn.guides import Guide, search
from fibro_desktop.ui.translate import translator

_TARGET = Qt.ItemDataRole.UserRole  # (guide key, section anchor) of an entry


_tr = translator("LearnWindow")


class GuideList(QWidget):
    #: (guide key, section anchor or "", the searched words or "")
    chosen = Signal(str, str, str)

    def __init__(self, guides: list[Guide], parent: QWidget | None = None):
        super().__init__(parent)
        self._guides = guides
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(_tr("Search all guides"))
        self.search_field.setAccessibleName(_tr("Search all guides"))
        self.search_field.setClearButtonEnabled(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(_tr("Search result"))
        self.entries = QListWidget()
        self.entries.setAccessibleName(_tr("Guides"))
        self.entries.setWordWrap(True)
        self.entries.setTextElideMode(Qt.TextElideMode.ElideNone)
        # Wrapped rows are measured again whenever the column changes width.
        self.entries.setResizeMode(QListView.ResizeMode.Adjust)
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Roomy rows: easier to hit with a sore hand, easier to read.
        self.entries.setStyleSheet("QListWidget::item { padding: 7px 6px; }")
        self.search_field.setMinimumHeight(34)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_field)
        layout.addWidget(self.status)
        layout.addWidget(self.entries, 1)
        self.search_field.textChanged.connect(self._fill)
        self.search_field.returnPressed.connect(self._open_first)
        self.entries.currentItemChanged.connect(lambda item, _old: self._choose(item))
        self.entries.itemActivated.connect(self._choose)
        self._fill("")

    def query(self) -> str:
        return self.search_field.text().strip()

    def select_guide(self, key: str) -> None:
        """Mark guide ``key`` as the current one without asking to open it."""
        if self.query():
            return
        for row in range(self.entries.count()):
            if self.entries.item(row).data(_TARGET)[0] == key:
                self.entries.blockSignals(True)
                self.entries.setCurrentRow(row)
                self.entries.blockSignals(False)
                return

    def _fill(self, text: str) -> None:
        self.entries.blockSignals(True)
        self.entries.clear()
        query = text.strip()
        if not query:
            self.status.hide()
            for guide in self._guides:
                self._add(f"{guide.number}. {guide.title}", guide.key, "")
        else:
            hits = search(self._guides, query, snippet_chars=40)
            self.status.setText(_tr("No guide mentions that. Try a shorter or different word.") if not hits
                                else _tr("Sections found: %1").replace("%1", str(len(hits))))
            self.status.show()
            for hit in hits:
                self._add(f"{hit.guide_title} — {hit.section_title}\n{hit.snippet}", hit.guide_key, hit.anchor)
        self.entries.blockSignals(False)

    def _add(self, text: str, key: str, anchor: str) -> None:
        item = QListWidgetItem(text)
        item.setData(_TARGET, (key, anchor))
        self.entries.addItem(item)

    def _open_first(self) -> None:
        if self.entries.count():
            self.entries.setCurrentRow(0)
            self._choose(self.entries.item(0))

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            key, anchor = item.data(_TARGET)
            self.chosen.emit(key, anchor, self.query())
