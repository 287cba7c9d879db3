"""Drive a pacing machine the way the Qt driver does: wake at each deadline."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

from fibro_desktop.core.pacing import PacingConfig, PacingMachine
from fibro_desktop.core.pacing.simclock import SimClock

#: Monday 23 November 2026, 10:00 in UTC+01:00.
MONDAY_10 = datetime(2026, 11, 23, 10, 0, tzinfo=timezone(timedelta(hours=1)))


def make(config: PacingConfig | None = None, wall: datetime = MONDAY_10, **kwargs):
    clock = SimClock(wall=wall)
    machine = PacingMachine(config or PacingConfig(), clock.instant(), **kwargs)
    return clock, machine


def run_until(clock: SimClock, machine: PacingMachine, mono_end: float, *, jitter_s: float = 0.0,
              rng: random.Random | None = None, on_event=None) -> list:
    """Sleep to each deadline (late by up to ``jitter_s``) until ``mono_end``."""
    events = []
    while clock.mono < mono_end:
        deadline = min(machine.next_deadline(clock.instant()), mono_end)
        late = rng.uniform(0, jitter_s) if rng and jitter_s else 0.0
        clock.advance(max(0.0, deadline - clock.mono) + late)
        new = machine.update(clock.instant())
        for event in new:
            if on_event:
                on_event(event, clock)
        events += new
    return events


def kinds(events) -> list[str]:
    return [e.kind if e.break_kind is None else f"{e.kind}:{e.break_kind}" for e in events]
