"""The check-in's "could you do your daily activities without interruption?":
a short list (not answered, yes, partly, no), one of the source's outcome
measures ("measuring the difference")."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from fibro_desktop.core import vocabulary as v
from fibro_desktop.ui.kit.widgets import big_target
from fibro_desktop.ui.labels import vocabulary_text
from fibro_desktop.ui.translate import translator

_tr = translator("CheckInForm")


class DailyActivitiesBox(QComboBox):
    """``value()`` is ``"yes"``, ``"partly"``, ``"no"`` or ``None`` (not answered)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.addItem(_tr("Not answered"), None)
        for term in v.DAILY_ACTIVITIES:
            self.addItem(vocabulary_text(term.label), term.id)
        big_target(self)
        #: The whole question (the form's label is short): tooltip and accessible name.
        self.question = _tr("Could you do your daily activities without interruption?")
        self.setAccessibleName(self.question)
        self.setToolTip(self.question)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, value: str | None) -> None:
        self.setCurrentIndex(max(0, self.findData(value)) if value is not None else 0)
