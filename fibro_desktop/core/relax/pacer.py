"""Breathing pacer maths: which phase, how far into it, and the circle's size.

Everything is a pure function of the pattern and the seconds elapsed since
the pacer started (taken from a monotonic clock by the caller).
"""

from __future__ import annotations

from dataclasses import dataclass

INHALE, HOLD_IN, EXHALE, HOLD_OUT = "in", "hold_in", "out", "hold_out"
#: Breathing along this long (seconds, in one run) counts as the routine's
#: breathing or relaxation session: about twenty slow breaths.
PRACTICE_S = 3 * 60


@dataclass(frozen=True)
class BreathPattern:
    """Seconds for each phase; holds are optional (0). Default: in 4 s, out 6 s."""

    inhale_s: float = 4.0
    hold_in_s: float = 0.0
    exhale_s: float = 6.0
    hold_out_s: float = 0.0

    def __post_init__(self) -> None:
        if self.inhale_s <= 0 or self.exhale_s <= 0 or self.hold_in_s < 0 or self.hold_out_s < 0:
            raise ValueError("breathing in and out need > 0 s; holds >= 0 s")

    @property
    def cycle_s(self) -> float:
        return self.inhale_s + self.hold_in_s + self.exhale_s + self.hold_out_s

    @property
    def breaths_per_minute(self) -> float:
        return 60.0 / self.cycle_s

    def phases(self) -> list[tuple[str, float]]:
        """(phase, seconds) in order, skipping holds of 0 s."""
        all_phases = [(INHALE, self.inhale_s), (HOLD_IN, self.hold_in_s),
                      (EXHALE, self.exhale_s), (HOLD_OUT, self.hold_out_s)]
        return [(name, seconds) for name, seconds in all_phases if seconds > 0]


@dataclass(frozen=True)
class PacerState:
    """Where the pacer is. ``size`` is the circle's size from 0 (empty lungs)
    to 1 (full), eased so it moves like a breath; ``remaining_s`` counts down
    the current phase; ``cycle`` counts completed breaths."""

    phase: str
    phase_elapsed_s: float
    remaining_s: float
    size: float
    cycle: int


def _ease(fraction: float) -> float:
    """Smooth start and end (a half cosine), like lungs filling."""
    import math

    return 0.5 - 0.5 * math.cos(math.pi * min(1.0, max(0.0, fraction)))


def pacer_state(pattern: BreathPattern, elapsed_s: float) -> PacerState:
    """The pacer's state ``elapsed_s`` seconds after it started (>= 0)."""
    elapsed_s = max(0.0, elapsed_s)
    cycle, into = divmod(elapsed_s, pattern.cycle_s)
    for name, seconds in pattern.phases():
        if into < seconds:
            fraction = into / seconds
            size = {INHALE: _ease(fraction), HOLD_IN: 1.0, EXHALE: 1.0 - _ease(fraction),
                    HOLD_OUT: 0.0}[name]
            return PacerState(name, into, seconds - into, size, int(cycle))
        into -= seconds
    # Floating-point edge at the very end of a cycle: start of the next one.
    return PacerState(INHALE, 0.0, pattern.inhale_s, 0.0, int(cycle) + 1)


def countdown_text_seconds(state: PacerState) -> int:
    """Whole seconds to show in the text countdown (never 0 while a phase runs)."""
    import math

    return max(1, math.ceil(state.remaining_s - 1e-9))
