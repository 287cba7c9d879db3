"""The detail line of a red flag, kept so that it can be shown translated.

A rule does not write an English sentence: it writes which text (an
English source with ``%1``, ``%2`` … places, listed in :data:`TEXTS`) and
the values to put in it: counts, durations in seconds and vocabulary ids
(warning signs). The stored form is a small JSON object in
``red_flag.detail``; the UI translates the text (context
``"warning_signs"``), shows durations in its own units and the ids with
the same labels the forms use. :func:`english` gives plain English for the
command line. Flags stored before this format keep their English text and
are shown as they are.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from fibro_desktop.core.message import fill as fill_places

# The texts a rule may use. English source, translated in the UI.
CAME_WITH = "An episode came with: %1."
CHECKIN_CAME_WITH = "The day's check-in noted: %1."
LONG_SPASM = "One spasm lasted %1."
STILL_GOING = "An episode has been going on for %1 and is not marked as over."
LONG_IN_WEEK = "%1 spasms of %2 or more in 7 days."
CONSTANT = "%1 or more spasms a day on %2 of 7 days."
NIGHTS_IN_WEEK = "Spasms at night on %1 of 7 nights."
NIGHTS_IN_A_ROW = "Spasms at night on %1 of 7 nights, %2 nights in a row."
MORE_OFTEN = "%1 episodes in the last 4 weeks against %2 in the 4 before."
STRONGER = "Typical intensity %1 against %2 in the 4 weeks before."
MORE_OFTEN_AND_STRONGER = ("%1 episodes in the last 4 weeks against %2 in the 4 before; "
                           "typical intensity %3 against %4.")
ROUTINE_KEPT = "You kept up at least half of your routine on %1 of the last 28 days."
EPISODE_MOBILITY = "An episode limited moving around %1 of 10."
CHECKIN_MOBILITY = "The day's check-in rated moving about %1 of 10."
MOVING_LOW_WEEK = "Moving about was %1 of 10 or less on %2 of 7 days."

TEXTS: tuple[str, ...] = (
    CAME_WITH, CHECKIN_CAME_WITH, LONG_SPASM, STILL_GOING, LONG_IN_WEEK, CONSTANT, NIGHTS_IN_WEEK,
    NIGHTS_IN_A_ROW, MORE_OFTEN, STRONGER, MORE_OFTEN_AND_STRONGER, ROUTINE_KEPT, EPISODE_MOBILITY,
    CHECKIN_MOBILITY, MOVING_LOW_WEEK,
)


@dataclass(frozen=True)
class Count:
    """A whole number or a score, shown as it is."""

    n: float


@dataclass(frozen=True)
class Duration:
    """A length of time in seconds, shown in the person's units."""

    seconds: int


@dataclass(frozen=True)
class Terms:
    """Vocabulary ids (warning signs), shown with the forms' labels."""

    ids: tuple[str, ...]


Value = Count | Duration | Terms


@dataclass(frozen=True)
class Sentence:
    """One text of :data:`TEXTS` and its values, in ``%1`` … order."""

    text: str
    values: tuple[Value, ...] = ()


@dataclass(frozen=True)
class Detail:
    """One or more sentences; ``legacy`` is an old English detail kept as is."""

    sentences: tuple[Sentence, ...] = ()
    legacy: str = ""


def detail(*sentences: Sentence) -> str:
    """The stored form of the sentences (compact JSON)."""
    return json.dumps({"sentences": [{"text": s.text, "values": [_value_json(v) for v in s.values]}
                                     for s in sentences]}, separators=(",", ":"))


def _value_json(value: Value) -> dict[str, object]:
    if isinstance(value, Count):
        return {"count": value.n}
    if isinstance(value, Duration):
        return {"seconds": value.seconds}
    return {"terms": list(value.ids)}


def _value(raw: object) -> Value:
    if isinstance(raw, dict):
        if isinstance(raw.get("count"), (int, float)):
            return Count(raw["count"])
        if isinstance(raw.get("seconds"), int):
            return Duration(raw["seconds"])
        if isinstance(raw.get("terms"), list):
            return Terms(tuple(str(t) for t in raw["terms"]))
    raise ValueError("not a detail value")


def parse(stored: str) -> Detail:
    """The sentences of a stored detail; an older plain text comes back as
    ``legacy`` (as does anything that is not this format)."""
    try:
        data = json.loads(stored)
        sentences = tuple(Sentence(str(s["text"]), tuple(_value(v) for v in s["values"]))
                          for s in data["sentences"])
    except (ValueError, TypeError, KeyError):
        return Detail(legacy=stored)
    if not sentences or any(s.text not in TEXTS for s in sentences):
        return Detail(legacy=stored)
    return Detail(sentences)


def fill(text: str, values: list[str]) -> str:
    """Put ``values`` into the ``%1`` … places of ``text`` (one pass, the one
    implementation: :func:`fibro_desktop.core.message.fill`)."""
    return fill_places(text, *values)
