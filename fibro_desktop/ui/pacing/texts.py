"""Every sentence the pacing UI shows about breaks, in one translatable place."""

from __future__ import annotations

from fibro_desktop.core.pacing import State
from fibro_desktop.ui import formats
from fibro_desktop.ui.translate import translator

_tr = translator("Pacing")
_tr_exercises = translator("exercises")


def exercise_text(text: str) -> str:
    """Bundled exercise text, translated where a translation exists."""
    return _tr_exercises(text)


def break_title(kind: str) -> str:
    return {"micro": _tr("A short pause"), "movement": _tr("Time to move a little"),
            "recovery": _tr("A recovery break")}.get(kind, _tr("A break"))


def break_prompt(kind: str) -> str:
    return {
        "micro": _tr("Change position, let your shoulders drop, unclench your jaw, take a sip of water."),
        "movement": _tr("Get up if you can. Move gently and slowly, nothing that strains or hurts."),
        "recovery": _tr("Desk time is on hold. Rest, use warmth or a gentle movement that helps you, "
                        "and log the spasm when you are ready."),
    }.get(kind, "")


def kind_label(kind: str) -> str:
    return {"micro": _tr("Short pause"), "movement": _tr("Movement break"),
            "recovery": _tr("Recovery break")}.get(kind, kind)


def outcome_label(outcome: str, did_it: bool = False) -> str:
    if outcome == "taken" and did_it:
        return _tr("Done")
    return {"taken": _tr("Taken"), "skipped": _tr("Skipped"), "postponed": _tr("Put off"),
            "natural": _tr("Away anyway"), "missed": _tr("Worked through"),
            "deferred": _tr("Waited for a full-screen window")}.get(outcome, outcome)


def preset_label(preset: str) -> str:
    return {"standard": _tr("Standard desk day"), "gentle": _tr("Gentle"), "flare": _tr("Flare day"),
            "custom": _tr("Custom")}.get(preset, preset)


def duration(seconds: float) -> str:
    """``1 h 05 min``, ``12 min`` or ``45 s``, for calm summaries."""
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return _tr("%1 s", seconds)
    minutes = seconds // 60
    if minutes < 60:
        return _tr("%1 min", minutes)
    return _tr("%1 h %2 min").replace("%1", str(minutes // 60)).replace("%2", f"{minutes % 60:02d}")


def countdown(seconds: float) -> str:
    """``4:05`` (minutes:seconds), rounded up so it never shows 0:00 early."""
    seconds = max(0, int(-(-seconds // 1)))
    return f"{seconds // 60}:{seconds % 60:02d}"


def state_line(status) -> str:
    """One calm sentence about where pacing stands."""
    if status.state == State.OFF:
        return _tr("The break timer is switched off.")
    if status.state == State.ON_BREAK:
        return _tr("On a break: %1.").replace("%1", kind_label(status.break_kind).lower())
    if status.state == State.PAUSED:
        if status.paused_until is not None:
            return _tr("Breaks are paused until %1.").replace("%1", formats.time_of_day(status.paused_until))
        return _tr("Breaks are paused.")
    if status.state == State.OUTSIDE_HOURS:
        return _tr("Outside your work hours: no breaks are timed.")
    if status.state == State.LIMIT_REACHED:
        return _tr("You have reached today's desk-time limit. Time to stop for the day, if you can.")
    if status.waiting:
        return _tr("A break is waiting until the full-screen window or Do Not Disturb ends.")
    if status.next_kind is None:
        return _tr("Working. Both kinds of break are switched off.")
    return _tr("Working. %1 in %2.").replace("%1", kind_label(status.next_kind)).replace(
        "%2", duration(status.next_in_s or 0))


def tooltip(status) -> str:
    """The tray tooltip: time to the next break."""
    if status.state == State.WORKING and status.next_kind is not None and not status.waiting:
        return _tr("Fibro Desktop: next break in %1").replace("%1", duration(status.next_in_s or 0))
    return _tr("Fibro Desktop: %1").replace("%1", state_line(status))


def folded_reminder(kind: str) -> str:
    """One line under a break's exercise for a reminder that came with it."""
    if kind == "water":
        return _tr("Also: a glass of water, a few sips now.")
    return _tr("Also: feet flat, back supported, shoulders low.")


def reminder_text(kind: str) -> tuple[str, str]:
    """(title, sentence) of an independent reminder."""
    if kind == "water":
        return _tr("A glass of water?"), _tr("A few sips now help keep muscles from cramping.")
    if kind == "limit":
        return _tr("Enough desk time for today"), _tr(
            "You have reached the desk-time limit you set for today. If you can, stop here and rest. "
            "If you must go on, choose Keep going in the Pacing tab.")
    return _tr("Posture check"), _tr("Feet flat, back supported, shoulders low, screen at eye height.")
