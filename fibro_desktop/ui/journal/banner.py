"""The calm red-flag banner shown at the top of the journal.

It says what was noticed, why it matters and what to do (talk to a doctor),
never what it might be. The detail line is translated and names warning
signs with the forms' labels (:mod:`fibro_desktop.ui.journal.flag_text`).
"I've read this" acknowledges the flag: the banner goes away and the flag
is kept for the provider report.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from fibro_desktop.core.journal.records import RedFlag
from fibro_desktop.core.learn.links import PLACE_LINKS
from fibro_desktop.ui.journal.flag_text import detail_text
from fibro_desktop.ui.kit.widgets import big_target
from fibro_desktop.ui.learn.link import learn_link
from fibro_desktop.ui.translate import translator

_tr = translator("RedFlagBanner")


def rule_text(rule: str) -> tuple[str, str]:
    """(what was noticed, why it matters and what to do) for a rule id."""
    texts = {
        "neuro_signs": (
            _tr("You noted weakness, numbness or loss of balance."),
            _tr("These signs are worth checking with a doctor soon. If they are sudden or severe, seek urgent care.")),
        "body_signs": (
            _tr("You noted a fever, a racing heart or swelling."),
            _tr("Signs like these should be looked at by a doctor. If you feel very unwell, seek urgent care.")),
        "night_spasms": (
            _tr("Spasms have been waking you on most nights of a week."),
            _tr("Frequent night spasms are worth talking over with your doctor; there may be things that help.")),
        "prolonged": (
            _tr("Some spasms have been lasting a long time."),
            _tr("Long spasms are worth mentioning to your doctor.")),
        "still_going": (
            _tr("A spasm you logged as still going has lasted several hours."),
            _tr("If it has not eased, please contact your doctor. If you feel very unwell, seek urgent care. "
                "If it is over, you can note that in the journal.")),
        "constant": (
            _tr("Spasms have been coming many times a day, on most days of a week."),
            _tr("Spasms that keep coming like this are worth talking over with your doctor.")),
        "worsening": (
            _tr("Spasms have been more frequent or stronger over the last four weeks."),
            _tr("When spasms get worse, it is a good time to talk to your doctor.")),
        "mobility": (
            _tr("Moving around has been hard."),
            _tr("If spasms make it hard to move, please talk to your doctor.")),
    }
    return texts.get(rule, (_tr("The journal noticed something worth a look."),
                            _tr("Consider talking to your doctor about it.")))


class RedFlagBanner(QFrame):
    """Shows the oldest unacknowledged flag; ``acknowledged(uid)`` when read.

    With ``open_guide``, a link beside "I've read this" opens the guide's
    warning signs."""

    acknowledged = Signal(str)

    def __init__(self, open_guide: Callable[[str, str], None] | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("redFlagBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        # A soft tint of the highlight colour: visible in light and dark, not alarming.
        tint = palette.color(QPalette.ColorRole.Highlight)
        tint.setAlpha(40)
        palette.setColor(QPalette.ColorRole.Window, tint)
        self.setPalette(palette)
        self._flags: list[RedFlag] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        texts = QVBoxLayout()
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.more = QLabel()
        texts.addWidget(self.heading)
        texts.addWidget(self.advice)
        texts.addWidget(self.detail)
        texts.addWidget(self.more)
        layout.addLayout(texts, 1)
        self.read_button = QPushButton(_tr("I've read this"))
        big_target(self.read_button)
        self.read_button.setAccessibleName(_tr("I've read this note"))
        self.read_button.clicked.connect(self._on_read)
        side = QVBoxLayout()
        side.addStretch(1)
        side.addWidget(self.read_button)
        self.learn_link = learn_link(_tr("Read about the warning signs"), PLACE_LINKS["red_flags"], open_guide,
                                     topic=_tr("the warning signs"))
        if self.learn_link is not None:
            side.addWidget(self.learn_link)
        side.addStretch(1)
        layout.addLayout(side)
        self.setAccessibleName(_tr("Something worth talking to your doctor about"))
        self.hide()

    def set_flags(self, flags: list[RedFlag]) -> None:
        self._flags = list(flags)
        self._show_first()

    def _show_first(self) -> None:
        if not self._flags:
            self.hide()
            return
        flag = self._flags[0]
        noticed, advice = rule_text(flag.rule)
        self.heading.setText(noticed)
        self.advice.setText(advice)
        self.detail.setText(_tr("Noticed on %1: %2").replace("%2", detail_text(flag.detail)).replace(
            "%1", QLocale().toString(flag.day, QLocale.FormatType.LongFormat)))
        self.more.setVisible(len(self._flags) > 1)
        self.more.setText(_tr("More notes after this one: %1").replace("%1", str(len(self._flags) - 1)))
        self.setAccessibleDescription(f"{noticed} {advice}")
        self.show()

    def current(self) -> RedFlag | None:
        return self._flags[0] if self._flags else None

    def _on_read(self) -> None:
        if self._flags:
            flag = self._flags.pop(0)
            self.acknowledged.emit(flag.uid)
            self._show_first()
