"""Translated words for the charts: vocabulary labels, metrics, changes.

Core insight code returns ids and keys; this module turns them into the
person's language (``QCoreApplication.translate``), in calm, plain words.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP

from fibro_desktop.ui import formats
from fibro_desktop.ui.labels import spot_label, term_label
from fibro_desktop.ui.translate import translator

_tr = translator("Charts")


def kind_label(kind: str) -> str:
    return term_label(kind)


def trigger_label(trigger: str) -> str:
    return term_label(trigger)


def relief_label(relief: str) -> str:
    return term_label(relief)


def muscle_label(muscle: str, side: str | None) -> str:
    """"Calves (left)", "Neck": the journal's own wording."""
    return spot_label(muscle, side)


def day_text(day: date, long: bool = False) -> str:
    """A date in the person's locale, e.g. "Tue 3 Nov 2026", "Di. 3. Nov. 2026"."""
    return formats.long_date(day) if long else formats.day_with_weekday(day)


def number(value: float | None, decimals: int = 1) -> str:
    """A number with the local decimal sign ("3,5" in German); "–" for none."""
    return "–" if value is None else formats.number(value, decimals)


def minutes_text(seconds: float | None) -> str:
    """A duration in seconds as minutes ("4 min") or hours ("1.5 h")."""
    if seconds is None:
        return "–"
    if seconds >= 5400:
        return _tr("%1 h").replace("%1", number(seconds / 3600))
    if seconds < 60:
        return _tr("%1 s").replace("%1", number(seconds, 0))
    return _tr("%1 min").replace("%1", number(seconds / 60))


#: Texts marked with QT_TRANSLATE_NOOP (found by packaging/extract_strings.py)
#: and translated with _tr() where they are shown. Ids of
#: ``core.insights.then_and_now.MEASURES``.
MEASURE_NAMES = {
    "intensity": QT_TRANSLATE_NOOP("Charts", "Typical intensity (0–10)"),
    "duration_s": QT_TRANSLATE_NOOP("Charts", "Typical length"),
    "recovery_s": QT_TRANSLATE_NOOP("Charts", "Typical recovery time"),
    "sleep_quality": QT_TRANSLATE_NOOP("Charts", "Sleep quality (0–10)"),
    "sleep_hours": QT_TRANSLATE_NOOP("Charts", "Hours of sleep"),
    "mood": QT_TRANSLATE_NOOP("Charts", "Mood (0–10)"),
    "mobility": QT_TRANSLATE_NOOP("Charts", "Mobility (0–10)"),
}


def measure_name(measure: str) -> str:
    return _tr(MEASURE_NAMES.get(measure, measure))


def measure_value(measure: str, value: float | None) -> str:
    """A measure's value in its unit: minutes or hours for times, else a number."""
    if measure in ("duration_s", "recovery_s"):
        return minutes_text(value)
    if measure == "sleep_hours" and value is not None:
        return _tr("%1 h").replace("%1", number(value))
    return number(value)


PERIOD_NAMES = {
    "7": QT_TRANSLATE_NOOP("Charts", "Last 7 days"), "30": QT_TRANSLATE_NOOP("Charts", "Last 30 days"), "90": QT_TRANSLATE_NOOP("Charts", "Last 90 days"), "365": QT_TRANSLATE_NOOP("Charts", "Last 12 months"),
    "all": QT_TRANSLATE_NOOP("Charts", "Everything"), "custom": QT_TRANSLATE_NOOP("Charts", "Choose dates…"),
}


def period_name(choice: str) -> str:
    return _tr(PERIOD_NAMES[choice])
