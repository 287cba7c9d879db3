"""A date axis in the person's language.

pyqtgraph's ``DateAxisItem`` writes its ticks with ``strftime``, in the C
library's (usually English) month names. This one keeps its choice of tick
spacing and writes each tick with ``QLocale``: "Dez." in German, "déc." in
French, days and months in the local order.
"""

from __future__ import annotations

import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import adjustTimestampToPreferredUtcOffset, utcfromtimestamp
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

#: strftime codes pyqtgraph's zoom levels use, as QLocale patterns.
_CODES = {"%Y": "yyyy", "%y": "yy", "%b": "MMM", "%B": "MMMM", "%m": "MM", "%d": "d", "%a": "ddd",
          "%A": "dddd", "%H": "HH", "%M": "mm", "%S": "ss", "%f": "zzz"}


def qt_pattern(strftime_format: str) -> str:
    """``"%d %b"`` → ``"d MMM"``; other characters are quoted for Qt."""
    out, i = [], 0
    while i < len(strftime_format):
        code = strftime_format[i:i + 2]
        if code in _CODES:
            out.append(_CODES[code])
            i += 2
        else:
            char = strftime_format[i]
            out.append(char if not char.isalpha() else f"'{char}'")
            i += 1
    return "".join(out)


class LocalDateAxis(pg.DateAxisItem):
    """A bottom date axis whose tick labels follow the default ``QLocale``."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph's name)
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        if spec is None:
            return super().tickStrings(values, scale, spacing)
        pattern = qt_pattern(spec.format)
        locale = QLocale()
        labels = []
        for value in values:
            try:
                moment = utcfromtimestamp(adjustTimestampToPreferredUtcOffset(value, self.utcOffset))
            except (OverflowError, ValueError, OSError):
                labels.append("")
                continue
            stamp = QDateTime(QDate(moment.year, moment.month, moment.day),
                              QTime(moment.hour, moment.minute, moment.second))
            labels.append(locale.toString(stamp, pattern))
        return labels
