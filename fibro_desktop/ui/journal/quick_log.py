"""The quick log: a spasm saved in three interactions, even mid-spasm.

Open it (button, app-wide shortcut or tray), pick how strong it is (a click
or a number key), press Save (or Enter). A folded "Anything else?" row
notes warning signs without adding a step. The kind starts as the one logged
last time and the time as now; both can be changed with one click. The
entry is saved as not yet complete, and the journal invites (never nags)
adding details later.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fibro_desktop.core import vocabulary as v
from fibro_desktop.core.clock import Clock
from fibro_desktop.core.journal.prefill import EpisodePrefill
from fibro_desktop.core.journal.records import Episode, ReliefTried
from fibro_desktop.core.journal.validation import InvalidEntry
from fibro_desktop.core.learn.links import SPASM_KIND_LINKS
from fibro_desktop.ops import journal as journal_ops
from fibro_desktop.ui.events import DataEvents
from fibro_desktop.ui.journal.form_parts import TOGGLE_STYLE, ErrorLabel
from fibro_desktop.ui.journal.scale_picker import ScalePicker
from fibro_desktop.ui.journal.warning_row import WarningSignsRow
from fibro_desktop.ui.kit.widgets import big_target, heading, subheading
from fibro_desktop.ui.labels import term_label, validation_text, vocabulary_text
from fibro_desktop.ui.learn.link import learn_link
from fibro_desktop.ui.operations import run_for
from fibro_desktop.ui.translate import translator
from fibro_desktop.ui.write_errors import write_failure_text

#: Minutes ago offered as one-click start times (0 = now).
QUICK_TIMES = (0, 15, 30, 60)


_tr = translator("QuickLogDialog")


class QuickLogDialog(QDialog):
    """Emits ``saved(uid)`` after the episode is stored, and
    ``details_requested(uid)`` when the person asks to add details now."""

    saved = Signal(str)
    details_requested = Signal(str)

    def __init__(self, db, clock: Clock, events: DataEvents, *, default_kind: str = "cramp",
                 prefill: EpisodePrefill | None = None, open_guide: Callable[[str, str], None] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._clock = clock
        self._events = events
        self._prefill = prefill or EpisodePrefill()
        self.setWindowTitle(_tr("Log a spasm"))
        self.setAccessibleName(_tr("Log a spasm"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        # Chosen kind and time are filled with the accent colour, in both themes.
        self.setStyleSheet(TOGGLE_STYLE)

        strength = heading(_tr("How strong is it? (0 = barely, 10 = worst)"), 1.1)
        self.intensity = ScalePicker(_tr("barely"), _tr("worst"))
        self.intensity.setAccessibleName(_tr("Intensity from 0 to 10"))
        strength.setBuddy(self.intensity)
        self.intensity_error = ErrorLabel()
        layout.addWidget(strength)
        layout.addWidget(self.intensity)
        layout.addWidget(self.intensity_error)

        kind_heading = QHBoxLayout()
        kind_heading.addWidget(subheading(_tr("What kind?")), 1)
        self.kind_link = learn_link(_tr("What do these mean?"), ("kinds-of-spasm", ""), open_guide,
                                    topic=_tr("the kinds of spasm"))
        if self.kind_link is not None:
            kind_heading.addWidget(self.kind_link)
        layout.addLayout(kind_heading)
        kinds = QGridLayout()
        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        for i, term in enumerate(v.SPASM_KINDS):
            button = QPushButton(term_label(term.id))
            button.setCheckable(True)
            # Only Save may answer Enter: an option button that had focus
            # would otherwise become the default and take it.
            button.setAutoDefault(False)
            big_target(button)
            button.setToolTip(vocabulary_text(term.hint) if term.hint else "")
            button.setAccessibleName(_tr("Kind: %1").replace("%1", term_label(term.id)))
            button.setProperty("kind_id", term.id)
            self.kind_group.addButton(button)
            kinds.addWidget(button, i // 3, i % 3)
        layout.addLayout(kinds)
        self.kind_group.buttonToggled.connect(self._point_kind_link)

        layout.addWidget(subheading(_tr("When did it start?")))
        times = QHBoxLayout()
        self.time_group = QButtonGroup(self)
        for minutes in QUICK_TIMES:
            label = _tr("Now") if minutes == 0 else (
                _tr("1 hour ago") if minutes == 60 else _tr("%1 min ago").replace("%1", str(minutes)))
            button = QPushButton(label)
            button.setCheckable(True)
            button.setAutoDefault(False)
            big_target(button)
            button.setAccessibleName(_tr("Started: %1").replace("%1", label))
            button.setProperty("minutes_ago", minutes)
            self.time_group.addButton(button)
            times.addWidget(button)
        self.other_time = QPushButton(_tr("Other time…"))
        self.other_time.setCheckable(True)
        self.other_time.setAutoDefault(False)
        big_target(self.other_time)
        self.time_group.addButton(self.other_time)
        times.addWidget(self.other_time)
        layout.addLayout(times)
        self.time_edit = QDateTimeEdit()
        self.time_edit.setCalendarPopup(True)
        self.time_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.time_edit.setAccessibleName(_tr("Start date and time"))
        self.time_edit.hide()
        self.time_error = ErrorLabel()
        layout.addWidget(self.time_edit)
        layout.addWidget(self.time_error)
        self.other_time.toggled.connect(self._on_other_time)
        # Logged mid-spasm: "It's over now" (Journal tab, tray) counts the length later.
        self.still_going = QPushButton(_tr("It's still going"))
        self.still_going.setCheckable(True)
        self.still_going.setAutoDefault(False)
        big_target(self.still_going)
        self.still_going.setToolTip(_tr("Press \"It's over now\" when it stops: how long it lasted is counted for you"))
        self.still_going.setChecked(self._prefill.ongoing)
        layout.addWidget(self.still_going)

        # Optional and folded: no extra step for an ordinary quick log.
        self.warning_row = WarningSignsRow()
        layout.addWidget(self.warning_row)

        self.prefill_note = QLabel()
        self.prefill_note.setWordWrap(True)
        self.prefill_note.hide()
        layout.addWidget(self.prefill_note)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(_tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.details_button = buttons.addButton(_tr("Save and add details…"), QDialogButtonBox.ButtonRole.ActionRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.save_button, self.details_button, cancel):
            big_target(button)
            button.setAutoDefault(False)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self._save(open_details=False))
        self.details_button.clicked.connect(lambda: self._save(open_details=True))
        cancel.clicked.connect(self.reject)
        self.save_error = ErrorLabel()
        layout.addWidget(self.save_error)
        layout.addWidget(buttons)

        self._apply_defaults(default_kind)
        self.intensity.setFocus()

    # -- state -----------------------------------------------------------------
    def _apply_defaults(self, default_kind: str) -> None:
        kind = self._prefill.kind or default_kind
        for button in self.kind_group.buttons():
            button.setChecked(button.property("kind_id") == kind)
        if self.kind_group.checkedButton() is None:
            self.kind_group.buttons()[0].setChecked(True)
        self.time_group.buttons()[0].setChecked(True)
        if self._prefill.intensity is not None:
            self.intensity.set_value(self._prefill.intensity)
        if self._prefill.source_note:
            self.prefill_note.setText(self._prefill.source_note)
            self.prefill_note.show()

    def _point_kind_link(self) -> None:
        """The link explains the kind chosen (the top of the guide if none)."""
        checked = self.kind_group.checkedButton()
        link = SPASM_KIND_LINKS.get(checked.property("kind_id"), ("kinds-of-spasm", "")) if checked else (
            "kinds-of-spasm", "")
        if self.kind_link is not None:
            self.kind_link.set_link(link)

    def _on_other_time(self, on: bool) -> None:
        self.time_edit.setVisible(on)
        if on:
            now = self._clock.now()
            self.time_edit.setDateTime(QDateTime(now.date(), now.time().replace(microsecond=0)))
            self.time_edit.setMaximumDateTime(QDateTime(now.date(), now.time()).addSecs(120))
            self.time_edit.setFocus()

    def selected_kind(self) -> str:
        return self.kind_group.checkedButton().property("kind_id")

    def started(self) -> datetime:
        now = self._clock.now()
        checked = self.time_group.checkedButton()
        if checked is self.other_time:
            chosen = self.time_edit.dateTime().toPython()
            return chosen.replace(tzinfo=now.tzinfo, second=0, microsecond=0)
        return now - timedelta(minutes=checked.property("minutes_ago"))

    def episode(self) -> Episode:
        """The episode as entered so far (not validated)."""
        return Episode(
            started=self.started(), kind=self.selected_kind(), intensity=self.intensity.value(),
            muscles=self._prefill.muscles, notes=self._prefill.notes, complete=False,
            warnings=self.warning_row.selected(),
            # What another tab knows was tried (the rescue plan's steps).
            reliefs=tuple(ReliefTried(relief) for relief in self._prefill.unique_reliefs()),
            ongoing=self.still_going.isChecked(),
        )

    # -- saving ----------------------------------------------------------------
    def _save(self, open_details: bool) -> None:
        self.intensity_error.clear_message()
        self.time_error.clear_message()
        if self.intensity.value() is None:
            self.intensity_error.show_message(_tr("Choose how strong it is, from 0 to 10."))
            self.intensity.setFocus()
            return
        try:
            episode = self.episode()
            saved = run_for(self._events, lambda: journal_ops.save_episode(self._db, episode, self._clock.now()),
                            origin=self)
        except InvalidEntry as problem:
            if "started" in problem.errors:
                self.time_error.show_message(validation_text(problem.errors["started"]))
            else:
                self.intensity_error.show_message(validation_text(next(iter(problem.errors.values()))))
            return
        except Exception as exc:  # a full disk: say so, keep the dialog and what was entered
            text = write_failure_text(exc)
            if text is None:
                raise
            self.save_error.show_message(text)
            return
        self.save_error.clear_message()
        self.saved.emit(saved.uid)
        if open_details:
            self.details_requested.emit(saved.uid)
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        # Number keys pick the intensity from anywhere in the dialog, so a
        # sore hand can log with the keyboard alone: shortcut, digit, Enter.
        text = event.text()
        if text.isdigit() and len(text) == 1 and not self.time_edit.hasFocus():
            self.intensity.type_digit(int(text))  # 1 then 0 makes 10
            return
        super().keyPressEvent(event)
