"""Episodes as they happen: "It's over now" and "Back to normal now".

Someone in the middle of a spasm logs it as still going (the quick log's
"It's still going"). When it stops they press "It's over now", and the
length is counted from the start to that moment; later "Back to normal now"
stamps the time until back to normal the same way. Nobody has to work out
minutes by hand.

Both measures count from the start, as the editor's "How long it lasted"
and "Time until back to normal" do (and as the demo data does): recovery is
never shorter than the spasm. They are whole minutes, the editor's unit, so
opening the entry later and saving it changes nothing. A measure is at most
a day (:data:`~fibro_desktop.core.journal.validation.MAX_DURATION_S`, a
constraint of the schema too); past that :class:`TooLongAgo` asks for the
length to be entered in the editor instead.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from fibro_desktop.core.journal.records import Episode, EpisodeRow
from fibro_desktop.core.journal.validation import MAX_DURATION_S

#: Live episodes started longer ago than this are not offered in the
#: Journal's indicator or the tray: a week-old "still going" is a tick
#: forgotten, ended from its own row in the timeline. It also keeps the
#: look-up on the start-time index (a scan of 100,000 rows took ~10 ms).
LIVE_LOOKBACK = timedelta(days=7)


class TooLongAgo(ValueError):
    """More than a day since the start: the time cannot be stamped (the
    person enters how long it lasted in the editor)."""


def minutes_since(started: datetime, now: datetime) -> int:
    """Whole minutes from ``started`` to ``now`` (rounded; 0 if the start is
    a little ahead of this clock)."""
    return max(0, round((now - started).total_seconds() / 60))


def _stamp_s(started: datetime, now: datetime) -> int:
    seconds = minutes_since(started, now) * 60
    if seconds > MAX_DURATION_S:
        raise TooLongAgo("more than a day since the start")
    return seconds


def ended_now(episode: Episode, now: datetime) -> Episode:
    """``episode`` ended at ``now``: no longer going, its length counted from
    the start. Raises :class:`TooLongAgo` past a day."""
    return replace(episode, ongoing=False, duration_s=_stamp_s(episode.started, now))


def back_to_normal_now(episode: Episode, now: datetime) -> Episode:
    """``episode`` with its time until back to normal counted from the start
    to ``now``. Raises :class:`TooLongAgo` past a day."""
    return replace(episode, recovery_s=_stamp_s(episode.started, now))


def awaits_recovery(episode: Episode | EpisodeRow, now: datetime) -> bool:
    """Has the spasm ended (a length given, its end not after ``now``) with no
    time until back to normal yet, recently enough to stamp it now?"""
    if episode.ongoing or episode.duration_s is None or episode.recovery_s is not None:
        return False
    if episode.started + timedelta(seconds=episode.duration_s) > now:
        return False
    return minutes_since(episode.started, now) * 60 <= MAX_DURATION_S
