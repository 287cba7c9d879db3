"""The listening session: what is playing, how long it was heard, resume and log.

A QObject between the player and the store. It starts a session (resuming a
long one where it was left), counts the seconds actually heard, remembers
the position, and when the session ends (played to the end, another one
chosen, or stopped by the sleep timer) writes one row in the listening log,
announces it (``Area.LISTENING``, :mod:`fibro_desktop.ops.relax`) and, for a finished session,
``Intents.routine_progress("relaxation", 1)``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from fibro_desktop.core.intents import RoutineProgress
from fibro_desktop.core.relax.library import ROUTINE_KIND, Session
from fibro_desktop.core.relax.listening import Listen, ListenTracker, is_finished, resume_point_ms, worth_logging
from fibro_desktop.ops import relax as relax_ops
from fibro_desktop.store import relax as relax_store
from fibro_desktop.ui.operations import run, run_for
from fibro_desktop.ui.relax.player import PLAYING, AudioPlayer

log = logging.getLogger(__name__)

RESUME_SAVE_MS = 15_000
"""While playing, the position is saved this often, so a crash loses little."""


class ListeningSession(QObject):
    """Signals: ``started(Session, int)`` with the start position (ms; > 0
    when resuming), ``logged(str uid, bool finished)`` after a listen was stored."""

    started = Signal(object, int)
    logged = Signal(str, bool)

    def __init__(self, player: AudioPlayer, db, clock, data_events, intents,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._player = player
        self._db = db
        self._clock = clock
        self._events = data_events
        self._intents = intents
        self._session: Session | None = None
        self._tracker = ListenTracker()
        self._started_at = None
        self.tension_before: int | None = None
        self._save_timer = QTimer(self)
        self._save_timer.timeout.connect(self.save_position)
        player.state_changed.connect(self._on_state)
        player.ended.connect(self._on_ended)

    def session(self) -> Session | None:
        return self._session

    def open(self, session: Session, play: bool = True) -> int:
        """Make ``session`` current (ending and logging the previous one);
        returns the position (ms) it will start from."""
        if self._session is not None and self._session.key == session.key:
            if play:
                self._player.play()
            return self._player.position()
        self.close()
        saved_s = relax_store.resume_position_s(self._db, session.key)
        start_ms = resume_point_ms(None if saved_s is None else saved_s * 1000, session.duration_ms)
        self._session = session
        self._tracker = ListenTracker()
        self._started_at = None
        self.tension_before = None
        self._player.load(session.path, start_ms)
        if play:
            # Asked at once: Qt starts as soon as the file is ready.
            self._player.play()
        self.started.emit(session, start_ms)
        return start_ms

    def restart(self) -> None:
        """Start the current session over from the beginning."""
        if self._session is not None:
            self._player.seek(0)
            self._quietly(relax_ops.save_resume, self._session.key, None)

    def _on_state(self, state: str) -> None:
        now = self._clock.monotonic()
        if state == PLAYING:
            if self._started_at is None:
                self._started_at = self._clock.now()
            self._tracker.playing(now)
            self._save_timer.start(RESUME_SAVE_MS)
        else:
            self._tracker.paused(now)
            self._save_timer.stop()
            self.save_position()

    def save_position(self) -> None:
        if self._session is None or self._started_at is None:
            return
        position_s = self._player.position() // 1000
        self._quietly(relax_ops.save_resume, self._session.key, position_s)

    def _on_ended(self) -> None:
        self.close(ended_naturally=True)

    def close(self, ended_naturally: bool = False) -> str | None:
        """End the current session: log it if it was really listened to.
        Returns the new log entry's uid, or ``None``."""
        session, self._session = self._session, None
        self._save_timer.stop()
        if session is None:
            return None
        now_mono = self._clock.monotonic()
        self._tracker.paused(now_mono)
        listened = self._tracker.listened_s(now_mono)
        finished = is_finished(self._player.position(), self._player.duration() or session.duration_ms,
                               ended_naturally)
        if ended_naturally or finished:
            self._quietly(relax_ops.save_resume, session.key, None)
        elif self._started_at is not None:
            self._quietly(relax_ops.save_resume, session.key, self._player.position() // 1000)
        if self._started_at is None or not worth_logging(listened, finished):
            return None
        try:
            listen = Listen(session.key, self._started_at, listened, finished,
                            tension_before=self.tension_before)
            entry = run_for(self._events, lambda: relax_ops.log_listen(self._db, listen, self._clock.now()),
                            origin=self)
        except Exception:  # a full disk must not stop the music; the log says why
            log.exception("could not log the listening session")
            return None
        if finished:
            self._intents.routine_progress.emit(RoutineProgress(ROUTINE_KIND, 1))
        self.logged.emit(entry.uid, finished)
        return entry.uid

    def rate_after(self, uid: str, tension: int) -> None:
        run(self._events, lambda: relax_ops.rate_tension_after(self._db, uid, tension, self._clock.now()),
            origin=self)

    def _quietly(self, op, *args) -> None:
        """Save a resume point (an operation that changes nothing anyone shows)."""
        run(self._events, lambda: op(self._db, *args, self._clock.now()), origin=self)
