"""What an imported row must mean, beyond fitting its column's storage type.

An import writes rows straight into tables, past the forms; so each row is
checked here with the rules the forms use (``core.journal.validation``,
``core.toolkit.validation``, ``core.relax.imports``...) plus the facts the
code reading the tables relies on: instants in the stored form and in a
sane range, offsets a clock can have, real calendar days, known kinds and
scales in range. Pure: rows are plain dicts of stored values, ``now`` is
passed in.

Columns are also recognised by name (``*_utc``, ``*_offset_min``, ``day``,
flags), so a table added by a later migration gets those checks without
changes here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from fibro_desktop.core.instants import from_stored, local_day
from fibro_desktop.core.journal.records import CheckIn, Dose, Episode, Medication, ReliefTried
from fibro_desktop.core.journal.validation import validate_checkin, validate_dose, validate_episode, validate_medication
from fibro_desktop.core.message import Message, messages
from fibro_desktop.core.pacing.exercises import own_exercise_problem
from fibro_desktop.core.relax.imports import is_plain_name
from fibro_desktop.core.text import MAX_NAME_CHARS, MAX_NOTE_CHARS, strip_bidi_controls
from fibro_desktop.core.toolkit import validation as toolkit_rules
from fibro_desktop.core.toolkit.care import CARE_ROLE_IDS

#: Earliest year accepted in a day or an instant.
MIN_YEAR = 1900
#: The row checks' sentences with values (shown by ``ui/data_safety/labels.problem_text``).
_msg = messages("import_problems")
#: How far past "now" an imported moment or day may lie: the clocks of two
#: computers differ, and a local day in UTC+14 is a day ahead of UTC.
FUTURE_LEEWAY = timedelta(days=1)
#: Offsets real clocks have had since 1900: UTC-12:00 to UTC+14:00.
MIN_OFFSET_MIN, MAX_OFFSET_MIN = -12 * 60, 14 * 60
#: Longest stretch of seconds a break, desk day or listen can take (a 25-hour DST day).
MAX_DAY_SECONDS = 25 * 3600
#: Columns holding 0 or 1.
FLAG_COLUMNS = frozenset({"ongoing", "complete", "archived", "did_it", "finished"})
#: Columns that keep their exact text (identity, a file on disk).
_KEEP_TEXT = frozenset({"uid", "file_name"})

_UTC_TEXT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d")
_DAY_TEXT = re.compile(r"\d{4}-\d\d-\d\d")

#: A problem: (field, plain-English message; a Message when it carries a value).
Problem = tuple[str, str | Message]
#: One row of a table by column name; values of their column's SQLite storage
#: type, but from a file, so each rule checks the type it needs (hence Any).
Row = dict[str, Any]
#: Checks one column's ``value``: ``(name, value, row, latest)``.
_ColumnCheck = Callable[[str, Any, Row, datetime], Problem | None]


def _cell(row: Row, name: str, default: Any = None) -> Any:
    """A cell of ``row`` as it came from the file, of whatever type: the form's
    own validation, which it is handed to, judges it."""
    return row.get(name, default)


def clean_row(row: Row) -> Row:
    """``row`` with direction-override characters removed from its text
    (they can make a title read differently from what it is)."""
    for name, value in row.items():
        if type(value) is str and name not in _KEEP_TEXT and not value.isascii():
            row[name] = strip_bidi_controls(value)
    return row


class RowChecker:
    """Checks the rows of one table with the given ``columns`` as of ``now``.

    Made once per table: which rule applies to which column is worked out
    here, not for each of thousands of rows.
    """

    def __init__(self, table: str, columns: list[str], now: datetime) -> None:
        self.latest = now + FUTURE_LEEWAY
        self.plan: list[tuple[str, _ColumnCheck]] = [
            (name, kind) for name in columns if (kind := _column_kind(name)) is not None]
        self.rule = _TABLE_RULES.get(table)
        # Child rows repeat a few values (a muscle, a trigger): check each once.
        self.memo: dict[tuple[Any, ...], Problem | None] | None = {} if table in _REPEATING else None
        self.memo_key = [c for c in columns if c != "id" and not c.endswith("_id")]

    def __call__(self, row: Row) -> Problem | None:
        """The first problem with ``row``, or ``None``. Values are already of
        their column's storage type, numbers finite (the store checks that)."""
        for name, kind in self.plan:
            value = row.get(name)
            if value is not None:
                problem = kind(name, value, row, self.latest)
                if problem:
                    return problem
        if self.rule is None:
            return None
        if self.memo is None:
            return self.rule(row, self.latest)
        key = tuple(row.get(c) for c in self.memo_key)
        if key not in self.memo:
            self.memo[key] = self.rule(row, self.latest)
        return self.memo[key]


