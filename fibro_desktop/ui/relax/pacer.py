"""The breathing pacer: a circle that grows while breathing in and shrinks
while breathing out, or, with "reduce motion" on, a calm text countdown.

The maths is :func:`fibro_desktop.core.relax.pacer.pacer_state`; this widget
only asks the injected clock for the monotonic time and draws.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from fibro_desktop.core.relax.pacer import (
    EXHALE,
    HOLD_IN,
    HOLD_OUT,
    INHALE,
    PRACTICE_S,
    BreathPattern,
    PacerState,
    countdown_text_seconds,
    pacer_state,
)
from fibro_desktop.ui.translate import translator

FRAME_MS = 40
"""25 frames a second: smooth enough for a slow circle, light on the CPU."""
TEXT_TICK_MS = 200


_tr = translator("RelaxPacer")


def phase_words(phase: str) -> str:
    return {INHALE: _tr("Breathe in"), HOLD_IN: _tr("Hold gently"), EXHALE: _tr("Breathe out"),
            HOLD_OUT: _tr("Rest")}[phase]


class PacerWidget(QWidget):
    """Shows the pacer; ``start()``/``stop()``; ``set_pattern()``;
    ``set_reduce_motion(True)`` swaps the circle for a text countdown.
    Emits ``practised()`` once per run when it has run for
    :data:`~fibro_desktop.core.relax.pacer.PRACTICE_S` (the routine's
    relaxation)."""

    practised = Signal()

    def __init__(self, clock, reduce_motion: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._clock = clock
        self._pattern = BreathPattern()
        self._started_at: float | None = None
        self._run_from = 0.0
        self._practised = False
        self._reduce_motion = reduce_motion
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.update)
        self._timer.timeout.connect(self.check_practice)
        self.setMinimumSize(180, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(_tr("Breathing pacer"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    # -- asking --------------------------------------------------------------
    def start(self) -> None:
        if self._started_at is None:
            self._practised = False  # a new run (a pattern change keeps counting)
        self._run_from = self._clock.monotonic() if self._started_at is None else self._run_from
        self._started_at = self._clock.monotonic()
        self._timer.start(TEXT_TICK_MS if self._reduce_motion else FRAME_MS)
        self.update()

    def check_practice(self) -> None:
        """Say ``practised`` once the run has lasted long enough (its timer asks)."""
        if (self._started_at is not None and not self._practised
                and self._clock.monotonic() - self._run_from >= PRACTICE_S):
            self._practised = True
            self.practised.emit()

    def stop(self) -> None:
        self.check_practice()
        self._started_at = None
        self._timer.stop()
        self.update()

    def is_running(self) -> bool:
        return self._started_at is not None

    def set_pattern(self, pattern: BreathPattern) -> None:
        self._pattern = pattern
        if self.is_running():
            self.start()

    def pattern(self) -> BreathPattern:
        return self._pattern

    def set_reduce_motion(self, on: bool) -> None:
        self._reduce_motion = on
        if self.is_running():
            self._timer.start(TEXT_TICK_MS if on else FRAME_MS)
        self.update()

    # -- telling -------------------------------------------------------------
    def state(self) -> PacerState | None:
        if self._started_at is None:
            return None
        return pacer_state(self._pattern, self._clock.monotonic() - self._started_at)

    def text(self) -> str:
        """What the pacer says now (also its accessible description)."""
        state = self.state()
        if state is None:
            return _tr("Press Start to breathe along.")
        return _tr("%1… %2", phase_words(state.phase), countdown_text_seconds(state))

    def uses_text(self) -> bool:
        return self._reduce_motion

    # -- drawing -------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect())
        state = self.state()
        text = self.text()
        self.setAccessibleDescription(text)
        if not self._reduce_motion:
            radius_max = min(rect.width(), rect.height()) / 2 - 8
            radius_min = radius_max * 0.35
            size = state.size if state is not None else 0.0
            radius = radius_min + (radius_max - radius_min) * size
            centre = rect.center()
            outline = palette.color(QPalette.ColorRole.Mid)
            painter.setPen(outline)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, radius_max, radius_max)
            fill = palette.color(QPalette.ColorRole.Highlight)
            fill.setAlphaF(0.35)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawEllipse(QPointF(centre), radius, radius)
        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * (1.6 if self._reduce_motion else 1.2))
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
