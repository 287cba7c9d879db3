"""Sleep-timer maths: when to stop and how loud to be meanwhile.

The fade is linear on the *perceptual* volume scale, which the player turns
into a linear amplitude, so the sound seems to fall evenly, never a cut.
"""

from __future__ import annotations

from dataclasses import dataclass

MIN_FADE_S = 30.0


@dataclass(frozen=True)
class SleepPlan:
    """Stop at monotonic ``stop_at_s``, fading over the last ``fade_s`` seconds."""

    stop_at_s: float
    fade_s: float = 60.0

    def __post_init__(self) -> None:
        if self.fade_s < MIN_FADE_S:
            raise ValueError(f"the fade must last at least {MIN_FADE_S:.0f} s")

    def factor(self, now_s: float) -> float:
        """Volume factor, 1 (untouched) to 0 (silent), at monotonic ``now_s``."""
        left = self.stop_at_s - now_s
        if left <= 0:
            return 0.0
        if left >= self.fade_s:
            return 1.0
        return left / self.fade_s

    def done(self, now_s: float) -> bool:
        return now_s >= self.stop_at_s


def plan_after_minutes(now_s: float, minutes: float, fade_s: float = 60.0) -> SleepPlan:
    """Stop ``minutes`` from now; a very short timer fades over its whole length (≥ 30 s)."""
    length = max(MIN_FADE_S, minutes * 60.0)
    return SleepPlan(stop_at_s=now_s + length, fade_s=max(MIN_FADE_S, min(fade_s, length)))


def plan_at_session_end(now_s: float, remaining_ms: int, fade_s: float = 60.0) -> SleepPlan:
    """Stop when the session ends (``remaining_ms`` from now), fading before."""
    length = max(MIN_FADE_S, remaining_ms / 1000.0)
    return SleepPlan(stop_at_s=now_s + length, fade_s=max(MIN_FADE_S, min(fade_s, length)))
