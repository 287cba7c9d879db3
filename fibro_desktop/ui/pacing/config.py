"""Preferences <-> :class:`~fibro_desktop.core.pacing.PacingConfig`.

The preferences hold friendly units (minutes, "09:00"); the machine wants
seconds and a :class:`WorkHours`. A malformed value falls back to its default
rather than stopping the timer.
"""

from __future__ import annotations

import logging
from datetime import datetime, time

from fibro_desktop.core.pacing import PacingConfig, WorkHours, preset_config
from fibro_desktop.ops import pacing as pacing_ops
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.events import DataEvents
from fibro_desktop.ui.operations import run_for

log = logging.getLogger(__name__)


def _clock_time(text: str, fallback: time) -> time:
    try:
        hours, minutes = (int(part) for part in text.split(":"))
        return time(hours, minutes)
    except (ValueError, TypeError):
        return fallback


def _days(text: str) -> frozenset[int]:
    try:
        return frozenset(int(part) for part in text.split(",") if part.strip() and 0 <= int(part) <= 6)
    except ValueError:
        return frozenset({0, 1, 2, 3, 4})


def config_from_preferences(p: prefs.Preferences) -> PacingConfig:
    """The machine's settings as the person chose them."""
    hours = None
    if p.get(prefs.PACING_WORK_HOURS_ON):
        hours = WorkHours(_days(p.get(prefs.PACING_WORK_DAYS)),
                          _clock_time(p.get(prefs.PACING_WORK_START), time(9, 0)),
                          _clock_time(p.get(prefs.PACING_WORK_END), time(17, 0)))
    return PacingConfig(
        micro_every_s=max(0, p.get(prefs.PACING_MICRO_EVERY_MIN)) * 60,
        micro_length_s=max(0, p.get(prefs.PACING_MICRO_LENGTH_S)),
        movement_every_s=max(0, p.get(prefs.PACING_MOVEMENT_EVERY_MIN)) * 60,
        movement_length_s=max(0, p.get(prefs.PACING_MOVEMENT_LENGTH_MIN)) * 60,
        recovery_length_s=max(1, p.get(prefs.PACING_RECOVERY_LENGTH_MIN)) * 60,
        postpone_s=max(1, p.get(prefs.PACING_POSTPONE_MIN)) * 60,
        max_postpones=max(0, p.get(prefs.PACING_MAX_POSTPONES)),
        strict=p.get(prefs.PACING_STRICT),
        daily_limit_s=max(0, p.get(prefs.PACING_DAILY_LIMIT_MIN)) * 60,
        work_hours=hours,
        water_every_s=max(0, p.get(prefs.PACING_WATER_EVERY_MIN)) * 60,
        posture_every_s=max(0, p.get(prefs.PACING_POSTURE_EVERY_MIN)) * 60,
        keep_breaks_when_busy=p.get(prefs.PACING_KEEP_BREAKS_WHEN_BUSY),
    )


def save_timings(p: prefs.Preferences, config: PacingConfig) -> None:
    """Write the tier timings of ``config`` (e.g. after choosing a preset)."""
    p.set(prefs.PACING_MICRO_EVERY_MIN, config.micro_every_s // 60)
    p.set(prefs.PACING_MICRO_LENGTH_S, config.micro_length_s)
    p.set(prefs.PACING_MOVEMENT_EVERY_MIN, config.movement_every_s // 60)
    p.set(prefs.PACING_MOVEMENT_LENGTH_MIN, config.movement_length_s // 60)
    p.set(prefs.PACING_RECOVERY_LENGTH_MIN, config.recovery_length_s // 60)


def apply_preset(p: prefs.Preferences, preset: str) -> None:
    """Choose ``preset``: its timings replace the current ones (not custom)."""
    if preset != "custom":
        save_timings(p, preset_config(preset, config_from_preferences(p)))
    p.set(prefs.PACING_PRESET, preset)


def disabled_exercises(p: prefs.Preferences) -> frozenset[str]:
    return frozenset(x for x in p.get(prefs.PACING_DISABLED_EXERCISES).split(",") if x)


def carry_over_own_exercises(p: prefs.Preferences, db, now: datetime, events: DataEvents) -> int:
    """Once: move own exercises kept in the preferences by older versions
    into the database, then forget the preference. If an entry cannot be
    read the preference stays (nothing is thrown away); running again adds
    nothing twice. Returns how many were added."""
    raw = p.get(prefs.PACING_OWN_EXERCISES)
    if not raw:
        return 0
    added, complete = run_for(events, lambda: pacing_ops.carry_over_own_exercises(db, raw, now), origin=None)
    if complete:
        p.remove(prefs.PACING_OWN_EXERCISES)
    else:
        log.warning("Some own exercises in the preferences could not be read; they are kept there")
    log.info("Own exercises moved into the database: %d", added)
    return added


#: Every preference key that changes the machine's settings.
CONFIG_KEYS = frozenset(s.key for s in (
    prefs.PACING_MICRO_EVERY_MIN, prefs.PACING_MICRO_LENGTH_S, prefs.PACING_MOVEMENT_EVERY_MIN,
    prefs.PACING_MOVEMENT_LENGTH_MIN, prefs.PACING_RECOVERY_LENGTH_MIN, prefs.PACING_POSTPONE_MIN,
    prefs.PACING_MAX_POSTPONES, prefs.PACING_STRICT, prefs.PACING_DAILY_LIMIT_MIN,
    prefs.PACING_WORK_HOURS_ON, prefs.PACING_WORK_START, prefs.PACING_WORK_END, prefs.PACING_WORK_DAYS,
    prefs.PACING_WATER_EVERY_MIN, prefs.PACING_POSTURE_EVERY_MIN, prefs.PACING_KEEP_BREAKS_WHEN_BUSY))
