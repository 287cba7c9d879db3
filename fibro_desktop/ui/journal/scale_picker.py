"""A friendly 0-10 picker: eleven large buttons in a row, or "not answered".

Used for the daily check-in scales and (by the episode editor) for
intensity. The whole row is one keyboard stop: Left/Right (or Down/Up) move
the choice, Home/End jump to 0/10, a digit picks that number (1 then 0
picks 10: ten has no key of its own), Delete or Backspace clears it.
Clicking the chosen number again clears it too, so a question can always
be left unanswered.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from fibro_desktop.ui.journal.form_parts import TOGGLE_STYLE
from fibro_desktop.ui.translate import translator

#: Least side of each number button in pixels (a comfortable target for sore hands).
BUTTON_SIZE = 38
LOWEST, HIGHEST = 0, 10


_tr = translator("ScalePicker")


class ScalePicker(QWidget):
    """Pick a whole number from 0 to 10, or nothing.

    ``value()`` is an ``int`` 0-10 or ``None`` (not answered).
    ``valueChanged(object)`` is emitted with the new value (``int`` or
    ``None``) whenever it changes, by the user or by :meth:`set_value`.
    ``low_text``/``high_text`` say what the ends mean ("no pain" / "worst").
    Give the picker an accessible name (or a label buddy) like any control;
    its accessible description always says the chosen value.
    """

    valueChanged = Signal(object)  # noqa: N815 (Qt's naming, like QSpinBox.valueChanged)

    def __init__(self, low_text: str = "", high_text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._value: int | None = None
        #: The 1 just typed (so that a 0 right after it makes 10).
        self._typed_one = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        # Palette roles keep both themes readable; the chosen number is filled.
        self.setStyleSheet(TOGGLE_STYLE + "QPushButton { padding: 0px; }")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(4)
        self._buttons: list[QPushButton] = []
        for number in range(LOWEST, HIGHEST + 1):
            button = QPushButton(str(number))
            button.setCheckable(True)
            # The row takes the focus as a whole; arrows move the choice.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            # Square, and larger with larger text (a fixed side clipped "10" at 200 %).
            side = max(BUTTON_SIZE, button.fontMetrics().height() + 16)
            button.setMinimumSize(side, side)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(str(number))
            button.clicked.connect(lambda _checked=False, n=number: self._on_clicked(n))
            row.addWidget(button)
            self._buttons.append(button)
        outer.addLayout(row)
        ends = QHBoxLayout()
        self._low_label = QLabel(low_text)
        self._high_label = QLabel(high_text)
        self._high_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        for label in (self._low_label, self._high_label):
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            label.setVisible(bool(label.text()))
        ends.addWidget(self._low_label)
        ends.addStretch(1)
        ends.addWidget(self._high_label)
        outer.addLayout(ends)
        self._update_description()

    # -- API ---------------------------------------------------------------

    def value(self) -> int | None:
        """The chosen number 0-10, or ``None`` when not answered."""
        return self._value

    def set_value(self, value: int | None) -> None:
        """Choose ``value`` (0-10) or clear with ``None``; other values raise
        :class:`ValueError`."""
        if value is not None and (isinstance(value, bool) or not LOWEST <= int(value) <= HIGHEST):
            raise ValueError(f"scale value out of range: {value!r}")
        value = None if value is None else int(value)
        self._typed_one = False
        if value == self._value:
            self._sync_buttons()
            return
        self._value = value
        self._sync_buttons()
        self._update_description()
        self.valueChanged.emit(value)

    def type_digit(self, digit: int) -> None:
        """A digit key: that number, except that a 0 typed right after a 1
        makes 10 (type 0 again for 0)."""
        ten = digit == 0 and self._typed_one and self._value == 1
        self.set_value(HIGHEST if ten else digit)
        self._typed_one = digit == 1

    def clear(self) -> None:
        self.set_value(None)

    def value_text(self) -> str:
        """The value as a person would read it ("7 of 10" / "Not answered")."""
        if self._value is None:
            return _tr("Not answered")
        return _tr("%1 of 10").replace("%1", str(self._value))

    def button(self, number: int) -> QPushButton:
        """The button of ``number`` (for tests and screenshots)."""
        return self._buttons[number - LOWEST]

    # -- behaviour ---------------------------------------------------------

    def _on_clicked(self, number: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        # A second click on the chosen number takes the answer back.
        self.set_value(None if self._value == number else number)

    def _sync_buttons(self) -> None:
        for number, button in enumerate(self._buttons, start=LOWEST):
            button.setChecked(number == self._value)

    def _update_description(self) -> None:
        self.setAccessibleDescription(self.value_text())
        self.setToolTip(self.value_text() + "\n" + _tr("Keys: 0 to 9; 1 then 0 for 10."))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = int(event.key())
        current = self._value
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.set_value(LOWEST if current is None else min(HIGHEST, current + 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.set_value(LOWEST if current is None else max(LOWEST, current - 1))
        elif key == Qt.Key.Key_Home:
            self.set_value(LOWEST)
        elif key == Qt.Key.Key_End:
            self.set_value(HIGHEST)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None)
        elif int(Qt.Key.Key_0) <= key <= int(Qt.Key.Key_9):
            self.type_digit(key - int(Qt.Key.Key_0))
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # The buttons never take focus, so the row draws its own focus ring.
        super().paintEvent(event)
        if not self.hasFocus():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight))
        pen.setWidth(2)
        painter.setPen(pen)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)
