"""Checks on journal entries before they are stored.

Each ``validate_*`` returns a mapping from field name to one plain-English
message (the UI translates it and shows it next to that field); an empty
mapping means the entry can be saved. Text is cleaned first with
:func:`clean_entry` so that what is checked is what is stored.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta

from fibro_desktop.core import vocabulary as v
from fibro_desktop.core.journal.records import CheckIn, Dose, Episode, Medication, is_own, own_text
from fibro_desktop.core.text import MAX_NAME_CHARS, MAX_NOTE_CHARS, clean_text

#: Longest duration or recovery time accepted, in seconds (24 hours).
MAX_DURATION_S = 24 * 3600
#: Longest time to relief accepted, in minutes (24 hours).
MAX_RELIEF_MINUTES = 24 * 60
#: A start this far ahead of "now" is still accepted: clocks of two devices
#: and the seconds spent filling the form differ a little.
FUTURE_TOLERANCE = timedelta(minutes=2)
MAX_SLEEP_HOURS = 24.0
MAX_WATER_GLASSES = 50

Errors = dict[str, str]


def _scale(errors: Errors, name: str, value: int | None, required: bool = False) -> None:
    if value is None:
        if required:
            errors[name] = "Choose a number from 0 to 10."
        return
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 10:
        errors[name] = "Choose a number from 0 to 10."


def _text(errors: Errors, name: str, value: str, cap: int = MAX_NOTE_CHARS) -> None:
    if len(value) > cap:
        errors[name] = f"Please keep this under {cap:,} characters."


def _duration(errors: Errors, name: str, seconds: int | None) -> None:
    if seconds is not None and not 0 <= seconds <= MAX_DURATION_S:
        errors[name] = "Enter a time between 0 minutes and 24 hours."


def _own_terms(errors: Errors, name: str, ids: Iterable[str], known: Container[str]) -> None:
    for term in ids:
        if is_own(term):
            text = own_text(term)
            if not text or len(text) > MAX_NAME_CHARS:
                errors[name] = f"Your own entries need 1 to {MAX_NAME_CHARS} characters."
        elif term not in known:
            errors[name] = "This list holds an entry the app does not know."


def clean_entry(episode: Episode) -> Episode:
    """``episode`` with its free text cleaned (NUL removed, NFC, trimmed)."""
    return replace(
        episode,
        doing=clean_text(episode.doing),
        notes=clean_text(episode.notes),
        triggers=frozenset(_clean_own(t) for t in episode.triggers),
        reliefs=tuple(replace(r, relief=_clean_own(r.relief)) for r in episode.reliefs),
    )


def _clean_own(term: str) -> str:
    return "own:" + clean_text(own_text(term)) if is_own(term) else term


def validate_episode(episode: Episode, now: datetime) -> Errors:
    """Problems with ``episode`` as of ``now`` (aware), by field name."""
    errors: Errors = {}
    if episode.started.utcoffset() is None:
        errors["started"] = "The start time needs a time zone."
    elif episode.started > now + FUTURE_TOLERANCE:
        errors["started"] = "The start can't be in the future."
    if episode.kind not in v.SPASM_KIND_BY_ID:
        errors["kind"] = "Choose what kind of spasm it was."
    _scale(errors, "intensity", episode.intensity, required=True)
    _duration(errors, "duration_s", episode.duration_s)
    _duration(errors, "recovery_s", episode.recovery_s)
    if (
        "started" not in errors
        and not episode.ongoing
        and episode.duration_s is not None
        and episode.started + timedelta(seconds=episode.duration_s) > now + FUTURE_TOLERANCE
    ):
        errors["duration_s"] = "It can't have ended after now. Is it still going?"
    for muscle, side in episode.muscles:
        if muscle not in v.MUSCLE_GROUP_BY_ID:
            errors["muscles"] = "A place on the body is not known to the app."
        elif muscle in v.SIDED_MUSCLE_GROUPS and side not in ("left", "right", "both"):
            errors["muscles"] = "Say which side for each place."
        elif muscle not in v.SIDED_MUSCLE_GROUPS and side is not None:
            errors["muscles"] = "A place has a side it does not have."
    if episode.activity is not None and episode.activity not in {t.id for t in v.ACTIVITY_LEVELS}:
        errors["activity"] = "Choose an activity level from the list."
    if episode.sleep_state is not None and episode.sleep_state not in {t.id for t in v.SLEEP_STATES}:
        errors["sleep_state"] = "Choose a sleep state from the list."
    _text(errors, "doing", episode.doing, MAX_NAME_CHARS * 5)
    _text(errors, "notes", episode.notes)
    _own_terms(errors, "triggers", episode.triggers, v.TRIGGER_BY_ID)
    _own_terms(errors, "reliefs", [r.relief for r in episode.reliefs], v.RELIEF_BY_ID)
    helped_ids = {t.id for t in v.HELPED}
    seen = set()
    for relief in episode.reliefs:
        if relief.relief in seen:
            errors["reliefs"] = "Each thing you tried can be listed once."
        seen.add(relief.relief)
        if relief.helped is not None and relief.helped not in helped_ids:
            errors["reliefs"] = "Say whether it helped: yes, a little, or no."
        if relief.minutes_to_relief is not None and not 0 <= relief.minutes_to_relief <= MAX_RELIEF_MINUTES:
            errors["reliefs"] = "Time to relief must be between 0 minutes and 24 hours."
        elif relief.minutes_to_relief is not None and relief.helped == "no":
            # Minutes until it eased make no sense for something that did not ease it.
            errors["reliefs"] = "Something that did not help has no time to relief."
    _scale(errors, "impact_sleep", episode.impact_sleep)
    _scale(errors, "impact_mood", episode.impact_mood)
    _scale(errors, "impact_mobility", episode.impact_mobility)
    if not set(episode.warnings) <= set(v.WARNING_SYMPTOM_BY_ID):
        errors["warnings"] = "A warning sign is not known to the app."
    return errors


def clean_checkin(checkin: CheckIn) -> CheckIn:
    return replace(checkin, activity=clean_text(checkin.activity), notes=clean_text(checkin.notes),
                   triggers=frozenset(_clean_own(t) for t in checkin.triggers))


def validate_checkin(checkin: CheckIn, today: date) -> Errors:
    """Problems with ``checkin``; ``today`` is the person's local date."""
    errors: Errors = {}
    if checkin.day > today:
        errors["day"] = "You can check in for today or earlier days."
    hours = checkin.sleep_hours
    if hours is not None and (isinstance(hours, bool) or not isinstance(hours, (int, float))
                              or not 0 <= hours <= MAX_SLEEP_HOURS):
        errors["sleep_hours"] = "Enter between 0 and 24 hours of sleep."
    for name in ("sleep_quality", "mood", "energy", "overall_pain", "mobility", "stress"):
        _scale(errors, name, getattr(checkin, name))
    glasses = checkin.water_glasses
    # Whole glasses only; a bool is an int in Python but not a count.
    if glasses is not None and (isinstance(glasses, bool) or not isinstance(glasses, int)
                                or not 0 <= glasses <= MAX_WATER_GLASSES):
        errors["water_glasses"] = f"Enter between 0 and {MAX_WATER_GLASSES} glasses."
    if checkin.daily_activities is not None and checkin.daily_activities not in {t.id for t in v.DAILY_ACTIVITIES}:
        errors["daily_activities"] = "Choose an answer from the list."
    _text(errors, "activity", checkin.activity, MAX_NAME_CHARS * 5)
    _text(errors, "notes", checkin.notes)
    _own_terms(errors, "triggers", checkin.triggers, v.TRIGGER_BY_ID)
    if not set(checkin.warnings) <= set(v.WARNING_SYMPTOM_BY_ID):
        errors["warnings"] = "A warning sign is not known to the app."
    return errors


