"""Pacing for desk work: the pure break machine, its settings and records.

No Qt and no clock here: :class:`~fibro_desktop.core.pacing.machine.PacingMachine`
is told the time (an :class:`~fibro_desktop.core.pacing.machine.Instant`) and
answers with events and its next deadline. See docs/pacing.md.
"""

from fibro_desktop.core.pacing.config import (
    PRESET_IDS,
    PRESETS,
    PacingConfig,
    WorkHours,
    matching_preset,
    preset_config,
)
from fibro_desktop.core.pacing.machine import Event, Instant, PacingMachine, State, Status
from fibro_desktop.core.pacing.record import BreakEntry, DaySummary, gentle_streak

__all__ = ["PRESET_IDS", "PRESETS", "BreakEntry", "DaySummary", "Event", "Instant", "PacingConfig",
           "PacingMachine", "State", "Status", "WorkHours", "gentle_streak", "matching_preset", "preset_config"]
