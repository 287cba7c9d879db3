""""Today / Yesterday" for the daily check-in, asking in the small hours.

The chooser holds a real date, shown on each button ("Today, Mon 30 Nov"),
so what is saved is always the day the person saw. Just after midnight
(before :data:`~fibro_desktop.core.journal.checkin_day.ASK_BEFORE`) neither
button is chosen and a short question says why.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fibro_desktop.core.instants import local_day
from fibro_desktop.core.journal.checkin_day import choosable_days, default_checkin_day
from fibro_desktop.ui.journal.form_parts import TOGGLE_STYLE, ErrorLabel
from fibro_desktop.ui.kit.widgets import big_target
from fibro_desktop.ui.translate import translator

_tr = translator("DayChooser")


def short_day(day: date) -> str:
    """"Mon 30 Nov" in the person's locale."""
    return QLocale().toString(day, "ddd d MMM")


class DayChooser(QWidget):
    """Two large toggle buttons; :meth:`day` is the chosen date or ``None``.
    ``day_chosen(date)`` is emitted when the person picks one."""

    day_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._today: date | None = None
        self._days: tuple[date, date] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.question = QLabel(_tr(
            "It is just after midnight. Which day is this check-in for?"))
        self.question.setWordWrap(True)
        font = self.question.font()
        font.setBold(True)
        self.question.setFont(font)
        self.question.setVisible(False)
        self.setStyleSheet(TOGGLE_STYLE + "QPushButton { padding: 4px 18px; }")
        row = QHBoxLayout()
        self.today_button = QPushButton()
        self.yesterday_button = QPushButton()
        self._group = QButtonGroup(self)
        for index, button in enumerate((self.today_button, self.yesterday_button)):
            button.setCheckable(True)
            big_target(button)
            self._group.addButton(button, index)
            row.addWidget(button)
        row.addStretch(1)
        self._group.idClicked.connect(self._on_clicked)
        self.error = ErrorLabel()
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.setAccessibleName(_tr("Day of this check-in"))

    def day(self) -> date | None:
        button = self._group.checkedButton()
        if button is None or self._days is None:
            return None
        return self._days[self._group.id(button)]

    def today(self) -> date | None:
        return self._today

    def reset(self, now: datetime) -> None:
        """Offer today and yesterday as of ``now`` (local) and choose the
        default: today, or nothing (and ask) in the small hours."""
        self._set_days(now)
        default = default_checkin_day(now)
        self._select(default)
        self.question.setVisible(default is None)

    def follow_clock(self, now: datetime) -> bool:
        """Relabel for a new ``now`` keeping the chosen date if it is still
        offered; otherwise :meth:`reset`. True if the chosen day changed."""
        if self._today == local_day(now):
            return False
        before = self.day()
        self._set_days(now)
        if before in self._days:
            self._select(before)
            return False
        self.reset(now)
        return self.day() != before

    def choose(self, day: date) -> None:
        """Choose ``day`` (today or yesterday) as if clicked."""
        if self._days is None or day not in self._days:
            raise ValueError(f"{day} is not offered")
        self._select(day)
        self._on_clicked(self._days.index(day))

    def show_error(self, text: str) -> None:
        self.error.show_message(text)

    def _set_days(self, now: datetime) -> None:
        self._days = choosable_days(now)
        self._today = self._days[0]
        today, yesterday = self._days
        self.today_button.setText(_tr("Today, %1").replace("%1", short_day(today)))
        self.yesterday_button.setText(_tr("Yesterday, %1").replace("%1", short_day(yesterday)))
        self.today_button.setAccessibleName(self.today_button.text())
        self.yesterday_button.setAccessibleName(self.yesterday_button.text())

    def _select(self, day: date | None) -> None:
        # An exclusive group cannot uncheck its last button; lift it briefly.
        self._group.setExclusive(False)
        for index, button in enumerate((self.today_button, self.yesterday_button)):
            button.setChecked(day is not None and self._days[index] == day)
        self._group.setExclusive(True)

    def _on_clicked(self, index: int) -> None:
        self.question.setVisible(False)
        self.error.clear_message()
        self.day_chosen.emit(self._days[index])