def validate_medication(medication: Medication) -> Errors:
    errors: Errors = {}
    name = clean_text(medication.name)
    if not name:
        errors["name"] = "Give it a name, as you would write it."
    _text(errors, "name", name, MAX_NAME_CHARS)
    _text(errors, "form", clean_text(medication.form), MAX_NAME_CHARS)
    _text(errors, "usual_amount", clean_text(medication.usual_amount), MAX_NAME_CHARS)
    return errors


def validate_dose(dose: Dose, now: datetime) -> Errors:
    errors: Errors = {}
    if not dose.medication_uid:
        errors["medication"] = "Choose which one you took."
    if dose.taken.utcoffset() is None:
        errors["taken"] = "The time needs a time zone."
    elif dose.taken > now + FUTURE_TOLERANCE:
        errors["taken"] = "The time can't be in the future."
    if dose.status not in ("taken", "skipped"):
        errors["status"] = "Say whether it was taken or skipped."
    if dose.helped is not None and dose.helped not in {t.id for t in v.HELPED}:
        errors["helped"] = "Say whether it helped: yes, a little, or no."
    _text(errors, "amount", clean_text(dose.amount), MAX_NAME_CHARS)
    _text(errors, "side_effects", clean_text(dose.side_effects))
    return errors


class InvalidEntry(ValueError):
    """Raised by the store when an entry fails validation; nothing was written.

    ``errors`` maps field names to messages, as the ``validate_*`` functions
    return them.
    """

    def __init__(self, errors: Errors):
        super().__init__("; ".join(f"{k}: {m}" for k, m in errors.items()))
        self.errors = errors
