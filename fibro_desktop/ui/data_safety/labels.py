"""Words shared by the data-safety dialogs: dates, reasons, what a backup holds."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale


def tr(text: str) -> str:
    return QCoreApplication.translate("DataSafety", text)


def when(moment: datetime) -> str:
    """A moment in the person's own time and locale, e.g. "24 Nov 2026 10:00"."""
    local = moment.astimezone()
    stamp = QDateTime.fromSecsSinceEpoch(int(local.timestamp()))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def reason(name: str) -> str:
    return {
        "start": tr("Daily, at start"),
        "exit": tr("After changes, at exit"),
        "manual": tr("Made by you"),
        "before-restore": tr("Before a restore"),
        "before-import": tr("Before an import"),
    }.get(name, name)


def holds(counts: dict[str, int | None], readable: bool = True) -> str:
    """"12 episodes, 30 check-ins" (tables that don't exist are left out)."""
    if not readable:
        return tr("Cannot be read")
    parts = []
    if counts.get("episode") is not None:
        parts.append(QCoreApplication.translate("DataSafety", "%n episode(s)", "", counts["episode"]))
    if counts.get("checkin") is not None:
        parts.append(QCoreApplication.translate("DataSafety", "%n check-in(s)", "", counts["checkin"]))
    return ", ".join(parts) if parts else tr("Settings only, no entries yet")


def size(num_bytes: int) -> str:
    return QLocale().formattedDataSize(num_bytes)
