"""Listening-log rules: what counts as listened, finished, and where to resume."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

#: Shorter listens are not logged: a mis-click is not a session.
MIN_LOGGED_S = 10
#: A session counts as finished when it ended naturally or less than this was left.
FINISHED_TAIL_MS = 15_000
#: Resume only long sessions stopped in the middle: at least this far in...
RESUME_MIN_MS = 30_000
#: ...and with at least this much left.
RESUME_MIN_LEFT_MS = 30_000
#: Resume a little before where the person stopped, so the sentence is heard whole.
RESUME_BACK_MS = 5_000
TENSION_MIN, TENSION_MAX = 0, 10


@dataclass(frozen=True)
class Listen:
    """One listening session as logged.

    ``started`` is aware local time; ``listened_s`` is seconds actually heard;
    tensions are 0 (none) to 10 (worst) or ``None`` when skipped.
    """

    session_key: str
    started: datetime
    listened_s: int
    finished: bool
    tension_before: int | None = None
    tension_after: int | None = None
    uid: str | None = None


def is_finished(position_ms: int, duration_ms: int, ended_naturally: bool) -> bool:
    """True when the person heard the session to its end (or nearly)."""
    if ended_naturally:
        return True
    return duration_ms > 0 and duration_ms - position_ms <= FINISHED_TAIL_MS


def worth_logging(listened_s: int, finished: bool) -> bool:
    return finished or listened_s >= MIN_LOGGED_S


def resume_point_ms(saved_ms: int | None, duration_ms: int) -> int:
    """Where to start a session whose last stop was at ``saved_ms`` (0 = the start)."""
    if saved_ms is None or saved_ms < RESUME_MIN_MS:
        return 0
    if duration_ms > 0 and duration_ms - saved_ms < RESUME_MIN_LEFT_MS:
        return 0
    return max(0, saved_ms - RESUME_BACK_MS)


def check_tension(value: int | None) -> int | None:
    """``value`` if it is a valid rating (or ``None``); raises ``ValueError`` otherwise."""
    if value is None:
        return None
    if not isinstance(value, int) or not TENSION_MIN <= value <= TENSION_MAX:
        raise ValueError(f"tension must be {TENSION_MIN}-{TENSION_MAX}, not {value!r}")
    return value


class ListenTracker:
    """Counts seconds actually heard (not seeked over) during one session.

    Feed it the monotonic time (s) at each play/pause change: ``playing(t)``,
    ``paused(t)``; ``listened_s(t)`` is the total heard until ``t``.
    """

    def __init__(self) -> None:
        self._total = 0.0
        self._since: float | None = None

    def playing(self, mono_s: float) -> None:
        if self._since is None:
            self._since = mono_s

    def paused(self, mono_s: float) -> None:
        if self._since is not None:
            self._total += max(0.0, mono_s - self._since)
            self._since = None

    def listened_s(self, mono_s: float) -> int:
        running = max(0.0, mono_s - self._since) if self._since is not None else 0.0
        return int(self._total + running)
