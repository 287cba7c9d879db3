"""Red-flag rules: patterns in the journal that are worth a doctor's opinion.

The rules never diagnose. Each one notices a pattern the domain lists under
"when to seek medical attention" and names it with a stable ``event_key`` so
the same event is raised once, however often the rules run. Every threshold
is a row of :data:`~fibro_desktop.core.journal.red_flag_limits.LIMITS`; the
rules are pure: the episodes, check-ins, routine days and the current time
are passed in. Details are stored as
:mod:`~fibro_desktop.core.journal.flag_detail` sentences, so the UI shows
them translated, with the forms' labels.

One entry at a time (this module):

``neuro_signs``
    weakness, numbness or loss of balance noted with an episode or on a
    day's check-in (one flag per episode or check-in day);
``body_signs``
    fever, a racing heart or muscle swelling, likewise;
``prolonged``
    one spasm of any kind lasting ``long_spasm_s`` or more (one per episode);
``still_going``
    an episode logged as still going for ``still_going_s`` or more;
``mobility``
    an episode's effect on moving around of ``mobility_impact`` or more, or a
    check-in's "moving about" of ``checkin_mobility`` or less.

Patterns over a week or more are in
:mod:`~fibro_desktop.core.journal.red_flag_patterns`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from fibro_desktop.core import vocabulary
from fibro_desktop.core.instants import local_day
from fibro_desktop.core.journal import flag_detail as d
from fibro_desktop.core.journal.records import CheckIn, Episode, RedFlag
from fibro_desktop.core.journal.red_flag_limits import THRESHOLDS, Thresholds
from fibro_desktop.core.journal.red_flag_patterns import pattern_flags
from fibro_desktop.core.toolkit.routine import Adherence

NEURO_SIGNS = frozenset({"weakness", "numbness", "loss_of_balance"})
BODY_SIGNS = frozenset({"fever", "rapid_heart_rate", "muscle_swelling"})
_SIGN_ORDER = [t.id for t in vocabulary.WARNING_SYMPTOMS]


def _in_order(signs: frozenset[str]) -> tuple[str, ...]:
    """The signs in the forms' order (as the check boxes are laid out)."""
    return tuple(s for s in _SIGN_ORDER if s in signs)


def find_red_flags(episodes: Iterable[Episode], checkins: Iterable[CheckIn], now: datetime, *,
                   routine: Iterable[Adherence] = (), limits: Thresholds = THRESHOLDS) -> list[RedFlag]:
    """Every red flag the history up to ``now`` (aware local time) shows.

    ``episodes``, ``checkins`` and ``routine`` (days with routine ticks)
    should cover at least the last
    :data:`~fibro_desktop.core.journal.red_flag_limits.LOOKBACK_DAYS` days;
    older ones are ignored by the window rules.
    """
    today = local_day(now)
    episodes = [e for e in episodes if e.day <= today]
    checkins = [c for c in checkins if c.day <= today]
    flags: list[RedFlag] = []
    for episode in episodes:
        flags.extend(_episode_flags(episode, now, limits))
    for checkin in checkins:
        flags.extend(_checkin_flags(checkin, limits))
    flags.extend(pattern_flags(episodes, checkins, [a for a in routine if a.day <= today], today, limits))
    return flags


def _sign_flags(signs: frozenset[str], key: str, day: date, text: str) -> list[RedFlag]:
    flags = []
    for rule, group in (("neuro_signs", NEURO_SIGNS), ("body_signs", BODY_SIGNS)):
        noted = _in_order(signs & group)
        if noted:
            flags.append(RedFlag(rule, f"{rule}:{key}", day, d.detail(d.Sentence(text, (d.Terms(noted),)))))
    return flags


def _episode_flags(episode: Episode, now: datetime, limits: Thresholds) -> list[RedFlag]:
    flags = _sign_flags(episode.warnings, episode.uid, episode.day, d.CAME_WITH)
    # An unknown duration is never "long", whatever the minimum.
    if episode.duration_s is not None and episode.duration_s >= limits.long_spasm_s:
        flags.append(RedFlag("prolonged", f"prolonged:{episode.uid}", episode.day,
                             d.detail(d.Sentence(d.LONG_SPASM, (d.Duration(episode.duration_s),)))))
    if episode.ongoing:
        going = int((now - episode.started).total_seconds())
        if going >= limits.still_going_s:
            flags.append(RedFlag("still_going", f"still_going:{episode.uid}", episode.day,
                                 d.detail(d.Sentence(d.STILL_GOING, (d.Duration(going),)))))
    if episode.impact_mobility is not None and episode.impact_mobility >= limits.mobility_impact:
        flags.append(RedFlag("mobility", f"mobility:{episode.uid}", episode.day,
                             d.detail(d.Sentence(d.EPISODE_MOBILITY, (d.Count(episode.impact_mobility),)))))
    return flags


def _checkin_flags(checkin: CheckIn, limits: Thresholds) -> list[RedFlag]:
    day_key = f"checkin:{checkin.day.isoformat()}"
    flags = _sign_flags(checkin.warnings, day_key, checkin.day, d.CHECKIN_CAME_WITH)
    if checkin.mobility is not None and checkin.mobility <= limits.checkin_mobility:
        flags.append(RedFlag("mobility", f"mobility:{day_key}", checkin.day,
                             d.detail(d.Sentence(d.CHECKIN_MOBILITY, (d.Count(checkin.mobility),)))))
    return flags
