"""Pacing settings: preset, the two tiers, limits, work hours, reminders.

Every change is written to preferences at once (the driver listens and
applies it without losing the desk time already counted). Choosing a preset
fills in its timings; editing a timing by hand turns the preset to Custom.
"""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from fibro_desktop.core.pacing import PRESET_IDS, matching_preset
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.kit.widgets import form_layout
from fibro_desktop.ui.pacing import texts
from fibro_desktop.ui.pacing.config import apply_preset, config_from_preferences
from fibro_desktop.ui.pacing.desktop_signals import DesktopSignals, describe
from fibro_desktop.ui.pacing.exercises_form import ExercisesBox


class PacingSettingsForm(QWidget):
    def __init__(self, preferences: prefs.Preferences, signals: DesktopSignals, bundled: list | None = None,
                 own=None, parent: QWidget | None = None):
        super().__init__(parent)
        self._prefs = preferences
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        timing = QGroupBox(self.tr("Breaks"))
        form = form_layout(timing)
        self.enabled = QCheckBox(self.tr("Time breaks for desk &work"))
        form.addRow(self.enabled)
        self.preset = QComboBox()
        for preset in PRESET_IDS:
            self.preset.addItem(texts.preset_label(preset), preset)
        form.addRow(self.tr("R&hythm:"), self.preset)
        self.micro_every = self._spin(0, 120, self.tr(" min"), self.tr("off"))
        self.micro_length = self._spin(5, 600, self.tr(" s"))
        form.addRow(self.tr("&Short pause every:"), self.micro_every)
        form.addRow(self.tr("Short pause &lasts:"), self.micro_length)
        self.movement_every = self._spin(0, 240, self.tr(" min"), self.tr("off"))
        self.movement_length = self._spin(1, 60, self.tr(" min"))
        form.addRow(self.tr("&Movement break every:"), self.movement_every)
        form.addRow(self.tr("Movement break l&asts:"), self.movement_length)
        self.postpone = self._spin(1, 60, self.tr(" min"))
        form.addRow(self.tr("Postpone &by:"), self.postpone)
        self.max_postpones = self._spin(0, 20, "", self.tr("no limit"))
        form.addRow(self.tr("P&ostpones per break:"), self.max_postpones)
        self.strict = QCheckBox(self.tr("Str&ict: a calm cover over every screen until the break ends"))
        self.strict.setToolTip(self.tr(
            "No Skip button and Esc does nothing; \"I need my screen\" always gets you out (counted as skipped)."))
        self.keep_when_busy = QCheckBox(self.tr("&Keep breaks during full-screen windows and Do Not Disturb"))
        self.keep_when_busy.setToolTip(self.tr(
            "Otherwise breaks and reminders wait until the presentation or video is over."))
        self.sound = QCheckBox(self.tr("Soft so&und when a break starts"))
        form.addRow(self.strict)
        form.addRow(self.keep_when_busy)
        form.addRow(self.sound)
        layout.addWidget(timing)

        day = QGroupBox(self.tr("Your day"))
        day_form = form_layout(day)
        self.work_hours = QCheckBox(self.tr("Only durin&g work hours"))
        day_form.addRow(self.work_hours)
        hours_row = QHBoxLayout()
        self.work_start = QTimeEdit()
        self.work_start.setDisplayFormat("HH:mm")
        self.work_start.setAccessibleName(self.tr("Work starts at"))
        self.work_end = QTimeEdit()
        self.work_end.setDisplayFormat("HH:mm")
        self.work_end.setAccessibleName(self.tr("Work ends at"))
        hours_row.addWidget(self.work_start)
        hours_row.addWidget(QLabel(self.tr("to")))
        hours_row.addWidget(self.work_end)
        day_form.addRow(self.tr("From:"), hours_row)
        self.hours_error = QLabel()
        self.hours_error.setWordWrap(True)
        self.hours_error.hide()
        day_form.addRow(self.hours_error)
        days_row = QGridLayout()  # two rows, so the form stays narrow
        self.day_boxes = []
        day_names = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
                     self.tr("Sat"), self.tr("Sun"))
        for index, name in enumerate(day_names):
            box = QCheckBox(name)
            box.setProperty("weekday", index)
            self.day_boxes.append(box)
            days_row.addWidget(box, index // 4, index % 4)
        day_form.addRow(self.tr("On:"), days_row)
        self.daily_limit = self._spin(0, 16 * 60, self.tr(" min"), self.tr("no limit"))
        self.daily_limit.setSingleStep(30)
        day_form.addRow(self.tr("&Desk time limit a day:"), self.daily_limit)
        self.water = self._spin(0, 240, self.tr(" min"), self.tr("off"))
        day_form.addRow(self.tr("Water reminder e&very:"), self.water)
        self.posture = self._spin(0, 240, self.tr(" min"), self.tr("off"))
        day_form.addRow(self.tr("Posture &check every:"), self.posture)
        self.idle_note = QLabel()  # what this desktop tells the timer (issue 17)
        self.idle_note.setWordWrap(True)
        self.show_signals(signals)
        day_form.addRow(self.idle_note)
        layout.addWidget(day)
        self.exercises = ExercisesBox(preferences, bundled or [], own)
        layout.addWidget(self.exercises)
        layout.addStretch(1)

        self._load()
        self.preset.currentIndexChanged.connect(self._on_preset)
        for spin, setting in self._spins():
            spin.valueChanged.connect(lambda value, s=setting: self._save(s, value))
        for box, setting in ((self.enabled, prefs.PACING_ENABLED), (self.strict, prefs.PACING_STRICT),
                             (self.keep_when_busy, prefs.PACING_KEEP_BREAKS_WHEN_BUSY),
                             (self.sound, prefs.PACING_SOUND_CUE), (self.work_hours, prefs.PACING_WORK_HOURS_ON)):
            box.toggled.connect(lambda on, s=setting: self._save(s, on))
        self.work_hours.toggled.connect(self._enable_hours)
        self.work_start.timeChanged.connect(self._save_hours)
        self.work_end.timeChanged.connect(self._save_hours)
        for box in self.day_boxes:
            box.toggled.connect(self._save_days)

    def show_signals(self, signals: DesktopSignals) -> None:
        """Say plainly which signals this desktop gives."""
        self.idle_note.setText(describe(signals))

    def _spin(self, low: int, high: int, suffix: str, zero_text: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        if zero_text:
            spin.setSpecialValueText(zero_text)
        return spin

    def _spins(self):
        return ((self.micro_every, prefs.PACING_MICRO_EVERY_MIN), (self.micro_length, prefs.PACING_MICRO_LENGTH_S),
                (self.movement_every, prefs.PACING_MOVEMENT_EVERY_MIN),
                (self.movement_length, prefs.PACING_MOVEMENT_LENGTH_MIN), (self.postpone, prefs.PACING_POSTPONE_MIN),
                (self.max_postpones, prefs.PACING_MAX_POSTPONES), (self.daily_limit, prefs.PACING_DAILY_LIMIT_MIN),
                (self.water, prefs.PACING_WATER_EVERY_MIN), (self.posture, prefs.PACING_POSTURE_EVERY_MIN))

    def _load(self) -> None:
        self._loading = True
        p = self._prefs
        self.enabled.setChecked(p.get(prefs.PACING_ENABLED))
        self.preset.setCurrentIndex(max(0, self.preset.findData(p.get(prefs.PACING_PRESET))))
        for spin, setting in self._spins():
            spin.setValue(p.get(setting))
        self.strict.setChecked(p.get(prefs.PACING_STRICT))
        self.keep_when_busy.setChecked(p.get(prefs.PACING_KEEP_BREAKS_WHEN_BUSY))
        self.sound.setChecked(p.get(prefs.PACING_SOUND_CUE))
        self.work_hours.setChecked(p.get(prefs.PACING_WORK_HOURS_ON))
        self.work_start.setTime(QTime.fromString(p.get(prefs.PACING_WORK_START), "HH:mm"))
        self.work_end.setTime(QTime.fromString(p.get(prefs.PACING_WORK_END), "HH:mm"))
        days = {int(d) for d in p.get(prefs.PACING_WORK_DAYS).split(",") if d.strip().isdigit()}
        for box in self.day_boxes:
            box.setChecked(box.property("weekday") in days)
        self._enable_hours(self.work_hours.isChecked())
        self._loading = False

    def reload(self) -> None:
        """Show the preferences again (after a preset was chosen elsewhere)."""
        self._load()

    def _enable_hours(self, on: bool) -> None:
        for widget in [self.work_start, self.work_end, *self.day_boxes]:
            widget.setEnabled(on)

    def _save(self, setting: prefs.Setting, value) -> None:
        if self._loading:
            return
        self._prefs.set(setting, value)
        if setting in (prefs.PACING_MICRO_EVERY_MIN, prefs.PACING_MICRO_LENGTH_S,
                       prefs.PACING_MOVEMENT_EVERY_MIN, prefs.PACING_MOVEMENT_LENGTH_MIN):
            preset = matching_preset(config_from_preferences(self._prefs))
            self._prefs.set(prefs.PACING_PRESET, preset)
            self._loading = True
            self.preset.setCurrentIndex(self.preset.findData(preset))
            self._loading = False

    def _on_preset(self) -> None:
        if self._loading:
            return
        apply_preset(self._prefs, self.preset.currentData())
        self._load()

    def _save_hours(self) -> None:
        if self._loading:
            return
        if self.work_end.time() <= self.work_start.time():
            # Inline, next to the field; nothing is saved until it makes sense.
            self.hours_error.setText(self.tr("Work must end after it starts."))
            self.hours_error.show()
            return
        self.hours_error.hide()
        self._prefs.set(prefs.PACING_WORK_START, self.work_start.time().toString("HH:mm"))
        self._prefs.set(prefs.PACING_WORK_END, self.work_end.time().toString("HH:mm"))

    def _save_days(self) -> None:
        if self._loading:
            return
        days = ",".join(str(b.property("weekday")) for b in self.day_boxes if b.isChecked())
        self._prefs.set(prefs.PACING_WORK_DAYS, days)