def check_row(table: str, row: Row, now: datetime) -> Problem | None:
    """The first problem with one ``row`` of ``table`` as of ``now`` (aware), or ``None``."""
    return RowChecker(table, list(row), now)(row)


def parse_instant(value: object) -> datetime | None:
    """The UTC moment of a stored instant text, or ``None`` if it is not one."""
    if not isinstance(value, str) or not _UTC_TEXT.fullmatch(value):
        return None
    try:
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    except ValueError:
        return None


def parse_day(value: object) -> date | None:
    """The date of a stored day text (``YYYY-MM-DD``), or ``None``."""
    if not isinstance(value, str) or not _DAY_TEXT.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _instant(name: str, value: Any, row: Row, latest: datetime) -> Problem | None:
    moment = parse_instant(value)
    if moment is None:
        return name, (_msg("This is not a date and time the app can read (%1). A spreadsheet may have changed "
                           "it; export again and import the file unchanged.",
                           repr(str(value)[:40])))
    if moment.year < MIN_YEAR:
        return name, _msg("The date %1 is before %2; the app keeps no records that old.", value[:10], MIN_YEAR)
    if moment > latest:
        return name, _msg("The moment %1 (UTC) is in the future.", value)
    partner = name[:-4] + "_offset_min"
    if partner in row and row[partner] is None:
        return partner, "The time zone of this moment is missing."
    return None


def _offset(name: str, value: Any, row: Row, latest: datetime) -> Problem | None:
    if type(value) is not int or not MIN_OFFSET_MIN <= value <= MAX_OFFSET_MIN:
        return name, "This time-zone offset is not one a clock can have (UTC-12:00 to UTC+14:00)."
    return None


def _day(name: str, value: Any, row: Row, latest: datetime) -> Problem | None:
    day = parse_day(value)
    if day is None:
        return name, (_msg("This is not a calendar day the app can read (%1); days are written like 2026-11-24.",
                           repr(str(value)[:40])))
    if day.year < MIN_YEAR:
        return name, _msg("The day %1 is before %2; the app keeps no records that old.", value, MIN_YEAR)
    if day > local_day(latest):
        return name, _msg("The day %1 is in the future.", value)
    return None


def _flag(name: str, value: Any, row: Row, latest: datetime) -> Problem | None:
    if type(value) is not int or value not in (0, 1):
        return name, "Only 0 (no) or 1 (yes) can be here."
    return None


def _column_kind(name: str) -> _ColumnCheck | None:
    """The check a column's name calls for, if any."""
    if name.endswith("_utc"):
        return _instant
    if name.endswith("_offset_min"):
        return _offset
    if name == "day":
        return _day
    if name in FLAG_COLUMNS:
        return _flag
    return None


# -- per-table rules: the forms' own validation ---------------------------

def _first(errors: dict[str, str], fields: dict[str, str] | None = None) -> Problem | None:
    """The first of the form's ``errors``, with its field named as the column."""
    for field, message in errors.items():
        return (fields or {}).get(field, field), message
    return None


def _moment(row: Row, prefix: str) -> datetime:
    return from_stored(row[f"{prefix}_utc"], row.get(f"{prefix}_offset_min") or 0)


def _day_matches(row: Row, prefix: str) -> Problem | None:
    if row.get("day") is not None and row.get(f"{prefix}_utc") is not None:
        if local_day(_moment(row, prefix)).isoformat() != row["day"]:
            return "day", "The day does not match the date and time of the entry."
    return None


def _nonneg(row: Row, name: str, most: int | None = None) -> Problem | None:
    value = row.get(name)
    if value is None:
        return None
    if not isinstance(value, int) or value < 0:
        return name, "This count cannot be below 0."
    if most is not None and value > most:
        return name, _msg("This number is larger than the app allows (%1).", f"{most:,}")
    return None


def _first_of(*problems: Problem | None) -> Problem | None:
    return next((p for p in problems if p), None)


def _probe_episode(latest: datetime, **fields: Any) -> Episode:  # cells from the file: the form judges them
    """A valid episode carrying ``fields``, to check one child row with the form's rules."""
    return replace(Episode(started=latest - timedelta(days=2), kind="other", intensity=0), **fields)


