"""Calm notices at the top of the main window, above the tabs.

Data-safety problems that concern the whole app (a backup that failed, a
data folder that cannot be written) are said here, in plain words, with at
most a few buttons that lead somewhere useful. Each notice has a stable key:
showing a notice with a key already shown replaces its text, so a repeated
problem never stacks up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fibro_desktop.ui.translate import translator

_tr = translator("Notices")


#: A button on a notice: its translated label and what it does.
NoticeAction = tuple[str, Callable[[], None]]


class Notice(QFrame):
    """One notice: a message, its buttons, and "Close" when it may be put away."""

    def __init__(self, key: str, text: str, actions: Sequence[NoticeAction], closable: bool,
                 on_close: Callable[[str], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        # The theme's warning colours (BrightText holds warning_text, see ui/theme.py).
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.AlternateBase))
        self.setPalette(palette)
        self.setAccessibleName(_tr("Notice"))
        layout = QHBoxLayout(self)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        # Imported here: the first use of the Qt namespace builds all its enums
        # (~20 ms), which must not happen before the window is on screen.
        from PySide6.QtCore import Qt

        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(text)
        layout.addWidget(self.label, 1)
        self.buttons: list[QPushButton] = []
        for label, callback in actions:
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, run=callback: run())
            layout.addWidget(button)
            self.buttons.append(button)
        if closable:
            close = QPushButton(_tr("Close"))
            close.setAccessibleName(_tr("Close this notice"))
            close.clicked.connect(lambda: on_close(self.key))
            layout.addWidget(close)
            self.buttons.append(close)


class NoticeArea(QWidget):
    """A column of :class:`Notice` widgets; hidden while there is none."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 8, 8, 0)
        self._notices: dict[str, Notice] = {}
        self.setVisible(False)

    def show_notice(self, key: str, text: str, actions: Sequence[NoticeAction] = (),
                    *, closable: bool = True) -> Notice:
        """Show (or update) the notice ``key``; returns its widget."""
        old = self._notices.pop(key, None)
        if old is not None:
            old.setParent(None)
            old.deleteLater()
        notice = Notice(key, text, actions, closable, self.hide_notice, self)
        self._notices[key] = notice
        self._layout.addWidget(notice)
        self.setVisible(True)
        return notice

    def hide_notice(self, key: str) -> None:
        notice = self._notices.pop(key, None)
        if notice is not None:
            notice.setParent(None)
            notice.deleteLater()
        self.setVisible(bool(self._notices))

    def notice(self, key: str) -> Notice | None:
        return self._notices.get(key)

    def keys(self) -> list[str]:
        return list(self._notices)
