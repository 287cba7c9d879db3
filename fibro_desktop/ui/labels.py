"""Translated labels for the vocabulary, the user's own terms and the
core's validation messages.

:mod:`fibro_desktop.core.vocabulary` holds English source text so the core
stays free of Qt; this module passes it through Qt's translator (context
``"vocabulary"``) and shows ``own:`` terms in the user's own words.
"""

from __future__ import annotations

from fibro_desktop.core import vocabulary as v
from fibro_desktop.core.journal.records import is_own, own_text
from fibro_desktop.ui.translate import translator

_ALL = {t.id: t for group in (v.SPASM_KINDS, v.MUSCLE_GROUPS, v.ACTIVITY_LEVELS, v.SLEEP_STATES,
                              v.TRIGGERS, v.RELIEFS, v.WARNING_SYMPTOMS) for t in group}
_SIDES = {t.id: t for t in v.SIDES}
_HELPED = {t.id: t for t in v.HELPED}
_tr_vocabulary = translator("vocabulary")
_tr_validation = translator("validation")
_tr_durations = translator("durations")


def vocabulary_text(text: str) -> str:
    """A vocabulary label (``core/vocabulary.py``) in the person's language."""
    return _tr_vocabulary(text)


def validation_text(message: str) -> str:
    """A core validation message (``core/**/validation.py``) in the person's language."""
    return _tr_validation(message)


def term_label(term_id: str) -> str:
    """What to show for a vocabulary id or an ``own:`` term."""
    if is_own(term_id):
        return own_text(term_id)
    term = _ALL.get(term_id)
    return vocabulary_text(term.label) if term else term_id


def helped_label(helped: str | None) -> str:
    return vocabulary_text(_HELPED[helped].label) if helped in _HELPED else ""


def spot_label(muscle: str, side: str | None) -> str:
    """"Calves (left)", "Neck"."""
    name = term_label(muscle)
    if side in _SIDES:
        return _tr_vocabulary("%1 (%2)", name, vocabulary_text(_SIDES[side].label).lower())
    return name


def duration_text(seconds: int | None) -> str:
    """"45 s", "12 min", "1 h 20 min"; empty for ``None``."""
    if seconds is None:
        return ""
    if seconds < 60:
        return _tr_durations("%1 s", seconds)
    minutes = round(seconds / 60)
    if minutes < 60:
        return _tr_durations("%1 min", minutes)
    hours, rest = divmod(minutes, 60)
    if rest == 0:
        return _tr_durations("%1 h", hours)
    return _tr_durations("%1 h %2 min", hours, rest)
