"""A calm page shown in a tab whose page could not be built.

A value in the data that the page cannot read (a date like "2026-13-45"
that got in through an old import, a damaged copy) must not take the whole
app down: the other tabs, the menus and the single-instance listener keep
working, and this page says what happened and offers ways out (restore a
backup, export what can be read). The details go to the log, not here.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from fibro_desktop.ui.kit.widgets import heading as kit_heading
from fibro_desktop.ui.notices import NoticeAction
from fibro_desktop.ui.translate import translator

_tr = translator("BrokenPage")


class BrokenPage(QWidget):
    """Says that ``title`` cannot be shown, with the recovery ``actions``."""

    def __init__(self, title: str, actions: Sequence[NoticeAction] = (), parent: QWidget | None = None):
        super().__init__(parent)
        # The words scroll when the tab is short (a small screen, large text):
        # never clipped, whatever the size.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a bare tab stop
        content = QWidget()
        scroll.setWidget(content)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        heading = kit_heading(_tr("This part cannot be shown right now"), wrap=False)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QLabel(_tr(
            "Something saved in your data could not be read, so \u201c%1\u201d could not open. "
            "Nothing has been changed or deleted, and the other tabs work as usual.\n\n"
            "You can put back a backup from before the problem, or save everything "
            "that can still be read to a file.").replace("%1", title))
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setMaximumWidth(560)
        layout.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
        # A word-wrapped label gets its height for its width only when a layout
        # sizes it directly (an alignment flag would clip it to one line's box).
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(body, 4)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addSpacing(12)
        row = QHBoxLayout()
        row.addStretch(1)
        self.buttons: list[QPushButton] = []
        for label, callback in actions:
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, run=callback: run())
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.setAccessibleName(heading.text())
        self.body_label = body
