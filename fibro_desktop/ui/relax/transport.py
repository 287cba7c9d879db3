"""Now playing: title, position slider, elapsed and remaining time, buttons, volume.

Passive: it shows what the player tells it and emits what the person asks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from fibro_desktop.ui.kit import tokens
from fibro_desktop.ui.kit.widgets import ReflowRow, big_target
from fibro_desktop.ui.relax.player import PLAYING
from fibro_desktop.ui.translate import translator

SKIP_MS = 15_000


_tr = translator("RelaxTransport")


def clock_text(ms: int) -> str:
    """``m:ss`` (or ``h:mm:ss``) for a time in milliseconds."""
    seconds = max(0, int(ms) // 1000)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class TransportPanel(QWidget):
    """Signals: ``play_pause()``, ``seek(int ms)``, ``skip(int ms)``,
    ``volume_changed(float)`` (perceptual 0-1), ``restart()``."""

    play_pause = Signal()
    seek = Signal(int)
    skip = Signal(int)
    volume_changed = Signal(float)
    restart = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(_tr("Choose a session to begin."))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.description = QLabel()
        self.description.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.description)

        resume_row = QHBoxLayout()
        self.resume_note = QLabel()
        self.restart_button = QPushButton(_tr("Start over"))
        self.restart_button.setAccessibleName(_tr("Start the session over"))
        self.restart_button.clicked.connect(self.restart)
        resume_row.addWidget(self.resume_note)
        resume_row.addWidget(self.restart_button)
        resume_row.addStretch(1)
        layout.addLayout(resume_row)
        self.show_resume(0)

        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName(_tr("Position in the session"))
        self.slider.setRange(0, 0)
        self.slider.setSingleStep(5_000)
        self.slider.setPageStep(SKIP_MS)
        self.slider.sliderReleased.connect(lambda: self.seek.emit(self.slider.value()))
        self.slider.actionTriggered.connect(self._on_slider_action)
        layout.addWidget(self.slider)
        times = QHBoxLayout()
        self.elapsed = QLabel("0:00")
        self.elapsed.setAccessibleName(_tr("Time played"))
        self.remaining = QLabel("")
        self.remaining.setAccessibleName(_tr("Time remaining"))
        times.addWidget(self.elapsed)
        times.addStretch(1)
        times.addWidget(self.remaining)
        layout.addLayout(times)

        buttons = QHBoxLayout()
        self.back_button = QPushButton(_tr("Back 15 s"))
        self.back_button.setToolTip(_tr("Back 15 seconds (Ctrl+Left)"))
        self.play_button = QPushButton(_tr("Play"))
        self.play_button.setToolTip(_tr("Play or pause (Ctrl+Space)"))
        self.forward_button = QPushButton(_tr("Forward 15 s"))
        self.forward_button.setToolTip(_tr("Forward 15 seconds (Ctrl+Right)"))
        self.back_button.setAccessibleName(_tr("Back 15 seconds"))
        self.forward_button.setAccessibleName(_tr("Forward 15 seconds"))
        for button in (self.back_button, self.play_button, self.forward_button):
            big_target(button)
            buttons.addWidget(button)
        # Wide enough for "Pause" too, so the row does not jump (and grows with the text).
        widest = max(self.play_button.fontMetrics().horizontalAdvance(t) for t in (_tr("Play"), _tr("Pause")))
        self.play_button.setMinimumWidth(widest + 4 * tokens.SPACE_L)
        self.back_button.clicked.connect(lambda: self.skip.emit(-SKIP_MS))
        self.forward_button.clicked.connect(lambda: self.skip.emit(SKIP_MS))
        self.play_button.clicked.connect(self.play_pause)
        volume_label = QLabel(_tr("&Volume"))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setAccessibleName(_tr("Volume"))
        volume_label.setBuddy(self.volume)
        self.volume.valueChanged.connect(lambda v: self.volume_changed.emit(v / 100))
        volume = QHBoxLayout()
        volume.addWidget(volume_label)
        volume.addWidget(self.volume, 1)
        # The volume goes under the buttons when long words or large text need the room.
        controls = ReflowRow(spacing=tokens.SPACE_M)
        for part in (buttons, volume):
            part.setContentsMargins(0, 0, 0, 0)
            holder = QWidget()
            holder.setLayout(part)
            controls.add(holder, 1 if part is volume else 0)
        layout.addWidget(controls)
        self.set_enabled(False)

    def set_session(self, title: str, description: str) -> None:
        self.title.setText(title)
        self.description.setText(description)
        self.description.setVisible(bool(description))
        self.set_enabled(True)

    def set_enabled(self, on: bool) -> None:
        for widget in (self.slider, self.back_button, self.play_button, self.forward_button):
            widget.setEnabled(on)

    def show_resume(self, start_ms: int) -> None:
        self.resume_note.setText(_tr("Continuing where you left off (%1).", clock_text(start_ms)))
        self.resume_note.setVisible(start_ms > 0)
        self.restart_button.setVisible(start_ms > 0)

    def set_state(self, state: str) -> None:
        self.play_button.setText(_tr("Pause") if state == PLAYING else _tr("Play"))

    def set_duration(self, ms: int) -> None:
        self.slider.setRange(0, max(0, ms))
        self._update_times(self.slider.value())

    def set_position(self, ms: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(ms)
        self._update_times(ms)

    def _update_times(self, ms: int) -> None:
        self.elapsed.setText(clock_text(ms))
        total = self.slider.maximum()
        self.remaining.setText(_tr("%1 left", clock_text(total - ms)) if total else "")

    def _on_slider_action(self, action: int) -> None:
        # Keyboard and page clicks on the slider seek at once; dragging seeks on release.
        if not self.slider.isSliderDown():
            self.seek.emit(self.slider.sliderPosition())
