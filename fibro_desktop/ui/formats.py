"""Numbers, dates and times in the person's language (``QLocale``).

The chosen language is the default locale from the start
(``ui/translations.apply_language``), so German shows "3,5" and "03.12.2026",
French "3,5" and "03/12/2026", English "3.5" and "12/3/2026". Everything the
UI, the charts' axes and the PDF report show goes through these few
functions; nothing formats a number with ``str``/``f"{x:.1f}"`` or a date with
``strftime`` for a person to read.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime


def _locale(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else QLocale()


def decimal(value: float, decimals: int = 1, locale: QLocale | None = None) -> str:
    """``value`` with ``decimals`` digits after the local decimal sign ("3,5")."""
    return _locale(locale).toString(float(value), "f", decimals)


def number(value: float, decimals: int = 1, locale: QLocale | None = None) -> str:
    """A whole number as such ("12", "1.234" in German), else ``decimals`` digits."""
    if abs(value - round(value)) < 1e-9:
        return _locale(locale).toString(int(round(value)))
    return decimal(value, decimals, locale)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def short_date(day: date, locale: QLocale | None = None) -> str:
    """A day in the local order with numbers: "03.12.26" (de), "03/12/2026" (fr), "12/3/26" (en)."""
    return _locale(locale).toString(_qdate(day), QLocale.FormatType.ShortFormat)


def long_date(day: date, locale: QLocale | None = None) -> str:
    """A day spelt out: "Donnerstag, 3. Dezember 2026", "jeudi 3 décembre 2026"."""
    return _locale(locale).toString(_qdate(day), QLocale.FormatType.LongFormat)


def day_with_weekday(day: date, locale: QLocale | None = None) -> str:
    """A short day with its weekday, in the local order: "Do. 3. Dez. 2026", "Thu 3 Dec 2026"."""
    loc = _locale(locale)
    return loc.toString(_qdate(day), _weekday_pattern(loc))


def day_and_month(day: date, locale: QLocale | None = None) -> str:
    """Day and month for an axis, in the local order: "3.12." (de), "03/12" (fr), "12/3" (en)."""
    loc = _locale(locale)
    pattern = loc.dateFormat(QLocale.FormatType.ShortFormat)
    # Drop the year and the separator next to it from the local short pattern.
    for year in ("yyyy", "yy"):
        if year in pattern:
            start = pattern.index(year)
            before, after = pattern[:start], pattern[start + len(year):]
            pattern = (before.rstrip("/.-, ") + ("." if before.rstrip().endswith(".") else "")
                       if not after.strip("/.-, ") else after.lstrip("/.-, "))
            break
    return loc.toString(_qdate(day), pattern or "d/M")


def time_of_day(moment: time | datetime, locale: QLocale | None = None) -> str:
    """A clock time, "14:05": the 24-hour clock of every shipped language
    (and of the app's time fields), in the locale's digits."""
    return _locale(locale).toString(QTime(moment.hour, moment.minute), "HH:mm")


def _weekday_pattern(loc: QLocale) -> str:
    """"ddd d MMM yyyy" in the local order of day, month and year."""
    short = loc.dateFormat(QLocale.FormatType.ShortFormat)
    month_first = short.find("M") < short.find("d")
    year_first = short.find("y") < min(short.find("M"), short.find("d"))
    if year_first:
        return "ddd yyyy MMM d"
    dot = "." if "." in short else ""
    return "ddd MMM d, yyyy" if month_first else f"ddd d{dot} MMM yyyy"


