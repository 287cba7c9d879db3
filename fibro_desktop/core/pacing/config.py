"""Pacing settings as a plain value, and the built-in presets.

Every duration is in seconds. A :class:`PacingConfig` is immutable; the UI
builds a new one from preferences and hands it to the machine. Intervals are
measured in *desk time*: monotonic seconds while the person is working (not
on a break, paused, asleep or away).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta

from fibro_desktop.core.instants import local_day

#: Preset ids, in the order the UI lists them.
PRESET_IDS = ("standard", "gentle", "flare", "custom")


@dataclass(frozen=True)
class WorkHours:
    """Days (Monday = 0 ... Sunday = 6) and the local times work starts and ends.

    ``end`` after ``start`` on the same day; an overnight shift is not modelled.
    """

    days: frozenset[int] = frozenset({0, 1, 2, 3, 4})
    start: time = time(9, 0)
    end: time = time(17, 0)

    def contains(self, wall: datetime) -> bool:
        """Whether the local wall time ``wall`` (aware) falls inside work hours."""
        return wall.weekday() in self.days and self.start <= wall.time().replace(tzinfo=None) < self.end

    def next_change(self, wall: datetime) -> datetime:
        """The next local moment after ``wall`` when inside/outside flips.

        Searched day by day for at most eight days; with no work day at all it
        answers a week ahead (nothing ever flips).
        """
        tz = wall.tzinfo
        for offset in range(0, 9):
            day = local_day(wall + timedelta(days=offset))
            if day.weekday() not in self.days:
                continue
            for moment in (datetime.combine(day, self.start, tz), datetime.combine(day, self.end, tz)):
                if moment > wall:
                    return moment
        return wall + timedelta(days=7)


@dataclass(frozen=True)
class PacingConfig:
    """Everything the machine needs to know about the person's choices.

    A zero interval switches that tier or reminder off. ``max_postpones`` of 0
    means "no limit" (lenient by default: 3). ``daily_limit_s`` of 0 = none.
    ``strict``: no Skip, and the UI covers every screen during a break.
    ``keep_breaks_when_busy``: breaks come even while a fullscreen window or
    Do Not Disturb is on (by default they wait until it ends).
    """

    micro_every_s: int = 10 * 60
    micro_length_s: int = 30
    movement_every_s: int = 45 * 60
    movement_length_s: int = 5 * 60
    recovery_length_s: int = 10 * 60
    notice_s: int = 10
    postpone_s: int = 5 * 60
    max_postpones: int = 3
    strict: bool = False
    daily_limit_s: int = 0
    work_hours: WorkHours | None = None
    water_every_s: int = 0
    posture_every_s: int = 0
    keep_breaks_when_busy: bool = False

    @property
    def micro_on(self) -> bool:
        return self.micro_every_s > 0 and self.micro_length_s > 0

    @property
    def movement_on(self) -> bool:
        return self.movement_every_s > 0 and self.movement_length_s > 0

    def interval(self, kind: str) -> int:
        """Desk seconds between two events of ``kind`` (0 = off)."""
        return {"micro": self.micro_every_s if self.micro_on else 0,
                "movement": self.movement_every_s if self.movement_on else 0,
                "water": self.water_every_s, "posture": self.posture_every_s}[kind]

    def length(self, kind: str) -> int:
        """Length in seconds of a break of ``kind`` (micro, movement, recovery)."""
        return {"micro": self.micro_length_s, "movement": self.movement_length_s,
                "recovery": self.recovery_length_s}[kind]

    def shortest_rest(self) -> int:
        """The shortest absence that counts as a break (0 if no tier is on)."""
        lengths = [self.micro_length_s if self.micro_on else 0, self.movement_length_s if self.movement_on else 0]
        lengths = [n for n in lengths if n > 0]
        return min(lengths) if lengths else 0


PRESETS: dict[str, PacingConfig] = {
    # Close to the usual advice: a short pause every few minutes, a real
    # movement break about every three quarters of an hour.
    "standard": PacingConfig(),
    # Fewer interruptions, slightly longer pauses, for a settled day.
    "gentle": PacingConfig(micro_every_s=15 * 60, micro_length_s=45,
                           movement_every_s=50 * 60, movement_length_s=7 * 60),
    # Short work blocks and longer rests for a bad day.
    "flare": PacingConfig(micro_every_s=8 * 60, micro_length_s=60,
                          movement_every_s=25 * 60, movement_length_s=10 * 60,
                          recovery_length_s=15 * 60),
}


def preset_config(preset: str, base: PacingConfig | None = None) -> PacingConfig:
    """The break timings of ``preset`` applied over ``base``'s other choices.

    Only the tier timings come from the preset; work hours, limits, reminders
    and strict mode stay as the person set them. ``custom`` returns ``base``.
    """
    base = base or PacingConfig()
    if preset not in PRESETS:
        return base
    p = PRESETS[preset]
    return replace(base, micro_every_s=p.micro_every_s, micro_length_s=p.micro_length_s,
                   movement_every_s=p.movement_every_s, movement_length_s=p.movement_length_s,
                   recovery_length_s=p.recovery_length_s)


def matching_preset(config: PacingConfig) -> str:
    """The preset whose timings ``config`` has, else ``"custom"``."""
    for name in PRESETS:
        if preset_config(name, config) == config:
            return name
    return "custom"
