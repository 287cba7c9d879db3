"""The detail line of a red flag in the person's language.

The rules store which sentence and its values
(:mod:`fibro_desktop.core.journal.flag_detail`); this module translates the
sentence (context ``"warning_signs"``), shows durations in the app's units
and warning signs with the very labels the forms' check boxes use
(:func:`fibro_desktop.ui.labels.term_label`). The banner and the provider
report both show flags through :func:`detail_text`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from fibro_desktop.core.journal import flag_detail as d
from fibro_desktop.ui.labels import duration_text, term_label


def _value_text(value: d.Value) -> str:
    if isinstance(value, d.Count):
        n = value.n
        return QLocale().toString(int(n)) if float(n).is_integer() else QLocale().toString(float(n), "g", 3)
    if isinstance(value, d.Duration):
        return duration_text(value.seconds)
    separator = QCoreApplication.translate("warning_signs", ", ")
    return separator.join(term_label(sign) for sign in value.ids)


def detail_text(stored: str) -> str:
    """What a flag saw, translated; an older English detail as it was stored."""
    parsed = d.parse(stored)
    if parsed.legacy:
        return parsed.legacy
    return " ".join(d.fill(QCoreApplication.translate("warning_signs", s.text), [_value_text(v) for v in s.values])
                    for s in parsed.sentences)
