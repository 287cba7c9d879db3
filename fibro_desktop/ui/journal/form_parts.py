"""Small building blocks shared by the check-in form and the medications panel:
quiet hint text, inline error labels and a labelled field row.

Validation messages from :mod:`fibro_desktop.core.journal.validation` are
English source text; :func:`fibro_desktop.ui.labels.validation_text`
translates them before they are shown next to their field.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fibro_desktop.ui.theme import palette_colors

#: Style for checkable buttons so "on" is unmistakable in both themes (the
#: Fusion "pressed" look alone is too subtle): filled with the accent colour.
#: Not bold: a wider bold label would be clipped by the size of the "off" one.
TOGGLE_STYLE = (
    "QPushButton { padding: 4px 10px; border: 1px solid palette(mid); border-radius: 6px;"
    " background: palette(button); color: palette(button-text); }"
    "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
    " border-color: palette(highlight); }"
    "QPushButton:focus { border: 2px solid palette(highlight); }"
    "QPushButton:checked:focus { border: 2px solid palette(text); }"
    "QPushButton:disabled { color: palette(placeholder-text); border-style: dashed; }")


def hint(text: str) -> QLabel:
    """Quiet explanatory text in the palette's muted colour."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class ErrorLabel(QLabel):
    """An inline message shown next to its field; hidden while empty.

    Uses the theme's calm warning colours, chosen from the current palette's
    lightness so it stays readable in light and dark.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setVisible(False)

    def show_message(self, text: str) -> None:
        if text:
            # Styled on first use: a form holds a dozen of these, mostly
            # never shown, and each style sheet costs time when opening.
            self._apply_colours()
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.styleSheet():
            self._apply_colours()

    def _apply_colours(self) -> None:
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        colours = palette_colors(dark)
        style = (f"QLabel {{ background: {colours['warning_bg']}; color: {colours['warning_text']};"
                 " border-radius: 4px; padding: 4px 8px; }")
        if self.styleSheet() != style:
            self.setStyleSheet(style)


class FieldRow(QWidget):
    """A field with its error label underneath (one cell of a form layout).

    ``field`` gets ``name`` as its accessible name; the error, when shown, is
    also put in the field's accessible description so a screen reader says it.
    """

    def __init__(self, field: QWidget, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(field)
        layout.addWidget(self.error)
        field.setAccessibleName(name)

    def show_error(self, text: str) -> None:
        self.error.show_message(text)
        if text:
            self.field.setAccessibleDescription(text)
        else:
            # A scale picker's description is its value; others had none.
            value_text = getattr(self.field, "value_text", None)
            self.field.setAccessibleDescription(value_text() if value_text else "")

    def clear_error(self) -> None:
        self.show_error("")


def fit_to_screen(window: QWidget, width: int, height: int, margin: float = 0.92) -> None:
    """Size ``window`` to ``width`` x ``height``, or less so that it fits
    the available area of the screen it will open on (a 1366x768 laptop
    has about 1366x728 once the task bar is taken off). Its content scrolls
    inside; buttons kept outside the scroll area stay visible."""
    screen = window.screen() if window.parentWidget() is None else window.parentWidget().screen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, int(available.width() * margin))
        height = min(height, int(available.height() * margin))
    window.resize(width, height)