def _episode(row: Row, latest: datetime) -> Problem | None:
    if _cell(row, "started_utc") is None:
        return None
    episode = Episode(
        started=_moment(row, "started"), kind=_cell(row, "kind"), intensity=_cell(row, "intensity"),
        ongoing=bool(_cell(row, "ongoing")), duration_s=_cell(row, "duration_s"), recovery_s=_cell(row, "recovery_s"),
        activity=_cell(row, "activity"), sleep_state=_cell(row, "sleep_state"), doing=_cell(row, "doing") or "",
        impact_sleep=_cell(row, "impact_sleep"), impact_mood=_cell(row, "impact_mood"),
        impact_mobility=_cell(row, "impact_mobility"), notes=_cell(row, "notes") or "")
    errors = validate_episode(episode, latest)
    return _first(errors, {"started": "started_utc"}) or _day_matches(row, "started")


def _episode_muscle(row: Row, latest: datetime) -> Problem | None:
    probe = _probe_episode(latest, muscles=frozenset({(_cell(row, "muscle"), _cell(row, "side"))}))
    return _first(validate_episode(probe, latest), {"muscles": "muscle"})


def _episode_trigger(row: Row, latest: datetime) -> Problem | None:
    probe = _probe_episode(latest, triggers=frozenset({_cell(row, "trigger")}))
    return _first(validate_episode(probe, latest), {"triggers": "trigger"})


def _episode_relief(row: Row, latest: datetime) -> Problem | None:
    # One field at a time: the form reports them all as "reliefs".
    for field, tried in (("relief", ReliefTried(_cell(row, "relief"))),
                         ("helped", ReliefTried("rest", helped=_cell(row, "helped"))),
                         ("minutes_to_relief", ReliefTried("rest", minutes_to_relief=_cell(row, "minutes_to_relief"))),
                         ("minutes_to_relief", ReliefTried("rest", helped=_cell(row, "helped"),
                                                           minutes_to_relief=_cell(row, "minutes_to_relief")))):
        problem = _first(validate_episode(_probe_episode(latest, reliefs=(tried,)), latest), {"reliefs": field})
        if problem:
            return problem
    return None


def _episode_warning(row: Row, latest: datetime) -> Problem | None:
    probe = _probe_episode(latest, warnings=frozenset({_cell(row, "symptom")}))
    return _first(validate_episode(probe, latest), {"warnings": "symptom"})


_CHECKIN_FIELDS = ("sleep_hours", "sleep_quality", "mood", "energy", "overall_pain", "mobility", "stress",
                   "water_glasses", "daily_activities")


def _checkin(row: Row, latest: datetime) -> Problem | None:
    day = parse_day(_cell(row, "day"))
    if day is None:
        return None
    checkin = CheckIn(day=day, activity=_cell(row, "activity") or "", notes=_cell(row, "notes") or "",
                      **{name: _cell(row, name) for name in _CHECKIN_FIELDS})
    return _first(validate_checkin(checkin, local_day(latest)))


def _checkin_trigger(row: Row, latest: datetime) -> Problem | None:
    checkin = CheckIn(day=local_day(latest), triggers=frozenset({_cell(row, "trigger")}))
    return _first(validate_checkin(checkin, local_day(latest)), {"triggers": "trigger"})


def _checkin_warning(row: Row, latest: datetime) -> Problem | None:
    checkin = CheckIn(day=local_day(latest), warnings=frozenset({_cell(row, "symptom")}))
    return _first(validate_checkin(checkin, local_day(latest)), {"warnings": "symptom"})


def _medication(row: Row, latest: datetime) -> Problem | None:
    return _first(validate_medication(Medication(name=_cell(row, "name") or "", form=_cell(row, "form") or "",
                                                 usual_amount=_cell(row, "usual_amount") or "")))


def _dose(row: Row, latest: datetime) -> Problem | None:
    if _cell(row, "taken_utc") is None:
        return None
    dose = Dose(medication_uid="in the file", taken=_moment(row, "taken"), amount=_cell(row, "amount") or "",
                status=_cell(row, "status", "taken"), side_effects=_cell(row, "side_effects") or "",
                helped=_cell(row, "helped"))
    return _first(validate_dose(dose, latest), {"taken": "taken_utc"}) or _day_matches(row, "taken")


def _pacing_break(row: Row, latest: datetime) -> Problem | None:
    return _first_of(_nonneg(row, "duration_s", MAX_DAY_SECONDS), _nonneg(row, "postpones"))


