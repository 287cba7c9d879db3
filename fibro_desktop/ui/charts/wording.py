"""Translated words for the charts: vocabulary labels, metrics, changes.

Core insight code returns ids and keys; this module turns them into the
person's language (``QCoreApplication.translate``), in calm, plain words.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from fibro_desktop.ui.labels import spot_label, term_label


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Charts", text, disambiguation, n)


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
    """A date in the person's locale, e.g. "Tue 3 Nov 2026"."""
    from PySide6.QtCore import QDate

    value = QDate(day.year, day.month, day.day)
    if long:
        return QLocale().toString(value, QLocale.FormatType.LongFormat)
    return QLocale().toString(value, "ddd d MMM yyyy")


def number(value: float | None, decimals: int = 1) -> str:
    if value is None:
        return "–"
    if abs(value - round(value)) < 1e-9:
        return QLocale().toString(int(round(value)))
    return QLocale().toString(float(value), "f", decimals)


def minutes_text(seconds: float | None) -> str:
    """A duration in seconds as minutes ("4 min") or hours ("1.5 h")."""
    if seconds is None:
        return "–"
    if seconds >= 5400:
        return tr("%1 h").replace("%1", number(seconds / 3600))
    if seconds < 60:
        return tr("%1 s").replace("%1", number(seconds, 0))
    return tr("%1 min").replace("%1", number(seconds / 60))


METRIC_NAMES = {
    "episodes_per_week": "Spasms per week",
    "median_duration_s": "Typical length (median)",
    "median_intensity": "Typical intensity (median, 0–10)",
    "median_recovery_s": "Typical recovery time (median)",
    "sleep_quality": "Sleep quality (0–10)",
    "sleep_hours": "Hours of sleep",
    "mood": "Mood (0–10)",
    "mobility": "Mobility (0–10)",
}


def metric_name(metric: str) -> str:
    return tr(METRIC_NAMES.get(metric, metric))


def metric_value(metric: str, value: float | None) -> str:
    if metric in ("median_duration_s", "median_recovery_s"):
        return minutes_text(value)
    return number(value)


_CHANGE_COUNT = {
    "about_same": "about the same number",
    "tenth_fewer": "about a tenth fewer", "quarter_fewer": "about a quarter fewer",
    "third_fewer": "about a third fewer", "half_fewer": "about half as many", "much_fewer": "far fewer",
    "tenth_more": "about a tenth more", "quarter_more": "about a quarter more",
    "third_more": "about a third more", "half_more": "about half again as many", "twice": "about twice as many",
    "much_more": "far more",
}
_CHANGE_LEVEL = {
    "about_same": "about the same",
    "tenth_fewer": "a little lower", "quarter_fewer": "about a quarter lower",
    "third_fewer": "about a third lower", "half_fewer": "about half", "much_fewer": "much lower",
    "tenth_more": "a little higher", "quarter_more": "about a quarter higher",
    "third_more": "about a third higher", "half_more": "about half again higher", "twice": "about twice",
    "much_more": "much higher",
}


def change_words(metric: str, key: str | None) -> str:
    """Plain words for a change key: counts get "fewer/more", levels "lower/higher"."""
    if key is None:
        return tr("not enough data yet")
    if metric == "episodes_per_week":
        return tr(_CHANGE_COUNT[key])
    return tr(_CHANGE_LEVEL[key])


PERIOD_NAMES = {
    "7": "Last 7 days", "30": "Last 30 days", "90": "Last 90 days", "365": "Last 12 months",
    "all": "Everything", "custom": "Choose dates…",
}


def period_name(choice: str) -> str:
    return tr(PERIOD_NAMES[choice])
