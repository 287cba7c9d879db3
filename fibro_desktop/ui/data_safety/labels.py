"""Words shared by the data-safety dialogs: dates, reasons, what a backup holds."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale

from fibro_desktop.core.data_safety.formats import ImportProblem
from fibro_desktop.ui.translate import say, translator

tr = translator("DataSafety")
#: The import checks' sentences (store/import_*.py, core/data_safety/), found by extract_strings.py.
_tr_problem = translator("import_problems")


def problem_text(problem: ImportProblem) -> str:
    """What is wrong with an import file and where, in the person's language
    (a fixed sentence, or a Message with its values filled in after the lookup)."""
    where = []
    if problem.table:
        where.append(tr("table %1", problem.table))
    if problem.row is not None:
        where.append(tr("row %1", problem.row))
    if problem.field:
        where.append(tr("field %1", problem.field))
    message = _tr_problem(problem.message) if isinstance(problem.message, str) else say(problem.message)
    return tr("%1 (%2)", message, ", ".join(where)) if where else message


def when(moment: datetime) -> str:
    """A moment in the person's own time and locale, e.g. "24 Nov 2026 10:00"."""
    local = moment.astimezone()
    stamp = QDateTime.fromSecsSinceEpoch(int(local.timestamp()))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def reason(name: str) -> str:
    return {
        "daily": tr("Daily"),
        "exit": tr("After changes, at exit"),
        "manual": tr("Made by you"),
        "before-restore": tr("Before a restore"),
        "before-import": tr("Before an import"),
        "before-migration": tr("Before an update of your data"),
        "before-protection": tr("Before a passphrase change"),
    }.get(name, name)


def holds(counts: dict[str, int | None], readable: bool = True) -> str:
    """"12 episodes, 30 check-ins" (tables that don't exist are left out)."""
    if not readable:
        return tr("Cannot be read")
    parts = []
    episodes, checkins = counts.get("episode"), counts.get("checkin")
    if episodes is not None:
        parts.append(tr("%n episodes", n=episodes, one="%n episode"))
    if checkins is not None:
        parts.append(tr("%n check-ins", n=checkins, one="%n check-in"))
    return ", ".join(parts) if parts else tr("Settings only, no entries yet")


def size(num_bytes: int) -> str:
    return QLocale().formattedDataSize(num_bytes)
