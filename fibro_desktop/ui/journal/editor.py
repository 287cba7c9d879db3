"""The full episode editor: every detail of one episode, in calm sections.

Used to complete a quick log, edit any entry, or start a new one prefilled
by another tab. Validation runs on Save; each problem appears right under its
field and nothing is written until the whole entry is valid (the store saves
the episode and all its parts in one transaction).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fibro_desktop.core import vocabulary as v
from fibro_desktop.core.clock import Clock
from fibro_desktop.core.journal.live import minutes_since
from fibro_desktop.core.journal.prefill import EpisodePrefill
from fibro_desktop.core.journal.records import Episode, ReliefTried, is_own, own
from fibro_desktop.core.journal.validation import InvalidEntry
from fibro_desktop.core.learn.links import SPASM_KIND_LINKS
from fibro_desktop.ops import journal as journal_ops
from fibro_desktop.store.journal import get_episode, used_own_terms
from fibro_desktop.ui.events import DataEvents
from fibro_desktop.ui.journal.form_parts import ErrorLabel, fit_to_screen
from fibro_desktop.ui.journal.scale_picker import ScalePicker
from fibro_desktop.ui.kit import tokens
from fibro_desktop.ui.kit.check_row import CheckRow
from fibro_desktop.ui.kit.focus import quiet_container
from fibro_desktop.ui.kit.widgets import ReflowRow, big_target, form_layout, heading, subheading
from fibro_desktop.ui.labels import helped_label, term_label, validation_text
from fibro_desktop.ui.learn.link import learn_link
from fibro_desktop.ui.operations import run_for
from fibro_desktop.ui.translate import translator
from fibro_desktop.ui.write_errors import write_failure_text

_tr = translator("EpisodeEditor")


class _ReliefRow(ReflowRow):
    """One thing that can be tried: a tick, whether it helped, minutes to relief.
    Side by side when there is room, one under the other when not (a long
    name in French, 200 % text): the form never scrolls sideways (issue 20)."""

    def __init__(self, relief_id: str, parent=None):
        super().__init__(parent, spacing=tokens.SPACE_S)
        self.relief_id = relief_id
        self.tried = QCheckBox(term_label(relief_id))
        big_target(self.tried)
        self.helped = QComboBox()
        self.helped.addItem(_tr("Did it help?"), None)
        for term in v.HELPED:
            self.helped.addItem(helped_label(term.id), term.id)
        self.helped.setAccessibleName(_tr("Did %1 help?").replace("%1", term_label(relief_id)))
        self.minutes = QSpinBox()
        self.minutes.setRange(-1, 24 * 60)
        self.minutes.setSpecialValueText(_tr("minutes to relief"))
        self.minutes.setValue(-1)
        self.minutes.setSuffix(_tr(" min to relief"))
        self.minutes.setAccessibleName(_tr("Minutes until %1 eased it").replace("%1", term_label(relief_id)))
        self.add(self.tried, 2)
        self.add(self.helped, 1)
        self.add(self.minutes, 1)
        self.tried.toggled.connect(self._sync)
        self.helped.currentIndexChanged.connect(lambda _i: self._sync(self.tried.isChecked()))
        self._sync(False)

    def _sync(self, on: bool) -> None:
        self.helped.setEnabled(on)
        # Something that did not help has no time to relief (the rule the store keeps).
        did_not_help = self.helped.currentData() == "no"
        if did_not_help:
            self.minutes.setValue(-1)
        self.minutes.setEnabled(on and not did_not_help)

    def value(self) -> ReliefTried | None:
        if not self.tried.isChecked():
            return None
        minutes = self.minutes.value()
        return ReliefTried(self.relief_id, self.helped.currentData(), None if minutes < 0 else minutes)

    def set_value(self, relief: ReliefTried | None) -> None:
        self.tried.setChecked(relief is not None)
        self.helped.setCurrentIndex(max(0, self.helped.findData(relief.helped)) if relief else 0)
        self.minutes.setValue(relief.minutes_to_relief if relief and relief.minutes_to_relief is not None else -1)


def _duration_box(name: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(-1, 24 * 60)
    box.setSpecialValueText(_tr("not sure"))
    box.setSuffix(_tr(" min"))
    box.setValue(-1)
    box.setAccessibleName(name)
    return box


class EpisodeEditor(QDialog):
    """Edit ``uid`` (or a new episode prefilled by ``prefill``); emits
    ``saved(uid)`` after a successful save."""

    saved = Signal(str)
    #: An existing entry was saved with changes: its version from before (for undo).
    replaced = Signal(object)

    def __init__(self, db, clock: Clock, events: DataEvents, *, uid: str | None = None,
                 prefill: EpisodePrefill | None = None, open_guide: Callable[[str, str], None] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._clock = clock
        self._events = events
        self._open_guide = open_guide
        self._original = get_episode(db, uid) if uid else None
        self.setWindowTitle(_tr("Spasm details") if self._original else _tr("New spasm entry"))
        self.setAccessibleName(self.windowTitle())
        fit_to_screen(self, 760, 820)
        self.errors: dict[str, ErrorLabel] = {}

        outer = QVBoxLayout(self)
        scroll = self._scroll = QScrollArea()
        quiet_container(scroll)  # Tab goes to the controls inside
        scroll.setAccessibleName(_tr("Spasm details"))
        scroll.setWidgetResizable(True)
        body = QWidget()
        self._form = QVBoxLayout(body)
        self._form.setSpacing(8)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self._build_when()
        self._build_what()
        self._build_where()
        self._build_context()
        self._build_triggers()
        self._build_reliefs()
        self._build_impact()
        self._build_warnings()
        self._build_notes()

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(_tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setDefault(True)
        for button in (self.save_button, cancel):
            big_target(button)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        self.save_error = ErrorLabel()  # a save the disk refused, next to the buttons
        outer.addWidget(self.save_error)
        outer.addWidget(buttons)

        prefill = prefill or EpisodePrefill()
        if prefill.source_note and self._original is None:
            # Where this entry comes from ("From your rescue plan."), above the form.
            self.source_note = QLabel(prefill.source_note)
            self.source_note.setWordWrap(True)
            outer.insertWidget(0, self.source_note)
        self._load(self._original or self._from_prefill(prefill))
        self._as_loaded = self.episode()  # what "changed" is measured against
        self.discard_box: QMessageBox | None = None

    # -- sections ---------------------------------------------------------------
    def _section(self, title: str) -> QFormLayout:
        self._form.addSpacing(8)
        self._form.addWidget(subheading(title))
        form = form_layout()
        self._form.addLayout(form)
        return form

    def _error(self, field: str) -> ErrorLabel:
        label = ErrorLabel()
        self.errors[field] = label
        return label

    def _build_when(self) -> None:
        form = self._section(_tr("When"))
        self.started_edit = QDateTimeEdit()
        self.started_edit.setCalendarPopup(True)
        self.started_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        form.addRow(_tr("Started"), self.started_edit)
        form.addRow("", self._error("started"))
        # Its words wrap: in the field column beside a long label they were cut (Portuguese, 200 %).
        ongoing = CheckRow(_tr("It's still going"))
        self.ongoing = ongoing.box
        form.addRow("", ongoing)
        self.duration = _duration_box(_tr("How long the spasm lasted, in minutes"))
        form.addRow(_tr("How long it lasted"), self.duration)
        form.addRow("", self._error("duration_s"))
        self.recovery = _duration_box(_tr("Time until back to normal, in minutes"))
        form.addRow(_tr("Time until back to normal"), self.recovery)
        form.addRow("", self._error("recovery_s"))
        self.ongoing.toggled.connect(self._on_ongoing_toggled)

    def _on_ongoing_toggled(self, on: bool) -> None:
        """Unticking "It's still going" on a live entry is "It's over now":
        the length is counted from the start (when it fits in a day and none
        is given), as the Journal's own button does."""
        self.duration.setEnabled(not on)
        if on or self.duration.value() >= 0 or self._original is None or not self._original.ongoing:
            return
        minutes = minutes_since(self.episode().started, self._clock.now())
        if minutes <= self.duration.maximum():
            self.duration.setValue(minutes)

    def _build_what(self) -> None:
        form = self._section(_tr("What it was"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(_tr("Kind"))  # its label names the row, not the box
        for term in v.SPASM_KINDS:
            self.kind.addItem(term_label(term.id), term.id)
        self.kind_link = learn_link(_tr("What do the kinds mean?"), SPASM_KIND_LINKS["cramp"], self._open_guide,
                                    topic=_tr("the kinds of spasm"))
        if self.kind_link is None:
            form.addRow(_tr("Kind"), self.kind)
        else:
            kind_row = ReflowRow(spacing=tokens.SPACE_M)  # the link goes under the box when there is no room
            kind_row.add(self.kind, 1)
            kind_row.add(self.kind_link)
            form.addRow(_tr("Kind"), kind_row)
            self.kind.currentIndexChanged.connect(self._point_kind_link)
            self._point_kind_link()
        form.addRow("", self._error("kind"))
        self.intensity = ScalePicker(_tr("barely"), _tr("worst"))
        form.addRow(_tr("Intensity (0-10)"), self.intensity)
        form.addRow("", self._error("intensity"))

    def _point_kind_link(self) -> None:
        """The kind link explains the kind chosen now."""
        link = SPASM_KIND_LINKS.get(self.kind.currentData(), ("kinds-of-spasm", ""))
        if self.kind_link is not None:
            self.kind_link.set_link(link)

    def _build_where(self) -> None:
        self._form.addSpacing(8)
        self._form.addWidget(heading(_tr("Where (click the body, or Tab to a place and press Space)"), 1.1))
        from fibro_desktop.ui.body_map import BodyMapPanel

        self.body_map = BodyMapPanel()
        self.body_map.setMinimumHeight(380)
        self._form.addWidget(self.body_map)
        self.spread_label = QLabel()
        self.spread_label.setWordWrap(True)
        self._form.addWidget(self.spread_label)
        self.body_map.selection_changed.connect(lambda _selection: self._show_spread())
        self._form.addWidget(self._error("muscles"))

    def _show_spread(self) -> None:
        """Localized (one muscle group) or migratory (several), as the domain
        calls them; it follows from the places picked."""
        groups = {muscle for muscle, _side in self.body_map.selection()}
        if not groups:
            self.spread_label.setText("")
        elif len(groups) == 1:
            self.spread_label.setText(_tr("In one place: one muscle group."))
        else:
            self.spread_label.setText(_tr("Moving around: %1 muscle groups.").replace("%1", str(len(groups))))

    def _build_context(self) -> None:
        form = self._section(_tr("What was going on"))
        self.activity = QComboBox()
        self.activity.addItem(_tr("Not said"), None)
        for term in v.ACTIVITY_LEVELS:
            self.activity.addItem(term_label(term.id), term.id)
        form.addRow(_tr("Activity"), self.activity)
        self.sleep_state = QComboBox()
        self.sleep_state.addItem(_tr("Not said"), None)
        for term in v.SLEEP_STATES:
            self.sleep_state.addItem(term_label(term.id), term.id)
        form.addRow(_tr("Sleep"), self.sleep_state)
        self.doing = QLineEdit()
        self.doing.setPlaceholderText(_tr("For example: typing, climbing stairs"))
        form.addRow(_tr("What I was doing"), self.doing)
        form.addRow("", self._error("doing"))

    def _build_triggers(self) -> None:
        from fibro_desktop.ui.journal.trigger_toggles import TriggerToggles

        self._form.addSpacing(8)
        self._form.addWidget(subheading(_tr("What came before it")))
        own_triggers, self._own_reliefs = used_own_terms(self._db)
        self.triggers = TriggerToggles()
        self.triggers.offer_own(own_triggers)
        self._form.addWidget(self.triggers)
        self._form.addWidget(self._error("triggers"))

    def _build_reliefs(self) -> None:
        self._form.addSpacing(8)
        self._form.addWidget(subheading(_tr("What I tried, and whether it helped")))
        self.relief_rows: dict[str, _ReliefRow] = {}
        for term_id in [t.id for t in v.RELIEFS] + self._own_reliefs:
            row = _ReliefRow(term_id)
            self.relief_rows[term_id] = row
            self._form.addWidget(row)
        self.own_relief = QLineEdit()
        self.own_relief.setPlaceholderText(_tr("Something else I tried (your own words)"))
        self.own_relief.setAccessibleName(_tr("Another thing you tried, in your own words"))
        self._form.addWidget(self.own_relief)
        self._form.addWidget(self._error("reliefs"))

    def _build_impact(self) -> None:
        form = self._section(_tr("How much it affected me (0 = not at all, 10 = a lot)"))
        self.impact_sleep = ScalePicker(_tr("not at all"), _tr("a lot"))
        self.impact_mood = ScalePicker(_tr("not at all"), _tr("a lot"))
        self.impact_mobility = ScalePicker(_tr("not at all"), _tr("a lot"))
        for label, picker, field in ((_tr("Sleep"), self.impact_sleep, "impact_sleep"),
                                     (_tr("Mood"), self.impact_mood, "impact_mood"),
                                     (_tr("Moving around"), self.impact_mobility, "impact_mobility")):
            picker.setAccessibleName(_tr("Effect on %1, 0 to 10").replace("%1", label.lower()))
            form.addRow(label, picker)
            form.addRow("", self._error(field))

    def _build_warnings(self) -> None:
        self._form.addSpacing(8)
        self._form.addWidget(subheading(_tr("Did any of these come with it?")))
        # Rows of three that stack when they have no room (200 % text in
        # French or Spanish), instead of a grid the form scrolls sideways for (issue 20).
        self.warning_boxes: dict[str, QCheckBox] = {}
        row = ReflowRow(spacing=tokens.SPACE_S)
        for i, term in enumerate(v.WARNING_SYMPTOMS):
            if i and i % 3 == 0:
                self._form.addWidget(row)
                row = ReflowRow(spacing=tokens.SPACE_S)
            box = QCheckBox(term_label(term.id))
            big_target(box)
            self.warning_boxes[term.id] = box
            row.add(box, 1)
            box.toggled.connect(self._sync_warning_note)
        self._form.addWidget(row)
        self.warning_note = QLabel(_tr(
            "Thank you for noting this. Signs like these are worth checking with a doctor; "
            "if they are sudden or severe, seek urgent care."))
        self.warning_note.setWordWrap(True)
        self.warning_note.hide()
        self._form.addWidget(self.warning_note)

    def _sync_warning_note(self) -> None:
        self.warning_note.setVisible(any(b.isChecked() for b in self.warning_boxes.values()))

    def _build_notes(self) -> None:
        self._form.addSpacing(8)
        notes_heading = subheading(_tr("Notes"))
        self._form.addWidget(notes_heading)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(_tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(90)
        notes_heading.setBuddy(self.notes)
        self._form.addWidget(self.notes)
        self._form.addWidget(self._error("notes"))

    # -- loading and reading -----------------------------------------------------
    def _from_prefill(self, prefill: EpisodePrefill) -> Episode:
        return Episode(started=prefill.started or self._clock.now(), kind=prefill.kind or "cramp",
                       intensity=prefill.intensity, muscles=prefill.muscles,
                       reliefs=tuple(ReliefTried(r) for r in prefill.unique_reliefs()),
                       notes=prefill.notes, ongoing=prefill.ongoing)

    def _load(self, e: Episode) -> None:
        local = e.started
        self.started_edit.setDateTime(QDateTime(local.date(), local.time().replace(microsecond=0)))
        self.ongoing.setChecked(e.ongoing)
        self.duration.setValue(-1 if e.duration_s is None else round(e.duration_s / 60))
        self.recovery.setValue(-1 if e.recovery_s is None else round(e.recovery_s / 60))
        self.kind.setCurrentIndex(max(0, self.kind.findData(e.kind)))
        self.intensity.set_value(e.intensity)
        # The map has a left and a right region; "both" is both of them.
        self.body_map.set_selection(e.muscles)
        self._show_spread()
        self.activity.setCurrentIndex(max(0, self.activity.findData(e.activity)))
        self.sleep_state.setCurrentIndex(max(0, self.sleep_state.findData(e.sleep_state)))
        self.doing.setText(e.doing)
        self.triggers.offer_own([t for t in e.triggers if is_own(t)])
        self.triggers.set_selected(e.triggers)
        tried = {r.relief: r for r in e.reliefs}
        for term_id, row in self.relief_rows.items():
            row.set_value(tried.get(term_id))
        extra = [r for r in e.reliefs if r.relief not in self.relief_rows]
        if extra:
            self.own_relief.setText(term_label(extra[0].relief))
        self.impact_sleep.set_value(e.impact_sleep)
        self.impact_mood.set_value(e.impact_mood)
        self.impact_mobility.set_value(e.impact_mobility)
        for term_id, box in self.warning_boxes.items():
            box.setChecked(term_id in e.warnings)
        self.notes.setPlainText(e.notes)

    def _duration_s(self, box: QSpinBox) -> int | None:
        return None if box.value() < 0 else box.value() * 60

    def episode(self) -> Episode:
        """The episode as the form shows it (not validated)."""
        now = self._clock.now()
        chosen: datetime = self.started_edit.dateTime().toPython()
        original = self._original
        # Keep the stored offset when the time is unchanged, so an entry made
        # abroad or in summer keeps its own offset after an edit.
        if original and chosen == original.started.replace(tzinfo=None, second=0, microsecond=0):
            started = original.started
        else:
            started = chosen.replace(tzinfo=now.tzinfo)
        triggers = self.triggers.selected()
        reliefs = [row.value() for row in self.relief_rows.values() if row.value() is not None]
        if self.own_relief.text().strip():
            kept = [r for r in (original.reliefs if original else ()) if is_own(r.relief)
                    and r.relief == own(self.own_relief.text().strip())]
            reliefs.append(kept[0] if kept else ReliefTried(own(self.own_relief.text().strip())))
        return Episode(
            started=started, kind=self.kind.currentData(), intensity=self.intensity.value(),
            ongoing=self.ongoing.isChecked(),
            duration_s=None if self.ongoing.isChecked() else self._duration_s(self.duration),
            recovery_s=self._duration_s(self.recovery), muscles=frozenset(self.body_map.selection()),
            activity=self.activity.currentData(), sleep_state=self.sleep_state.currentData(),
            doing=self.doing.text(), triggers=frozenset(triggers), reliefs=tuple(reliefs),
            impact_sleep=self.impact_sleep.value(), impact_mood=self.impact_mood.value(),
            impact_mobility=self.impact_mobility.value(),
            warnings=frozenset(t for t, box in self.warning_boxes.items() if box.isChecked()),
            notes=self.notes.toPlainText(), complete=True,
            uid=original.uid if original else "",
        )

    def save(self) -> bool:
        """Validate and store; show problems next to their fields. True when saved."""
        for label in self.errors.values():
            label.clear_message()
        try:
            episode = self.episode()
            saved = run_for(self._events, lambda: journal_ops.save_episode(self._db, episode, self._clock.now()),
                            origin=self)
        except InvalidEntry as problem:
            first = None
            for field, message in problem.errors.items():
                label = self.errors.get(field) or self.errors["notes"]
                label.show_message(validation_text(message))
                first = first or label
            if first is not None:
                self._scroll.ensureWidgetVisible(first)
            return False
        except Exception as exc:  # a full disk: say so, keep the editor and what was entered
            text = write_failure_text(exc)
            if text is None:
                raise
            self.save_error.show_message(text)
            return False
        self.save_error.clear_message()
        previous, self._original = self._original, saved
        self._as_loaded = self.episode()
        self.saved.emit(saved.uid)
        if previous is not None and previous != saved:
            self.replaced.emit(previous)
        self.accept()
        return True

    # -- leaving ------------------------------------------------------------------
    def has_changes(self) -> bool:
        """Does the form differ from what it opened with?"""
        return self.episode() != self._as_loaded

    def reject(self) -> None:
        """Esc, Cancel and the close button: ask first when something changed."""
        if not self.has_changes():
            super().reject()
            return
        choice = self._ask_before_discarding()
        if choice == "discard":
            super().reject()
        elif choice == "save":
            self.save()  # closes when saved; stays open showing the problem otherwise

    def _ask_before_discarding(self) -> str:
        box = self.discard_box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("Keep your changes?"))
        box.setText(_tr("You changed this entry. What would you like to do?"))
        keep = box.addButton(_tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        discard = box.addButton(_tr("Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        save = box.addButton(_tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)  # Esc again never throws anything away
        box.exec()
        clicked = box.clickedButton()
        self.discard_box = None
        return {discard: "discard", save: "save"}.get(clicked, "keep")