def _pacing_day(row: Row, latest: datetime) -> Problem | None:
    return _nonneg(row, "desk_s", MAX_DAY_SECONDS)


def _pacing_own_exercise(row: Row, latest: datetime) -> Problem | None:
    return own_exercise_problem(row.get("exercise_id"), row.get("tier"), row.get("title"), row.get("steps"),
                                row.get("muscles", ""))


def _tension(row: Row, name: str) -> Problem | None:
    value = row.get(name)
    if value is not None and (not isinstance(value, int) or not 0 <= value <= 10):
        return name, "Choose a number from 0 to 10."
    return None


def _listen(row: Row, latest: datetime) -> Problem | None:
    if "session_key" in row and not row["session_key"]:
        return "session_key", "The session is missing."
    return _first_of(_nonneg(row, "listened_s", MAX_DAY_SECONDS), _tension(row, "tension_before"),
                     _tension(row, "tension_after"))


def _listen_resume(row: Row, latest: datetime) -> Problem | None:
    return _nonneg(row, "position_s", MAX_DAY_SECONDS)


def _own_audio(row: Row, latest: datetime) -> Problem | None:
    name = row.get("file_name")
    if name is not None and (not isinstance(name, str) or not is_plain_name(name)
                             or strip_bidi_controls(name) != name):
        return "file_name", "A recording's file name must be a plain name, without folders or \"..\"."
    return _first_of(_name(row, "title"), _nonneg(row, "bytes"))


def _name(row: Row, field: str) -> Problem | None:
    if field not in row:
        return None
    _value, error = toolkit_rules.check_name(row[field])
    if error == toolkit_rules.EMPTY:
        return field, "A name is required here."
    if error:
        return field, _msg("Please keep this under %1 characters.", MAX_NAME_CHARS)
    return None


def _note(row: Row, field: str) -> Problem | None:
    if field in row and toolkit_rules.check_note(row[field])[1]:
        return field, _msg("Please keep this under %1 characters.", f"{MAX_NOTE_CHARS:,}")
    return None


def _count(row: Row, field: str, minimum: int = 0) -> Problem | None:
    value = row.get(field)
    if value is None:
        return None
    _number, error = toolkit_rules.check_count(value, minimum=minimum)
    if error:
        return field, (_msg("Enter a whole number from %1 to %2.", minimum, toolkit_rules.MAX_COUNT))
    return None


def _kit_item(row: Row, latest: datetime) -> Problem | None:
    return _first_of(_name(row, "name"), _note(row, "note"), _note(row, "location"),
                     _count(row, "quantity"), _count(row, "restock_below"))


def _routine_item(row: Row, latest: datetime) -> Problem | None:
    return _first_of(_name(row, "name"), _count(row, "target", minimum=1))


def _routine_entry(row: Row, latest: datetime) -> Problem | None:
    return _first_of(_count(row, "amount"), _count(row, "target", minimum=1))


def _rescue_step(row: Row, latest: datetime) -> Problem | None:
    return _first_of(_name(row, "title"), _note(row, "how_to"))


def _care_contact(row: Row, latest: datetime) -> Problem | None:
    if "role" in row and row["role"] not in CARE_ROLE_IDS:
        return "role", "This role is not one the app knows."
    return _first_of(_name(row, "name"), _note(row, "notes"))


#: Child tables whose rows repeat the same few values.
_REPEATING = frozenset({"episode_muscle", "episode_trigger", "episode_relief", "episode_warning",
                        "checkin_trigger", "checkin_warning"})

_TABLE_RULES: dict[str, Callable[[Row, datetime], Problem | None]] = {
    "episode": _episode,
    "episode_muscle": _episode_muscle,
    "episode_trigger": _episode_trigger,
    "episode_relief": _episode_relief,
    "episode_warning": _episode_warning,
    "checkin": _checkin,
    "checkin_trigger": _checkin_trigger,
    "checkin_warning": _checkin_warning,
    "medication": _medication,
    "dose": _dose,
    "pacing_break": _pacing_break,
    "pacing_day": _pacing_day,
    "pacing_own_exercise": _pacing_own_exercise,
    "listen": _listen,
    "listen_resume": _listen_resume,
    "own_audio": _own_audio,
    "kit_item": _kit_item,
    "routine_item": _routine_item,
    "routine_entry": _routine_entry,
    "rescue_step": _rescue_step,
    "care_contact": _care_contact,
}
