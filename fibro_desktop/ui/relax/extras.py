"""The side panels of the Relax tab: ambient sound, sleep timer, breathing pacer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from fibro_desktop.core.relax.pacer import BreathPattern
from fibro_desktop.ui.kit import tokens
from fibro_desktop.ui.kit.widgets import big_target
from fibro_desktop.ui.relax.pacer import PacerWidget
from fibro_desktop.ui.translate import translator

#: Sleep timer choices: minutes, 0 = off, -1 = at the end of the session.
SLEEP_CHOICES = (0, -1, 10, 20, 30, 45, 60)


_tr = translator("RelaxExtras")


class AmbientBox(QGroupBox):
    """Choose an ambient layer (off, rain, deep) and its own volume.
    Signals ``kind_changed(str)`` ("" = off) and ``volume_changed(float)``."""

    kind_changed = Signal(str)
    volume_changed = Signal(float)

    def __init__(self, kinds: list[str], parent: QWidget | None = None):
        super().__init__(_tr("Background sound"), parent)
        form = QFormLayout(self)
        self.combo = QComboBox()
        self.combo.addItem(_tr("Off"), "")
        names = {"rain": _tr("Soft rain (pink noise)"), "brown": _tr("Deep hush (brown noise)")}
        for kind in kinds:
            self.combo.addItem(names.get(kind, kind), kind)
        self.combo.setAccessibleName(_tr("Background sound"))
        self.combo.currentIndexChanged.connect(lambda _i: self.kind_changed.emit(self.combo.currentData()))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setAccessibleName(_tr("Background volume"))
        self.volume.valueChanged.connect(lambda v: self.volume_changed.emit(v / 100))
        form.addRow(_tr("&Sound"), self.combo)
        form.addRow(_tr("V&olume"), self.volume)


class SleepBox(QGroupBox):
    """Choose when to stop; shows what the timer is doing.
    Signal ``choice_changed(int)`` (minutes, 0 off, -1 end of session)."""

    choice_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(_tr("Sleep timer"), parent)
        layout = QVBoxLayout(self)
        self.combo = QComboBox()
        for minutes in SLEEP_CHOICES:
            text = {0: _tr("Off"), -1: _tr("At the end of the session")}.get(
                minutes, _tr("After %n minutes", n=minutes, one="After %n minute"))
            self.combo.addItem(text, minutes)
        self.combo.setAccessibleName(_tr("Sleep timer"))
        self.combo.currentIndexChanged.connect(lambda _i: self.choice_changed.emit(self.combo.currentData()))
        self.status = QLabel(_tr("Sound fades out gently over a minute before it stops."))
        self.status.setWordWrap(True)
        layout.addWidget(self.combo)
        layout.addWidget(self.status)

    def reset(self) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(0)
        self.combo.blockSignals(False)


class PacerBox(QGroupBox):
    """The breathing pacer with its pattern and a Start/Stop button.
    Signal ``pattern_changed(BreathPattern)``."""

    pattern_changed = Signal(object)

    def __init__(self, clock, reduce_motion: bool, pattern: BreathPattern,
                 parent: QWidget | None = None):
        super().__init__(_tr("Breathing pacer"), parent)
        layout = QVBoxLayout(self)
        self.pacer = PacerWidget(clock, reduce_motion)
        self.pacer.setMinimumSize(160, 160)
        self.pacer.set_pattern(pattern)
        layout.addWidget(self.pacer, 1)
        row = QHBoxLayout()
        self.inhale = self._spin(_tr("Breathe in (seconds)"), 1, 12, pattern.inhale_s)
        self.hold = self._spin(_tr("Hold (seconds)"), 0, 10, pattern.hold_in_s)
        self.exhale = self._spin(_tr("Breathe out (seconds)"), 1, 15, pattern.exhale_s)
        for label, spin in ((_tr("&In"), self.inhale), (_tr("&Hold"), self.hold),
                            (_tr("O&ut"), self.exhale)):
            text = QLabel(label)
            text.setBuddy(spin)
            row.addWidget(text)
            row.addWidget(spin)
        layout.addLayout(row)
        bottom = QHBoxLayout()
        self.rate = QLabel()
        self.rate.setWordWrap(True)  # beside the button, in any language
        self.start_button = QPushButton(_tr("Start breathing"))
        big_target(self.start_button)
        # Wide enough for "Stop breathing" too, so the button does not jump.
        widest = max(self.start_button.fontMetrics().horizontalAdvance(t)
                     for t in (_tr("Start breathing"), _tr("Stop breathing")))
        self.start_button.setMinimumWidth(widest + 2 * tokens.SPACE_L)
        self.start_button.clicked.connect(self.toggle)
        bottom.addWidget(self.rate, 1)
        bottom.addWidget(self.start_button)
        layout.addLayout(bottom)
        for spin in (self.inhale, self.hold, self.exhale):
            spin.valueChanged.connect(self._on_pattern)
        self._show_rate()

    @staticmethod
    def _spin(name: str, low: float, high: float, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setDecimals(0)
        spin.setSuffix(" s")
        spin.setValue(value)
        spin.setAccessibleName(name)
        return spin

    def pattern(self) -> BreathPattern:
        return BreathPattern(inhale_s=self.inhale.value(), hold_in_s=self.hold.value(),
                             exhale_s=self.exhale.value())

    def _on_pattern(self) -> None:
        pattern = self.pattern()
        self.pacer.set_pattern(pattern)
        self._show_rate()
        self.pattern_changed.emit(pattern)

    def _show_rate(self) -> None:
        from fibro_desktop.ui.formats import decimal

        self.rate.setText(_tr("About %1 breaths a minute", decimal(self.pattern().breaths_per_minute, 1)))

    def toggle(self) -> None:
        if self.pacer.is_running():
            self.pacer.stop()
            self.start_button.setText(_tr("Start breathing"))
        else:
            self.pacer.start()
            self.start_button.setText(_tr("Stop breathing"))
