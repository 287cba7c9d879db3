"""The Learn window: the guide list and search on the left, the reader on
the right, Print and Save as PDF below.

One window is kept and brought back; :meth:`LearnWindow.open_guide` is the
one door other places use (through the ``learn`` intent). Keyboard: Ctrl+F
goes to the search field, Enter opens the first result, arrows walk the
list, Ctrl+Page Down / Ctrl+Page Up go to the next / previous guide, the
reader scrolls with the usual keys, Ctrl+P prints, Escape clears the
search being typed or closes the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fibro_desktop.core.learn.guides import Guide
from fibro_desktop.ui.learn import printing
from fibro_desktop.ui.learn.guide_list import GuideList
from fibro_desktop.ui.learn.reader import GuideReader
from fibro_desktop.ui.translate import translator

_tr = translator("LearnWindow")


def _ask_pdf_path(parent: QWidget, suggested: Path) -> Path | None:
    path, _filter = QFileDialog.getSaveFileName(parent, _tr("Save the guide as PDF"), str(suggested),
                                                _tr("PDF files (*.pdf)"))
    if not path:
        return None
    return Path(path if path.lower().endswith(".pdf") else path + ".pdf")


class LearnWindow(QWidget):
    """A separate, ordinary window (it can sit beside the main one)."""

    def __init__(self, guides: list[Guide], parent: QWidget | None = None,
                 ask_pdf_path: Callable[[QWidget, Path], Path | None] = _ask_pdf_path):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(_tr("Learn — Fibro Desktop"))
        self._guides = {g.key: g for g in guides}
        self._order = [g.key for g in guides]
        self._ask_pdf_path = ask_pdf_path
        self.guide_list = GuideList(guides)
        self.reader = GuideReader()
        self.print_button = QPushButton(_tr("&Print…"))
        self.pdf_button = QPushButton(_tr("Save as P&DF…"))
        self.close_button = QPushButton(_tr("&Close"))
        self._build_layout()
        self.guide_list.chosen.connect(self._on_chosen)
        self.print_button.clicked.connect(self.print_guide)
        self.pdf_button.clicked.connect(self.save_pdf_asking)
        self.close_button.clicked.connect(self.close)
        self._add_shortcuts()
        self.resize(1040, 720)
        self.open_guide(self._order[0])

    def _build_layout(self) -> None:
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.guide_list)
        splitter.addWidget(self.reader)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 740])
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.guide_list.search_field, self.guide_list.entries)
        self.setTabOrder(self.guide_list.entries, self.reader)
        self.setTabOrder(self.reader, self.print_button)

    def _add_shortcuts(self) -> None:
        for keys, slot in ((QKeySequence.StandardKey.Find, self.focus_search),
                           (QKeySequence.StandardKey.Print, self.print_guide),
                           ("Ctrl+PgDown", lambda: self.step_guide(1)),
                           ("Ctrl+PgUp", lambda: self.step_guide(-1)),
                           ("Escape", self.escape)):
            QShortcut(QKeySequence(keys), self, slot)

    # -- the door for other places -----------------------------------------
    def open_guide(self, key: str, section: str | None = None, highlight: str = "") -> None:
        """Show guide ``key`` (an unknown key shows the first guide), at
        ``section`` if given; ``highlight`` selects a searched word there."""
        guide = self._guides.get(key) or self._guides[self._order[0]]
        anchor = section if section in guide.anchors() else ""
        self.reader.show_guide(guide, anchor)
        self.guide_list.select_guide(guide.key)
        if highlight:
            self.reader.find_from_top(highlight.split()[0])

    def current_key(self) -> str:
        guide = self.reader.guide()
        return guide.key if guide else ""

    def step_guide(self, step: int) -> None:
        index = self._order.index(self.current_key()) + step
        if 0 <= index < len(self._order):
            self.open_guide(self._order[index])
            self.reader.setFocus()

    def escape(self) -> None:
        """Escape clears a search being typed; otherwise it closes the window."""
        field = self.guide_list.search_field
        if field.hasFocus() and field.text():
            field.clear()
        else:
            self.close()

    def focus_search(self) -> None:
        self.guide_list.search_field.setFocus()
        self.guide_list.search_field.selectAll()

    def _on_chosen(self, key: str, anchor: str, query: str) -> None:
        self.open_guide(key, anchor or None, query)

    # -- paper --------------------------------------------------------------
    def print_guide(self) -> None:
        printing.print_with_dialog(self.reader.print_document(), self)

    def save_pdf_asking(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        guide = self.reader.guide()
        title = guide.title if guide else "Guide"
        suggested = Path(folder) / ("".join(c for c in title if c.isalnum() or c in " -").strip() + ".pdf")
        path = self._ask_pdf_path(self, suggested)
        if path is not None:
            self.save_pdf(path)

    def save_pdf(self, path: Path) -> bool:
        """Save the open guide as a PDF at ``path``; says so calmly if it cannot."""
        guide = self.reader.guide()
        if printing.save_pdf(self.reader.print_document(), path, guide.title if guide else ""):
            return True
        QMessageBox.warning(self, _tr("The PDF was not saved"), _tr(
            "The guide could not be saved as %1. The folder may be read-only, or the disk may be "
            "full. Please choose another place.").replace("%1", str(path)))
        return False
