"""What the journal records, as plain dataclasses shared by store and UI.

Ids from :mod:`fibro_desktop.core.vocabulary` are stored; the user's own
triggers and reliefs are stored as ``own:<text>`` so they never collide with
a vocabulary id. Times are aware datetimes in the person's local offset.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from fibro_desktop.core.instants import local_day

OWN_PREFIX = "own:"

#: A place on the body: (muscle group id, side). Side is "left", "right" or
#: "both" for sided groups and ``None`` for the others.
MuscleSpot = tuple[str, "str | None"]


def own(text: str) -> str:
    """Storage id of the user's own trigger or relief called ``text``."""
    return OWN_PREFIX + text


def is_own(term_id: str) -> bool:
    return term_id.startswith(OWN_PREFIX)


def own_text(term_id: str) -> str:
    """The user's words of an ``own:`` id (the id itself otherwise)."""
    return term_id[len(OWN_PREFIX):] if is_own(term_id) else term_id


@dataclass(frozen=True)
class ReliefTried:
    """Something tried during an episode and how it went.

    ``helped`` is "yes", "a_little", "no" or ``None`` (not said);
    ``minutes_to_relief`` is how long until it eased, in minutes, if known.
    """

    relief: str
    helped: str | None = None
    minutes_to_relief: int | None = None


@dataclass(frozen=True)
class Episode:
    """One spasm episode.

    ``intensity`` is 0-10; ``duration_s`` (how long the spasm lasted) and
    ``recovery_s`` (time until back to normal) are seconds, separate
    measures. Impacts are 0-10, 10 the worst. ``complete`` is False for a
    quick log the person may fill in later. ``uid`` is empty until saved.
    """

    started: datetime
    kind: str
    intensity: int
    ongoing: bool = False
    duration_s: int | None = None
    recovery_s: int | None = None
    muscles: frozenset[MuscleSpot] = frozenset()
    activity: str | None = None
    sleep_state: str | None = None
    doing: str = ""
    triggers: frozenset[str] = frozenset()
    reliefs: tuple[ReliefTried, ...] = ()
    impact_sleep: int | None = None
    impact_mood: int | None = None
    impact_mobility: int | None = None
    warnings: frozenset[str] = frozenset()
    notes: str = ""
    complete: bool = True
    uid: str = ""

    @property
    def day(self) -> date:
        return local_day(self.started)


@dataclass(frozen=True)
class EpisodeRow:
    """The few fields the timeline shows for one episode (cheap to load)."""

    uid: str
    started: datetime
    kind: str
    intensity: int
    duration_s: int | None
    ongoing: bool
    complete: bool
    muscles: str  # comma-separated muscle ids, for a short summary
    has_warning: bool
    notes: str
    recovery_s: int | None = None


@dataclass(frozen=True)
class CheckIn:
    """One day's check-in. Scales are 0-10 with the direction in the name:
    ``sleep_quality``, ``mood``, ``energy`` and ``mobility``: 10 is best;
    ``overall_pain`` and ``stress``: 10 is worst. ``sleep_hours`` in hours.
    ``triggers`` are the candidate triggers that happened that day;
    ``warnings`` the warning signs noted that day (ids of
    ``vocabulary.WARNING_SYMPTOMS``, as an episode's)."""

    day: date
    sleep_hours: float | None = None
    sleep_quality: int | None = None
    mood: int | None = None
    energy: int | None = None
    overall_pain: int | None = None
    mobility: int | None = None
    stress: int | None = None
    water_glasses: int | None = None
    #: Could the daily activities be done without interruption? ``"yes"``,
    #: ``"partly"``, ``"no"`` (``core.vocabulary.DAILY_ACTIVITIES``) or not answered.
    daily_activities: str | None = None
    activity: str = ""
    triggers: frozenset[str] = frozenset()
    notes: str = ""
    uid: str = ""
    warnings: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Medication:
    """A medication or supplement on the person's own list, in their words."""

    name: str
    form: str = ""
    usual_amount: str = ""
    archived: bool = False
    uid: str = ""


@dataclass(frozen=True)
class Dose:
    """A dose taken (or skipped) of ``medication_uid`` at ``taken``.

    ``status`` is "taken" or "skipped"; ``helped`` as for reliefs.
    """

    medication_uid: str
    taken: datetime
    amount: str = ""
    status: str = "taken"
    side_effects: str = ""
    helped: str | None = None
    uid: str = ""


@dataclass(frozen=True)
class RedFlag:
    """A pattern worth a doctor's attention, noticed by a rule.

    ``event_key`` identifies the event so the same one is never raised
    twice; ``detail`` is what was seen, stored as
    :mod:`~fibro_desktop.core.journal.flag_detail` sentences (older flags:
    a short English text).
    """

    rule: str
    event_key: str
    day: date
    detail: str
    noticed: datetime | None = None
    acknowledged: datetime | None = None
    uid: str = ""


@dataclass(frozen=True)
class EpisodeFilter:
    """What the timeline shows; ``None``/empty means no restriction.
    ``first_day``/``last_day`` are inclusive local days."""

    first_day: date | None = None
    last_day: date | None = None
    kinds: frozenset[str] = frozenset()
    muscle: str | None = None
    trigger: str | None = None
    text: str = ""
