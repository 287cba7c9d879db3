"""The daily check-in: one short form per day, every question optional.

Sleep, mood, energy, pain, mobility, stress, water, activity, the day's
candidate triggers (one tap each), an optional folded row of warning
signs ("Anything else?") and notes. The day is chosen explicitly
("Today" / "Yesterday"); in the small hours nothing is chosen until the
person says which day they mean. Choosing a day loads its check-in for
editing; unsaved answers for the other day are kept as a draft while the
form is open. Saving writes the whole check-in in one transaction
(:func:`fibro_desktop.ops.journal.save_checkin`), announced with this form
as its origin so that the form does not reload over its own "Saved".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fibro_desktop.core.changes import Area, Changes
from fibro_desktop.core.instants import local_day
from fibro_desktop.core.journal.records import CheckIn
from fibro_desktop.core.journal.validation import MAX_WATER_GLASSES, InvalidEntry
from fibro_desktop.core.learn.links import PLACE_LINKS
from fibro_desktop.core.text import MAX_NAME_CHARS
from fibro_desktop.ops import journal as journal_ops
from fibro_desktop.store import checkins as checkin_store
from fibro_desktop.store import journal as journal_store
from fibro_desktop.ui.events import DataEvents
from fibro_desktop.ui.journal.daily_activities import DailyActivitiesBox
from fibro_desktop.ui.journal.day_chooser import DayChooser
from fibro_desktop.ui.journal.form_parts import ErrorLabel, FieldRow, hint
from fibro_desktop.ui.journal.scale_picker import ScalePicker
from fibro_desktop.ui.journal.trigger_toggles import TriggerToggles
from fibro_desktop.ui.journal.warning_row import WarningSignsRow
from fibro_desktop.ui.kit.widgets import big_target, form_layout, heading
from fibro_desktop.ui.labels import validation_text
from fibro_desktop.ui.learn.link import beside, learn_link
from fibro_desktop.ui.operations import run_for
from fibro_desktop.ui.translate import translator
from fibro_desktop.ui.write_errors import write_failure_text

#: The 0-10 questions: (CheckIn field, label, meaning of 0, meaning of 10).
#: Texts are marked for translation here and translated when shown.
SCALES = (
    ("sleep_quality", QT_TRANSLATE_NOOP("CheckInForm", "Sleep quality"),
     QT_TRANSLATE_NOOP("CheckInForm", "Slept badly"), QT_TRANSLATE_NOOP("CheckInForm", "Slept well")),
    ("mood", QT_TRANSLATE_NOOP("CheckInForm", "Mood"),
     QT_TRANSLATE_NOOP("CheckInForm", "Low"), QT_TRANSLATE_NOOP("CheckInForm", "Good")),
    ("energy", QT_TRANSLATE_NOOP("CheckInForm", "Energy"),
     QT_TRANSLATE_NOOP("CheckInForm", "Exhausted"), QT_TRANSLATE_NOOP("CheckInForm", "Lots of energy")),
    ("overall_pain", QT_TRANSLATE_NOOP("CheckInForm", "Overall pain"),
     QT_TRANSLATE_NOOP("CheckInForm", "No pain"), QT_TRANSLATE_NOOP("CheckInForm", "Worst pain")),
    ("mobility", QT_TRANSLATE_NOOP("CheckInForm", "Moving about"),
     QT_TRANSLATE_NOOP("CheckInForm", "Hardly at all"), QT_TRANSLATE_NOOP("CheckInForm", "Moved freely")),
    ("stress", QT_TRANSLATE_NOOP("CheckInForm", "Stress"),
     QT_TRANSLATE_NOOP("CheckInForm", "Calm"), QT_TRANSLATE_NOOP("CheckInForm", "Very stressed")),
)
_HOURS_DECIMAL = re.compile(r"^\s*(\d{1,2}(?:[.,]\d+)?)\s*(?:h|hours?)?\s*$", re.IGNORECASE)
_HOURS_MINUTES = re.compile(r"^\s*(\d{1,2})\s*(?::|h)\s*(\d{1,2})\s*(?:m|min)?\s*$", re.IGNORECASE)


_tr = translator("CheckInForm")


def parse_hours(text: str) -> float | None:
    """Hours of sleep as typed: ``"7"``, ``"7.5"``, ``"7,5"``, ``"7:30"`` or
    ``"7h30"``; ``None`` for an empty answer. Raises :class:`ValueError`
    for anything else (the range is checked by validation)."""
    if not text.strip():
        return None
    match = _HOURS_MINUTES.match(text)
    if match:
        hours, minutes = int(match.group(1)), int(match.group(2))
        if minutes >= 60:
            raise ValueError(text)
        return round(hours + minutes / 60, 2)
    match = _HOURS_DECIMAL.match(text)
    if match:
        return float(match.group(1).replace(",", "."))
    raise ValueError(text)


def format_hours(hours: float | None) -> str:
    return "" if hours is None else f"{hours:g}"


def long_day(day: date) -> str:
    return QLocale().toString(day, "dddd d MMMM")


class CheckInForm(QWidget):
    """The daily check-in form (see the module docstring).

    ``db`` is the open database, ``clock`` gives aware local time, ``events``
    is the shared :class:`~fibro_desktop.ui.events.DataEvents`.
    """

    def __init__(self, db, clock, events: DataEvents, parent: QWidget | None = None, *,
                 open_guide: Callable[[str, str], None] | None = None):
        super().__init__(parent)
        self._open_guide = open_guide
        self._db = db
        self._clock = clock
        self._events = events
        self._day: date | None = None
        self._drafts: dict[date, dict] = {}
        self._dirty = False
        self._loading = False
        self._rows: dict[str, FieldRow] = {}
        self.setAccessibleName(_tr("Daily check-in"))
        self._build()
        self.day_chooser.reset(clock.now())
        self._show_day(self.day_chooser.day())
        events.changed.connect(self._on_data_changed)

    # -- building -----------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = self._scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls inside
        scroll.setAccessibleName(_tr("Daily check-in"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        self.learn_link = learn_link(_tr("Why a daily check-in helps"), PLACE_LINKS["checkin"], self._open_guide,
                                     topic=_tr("how spasms affect your day"))
        layout.addWidget(beside(heading(_tr("Daily check-in")), self.learn_link))
        layout.addWidget(hint(_tr(
            "A minute for how the day went. Answer what you like and leave the rest blank; "
            "you can come back and change it.")))
        self.day_chooser = DayChooser()
        self.day_chooser.day_chosen.connect(self._on_day_chosen)
        layout.addWidget(self.day_chooser)

        self.fields = QWidget()
        form = form_layout(self.fields)
        form.setContentsMargins(0, 8, 0, 0)
        form.setVerticalSpacing(12)
        layout.addWidget(self.fields)

        self.sleep_hours = QLineEdit()
        self.sleep_hours.setMaxLength(12)
        self.sleep_hours.setPlaceholderText(_tr("for example 7.5 or 7:30"))
        self.sleep_hours.setMaximumWidth(220)
        big_target(self.sleep_hours)
        self._add_row(form, "sleep_hours", _tr("Hours of sleep"), self.sleep_hours)
        self.scales: dict[str, ScalePicker] = {}
        for name, label, low, high in SCALES:
            picker = ScalePicker(_tr(low), _tr(high))
            self.scales[name] = picker
            self._add_row(form, name, _tr(label), picker)
        self.water = QSpinBox()
        self.water.setRange(-1, MAX_WATER_GLASSES)
        self.water.setSpecialValueText(_tr("Not answered"))
        big_target(self.water)
        self.water.setMaximumWidth(220)
        self._add_row(form, "water_glasses", _tr("Glasses of water"), self.water)
        self.daily_activities = DailyActivitiesBox()
        self._add_row(form, "daily_activities", _tr("Daily activities"), self.daily_activities)
        self.daily_activities.setAccessibleName(self.daily_activities.question)  # the whole question, read aloud
        self.activity = QLineEdit()
        self.activity.setMaxLength(MAX_NAME_CHARS * 5)
        big_target(self.activity)
        self.activity.setPlaceholderText(_tr("for example a short walk, housework, desk work"))
        self._add_row(form, "activity", _tr("What you did"), self.activity)
        self.triggers = TriggerToggles()
        self._add_row(form, "triggers", _tr("What happened that day"), self.triggers)
        self.warning_row = WarningSignsRow(_tr("Weakness, numbness, fever or the like"))
        self._add_row(form, "warnings", _tr("Anything else?"), self.warning_row)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(90)
        self.notes.setMaximumHeight(140)
        self._add_row(form, "notes", _tr("Notes"), self.notes)

        actions = QHBoxLayout()
        self.save_button = QPushButton(_tr("Save check-in"))
        big_target(self.save_button)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.save_button.setToolTip(_tr("Save the check-in (Ctrl+Enter from anywhere in the form)"))
        # Ctrl+Enter saves from any field: reaching the button by Tab takes
        # some seventeen presses past the triggers, too many for sore hands.
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._save_by_keyboard)
        self.status = QLabel()
        self.status.setWordWrap(True)
        actions.addWidget(self.save_button)
        actions.addWidget(self.status, 1)
        layout.addLayout(actions)
        self.general_error = ErrorLabel()
        layout.addWidget(self.general_error)
        layout.addStretch(1)

        self.sleep_hours.textEdited.connect(self._mark_dirty)
        for picker in self.scales.values():
            picker.valueChanged.connect(self._mark_dirty)
        self.water.valueChanged.connect(self._mark_dirty)
        self.daily_activities.currentIndexChanged.connect(self._mark_dirty)
        self.activity.textEdited.connect(self._mark_dirty)
        self.triggers.changed.connect(self._mark_dirty)
        self.warning_row.changed.connect(self._mark_dirty)
        self.notes.textChanged.connect(self._mark_dirty)

    def _add_row(self, form: QFormLayout, name: str, label_text: str, field: QWidget) -> None:
        row = FieldRow(field, label_text)
        label = QLabel(label_text)
        label.setBuddy(field)
        form.addRow(label, row)
        self._rows[name] = row

    # -- state --------------------------------------------------------------

    def day(self) -> date | None:
        """The day the form is showing, ``None`` while the person is asked."""
        return self._day

    def is_dirty(self) -> bool:
        """True when there are answers not saved yet."""
        return self._dirty

    def error_text(self, field: str) -> str:
        """The inline message shown next to ``field`` ("" when none)."""
        row = self._rows.get(field)
        if field == "day":
            label = self.day_chooser.error
        elif row is None:
            label = self.general_error
        else:
            label = row.error
        return "" if label.isHidden() else label.text()

    def _mark_dirty(self, *_args) -> None:
        if not self._loading:
            self._dirty = True
            self.status.clear()

    def _on_day_chosen(self, day: date) -> None:
        if self._day is not None and self._dirty:
            self._drafts[self._day] = self._capture()
        self._show_day(day)

    def _show_day(self, day: date | None) -> None:
        self._day = day
        self.fields.setEnabled(day is not None)
        self.save_button.setEnabled(day is not None)
        self._clear_errors()
        self.status.clear()
        self.triggers.offer_own(self._known_own_triggers())
        if day is None:
            self._fill(CheckIn(day=local_day(self._clock.now())))
            self._dirty = False
            return
        draft = self._drafts.pop(day, None)
        if draft is not None:
            self._restore(draft)
            self._dirty = True
            return
        existing = checkin_store.checkin_for_day(self._db, day)
        self._fill(existing or CheckIn(day=day))
        self._dirty = False
        if existing is not None:
            self.status.setText(_tr("Here is what you saved for %1. Change anything and save again.")
                                .replace("%1", long_day(day)))

    def _known_own_triggers(self) -> list[str]:
        episode_own, _reliefs = journal_store.used_own_terms(self._db)
        return sorted(set(episode_own) | set(checkin_store.used_own_triggers(self._db)))

    def _fill(self, checkin: CheckIn) -> None:
        self._loading = True
        try:
            self.sleep_hours.setText(format_hours(checkin.sleep_hours))
            for name, picker in self.scales.items():
                picker.set_value(getattr(checkin, name))
            self.water.setValue(-1 if checkin.water_glasses is None else checkin.water_glasses)
            self.daily_activities.set_value(checkin.daily_activities)
            self.activity.setText(checkin.activity)
            self.triggers.set_selected(checkin.triggers)
            self.warning_row.set_selected(checkin.warnings)
            self.notes.setPlainText(checkin.notes)
        finally:
            self._loading = False

    def _capture(self) -> dict:
        """The raw answers, including text that does not parse yet."""
        return {"sleep_hours": self.sleep_hours.text(),
                "scales": {name: p.value() for name, p in self.scales.items()},
                "water": self.water.value(), "daily_activities": self.daily_activities.value(),
                "activity": self.activity.text(),
                "triggers": self.triggers.selected(), "notes": self.notes.toPlainText(),
                "warnings": self.warning_row.selected()}

    def _restore(self, draft: dict) -> None:
        self._loading = True
        try:
            self.sleep_hours.setText(draft["sleep_hours"])
            for name, value in draft["scales"].items():
                self.scales[name].set_value(value)
            self.water.setValue(draft["water"])
            self.daily_activities.set_value(draft["daily_activities"])
            self.activity.setText(draft["activity"])
            self.triggers.set_selected(draft["triggers"])
            self.warning_row.set_selected(draft["warnings"])
            self.notes.setPlainText(draft["notes"])
        finally:
            self._loading = False

    # -- saving -------------------------------------------------------------

    def _save_by_keyboard(self) -> None:
        if self.save_button.isEnabled():
            self.save()

    def save(self) -> bool:
        """Validate and store the check-in; True when saved. On a problem
        the messages appear next to their fields and nothing is written."""
        self._clear_errors()
        self.status.clear()
        if self._day is None:
            self.day_chooser.show_error(_tr("Choose the day this check-in is for."))
            self.day_chooser.today_button.setFocus()
            return False
        errors: dict[str, str] = {}
        try:
            hours = parse_hours(self.sleep_hours.text())
        except ValueError:
            hours = None
            errors["sleep_hours"] = _tr("Write the hours as a number, like 7.5 or 7:30.")
        if errors:
            self._show_errors(errors)
            return False
        water = self.water.value()
        checkin = CheckIn(
            day=self._day, sleep_hours=hours, water_glasses=None if water < 0 else water,
            daily_activities=self.daily_activities.value(),
            activity=self.activity.text(), triggers=self.triggers.selected(),
            notes=self.notes.toPlainText(), warnings=self.warning_row.selected(),
            **{name: picker.value() for name, picker in self.scales.items()})
        try:
            run_for(self._events, lambda: journal_ops.save_checkin(self._db, checkin, self._clock.now()),
                    origin=self)
        except InvalidEntry as invalid:
            self._show_errors({field: validation_text(message)
                               for field, message in invalid.errors.items()})
            return False
        except Exception as exc:  # a full disk: say so, keep what was entered
            text = write_failure_text(exc)
            if text is None:
                raise
            self.general_error.show_message(text)
            return False
        self._dirty = False
        self._drafts.pop(self._day, None)
        self.status.setText(_tr("Saved for %1. Thank you for checking in.").replace("%1", long_day(self._day)))
        return True

    def _show_errors(self, errors: dict[str, str]) -> None:
        first: QWidget | None = None
        for field, message in errors.items():
            if field == "day":
                self.day_chooser.show_error(message)
                first = first or self.day_chooser.today_button
            elif field in self._rows:
                self._rows[field].show_error(message)
                first = first or self._rows[field].field
            else:
                self.general_error.show_message(message)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            # The form is taller than most windows: bring the message into view.
            self._scroll.ensureWidgetVisible(first, 50, 80)
        self.status.setText(_tr("Not saved yet: please look at the note next to the field."))

    def _clear_errors(self) -> None:
        for row in self._rows.values():
            row.clear_error()
        self.day_chooser.show_error("")
        self.general_error.clear_message()

    # -- keeping up with the clock and the data ------------------------------

    def follow_clock(self) -> None:
        """Relabel Today/Yesterday if the date has moved on since the form
        was built (it may stay open over midnight)."""
        if self.day_chooser.follow_clock(self._clock.now()):
            self._show_day(self.day_chooser.day())

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.follow_clock()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.follow_clock()

    def _on_data_changed(self, changes: Changes, origin: object) -> None:
        # Another part of the app (an import, a restore) changed check-ins:
        # reload unless the person is in the middle of answering. Our own
        # save is not news (and reloading would hide the "Saved" message).
        if (origin is not self and changes.touches(Area.CHECKINS) and not self._dirty
                and self._day is not None):
            self._show_day(self._day)
