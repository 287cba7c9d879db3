"""The person's own exercises for the Pacing settings: read and written
through the store and written by operations (they are part of the data:
backed up, exported, encrypted), each change announced as ``Area.EXERCISES``."""

from __future__ import annotations

from fibro_desktop.core.clock import Clock
from fibro_desktop.core.pacing.exercises import Exercise
from fibro_desktop.ops import pacing as pacing_ops
from fibro_desktop.store import own_exercises as store
from fibro_desktop.ui.events import DataEvents
from fibro_desktop.ui.operations import run


class OwnExercises:
    """What the exercises box needs: list, add, remove."""

    def __init__(self, db, clock: Clock, data_events: DataEvents):
        self._db = db
        self._clock = clock
        self.data_events = data_events

    def all(self) -> list[Exercise]:
        return store.own_exercises(self._db)

    def add(self, exercise: Exercise) -> None:
        run(self.data_events, lambda: pacing_ops.add_own_exercise(self._db, exercise, self._clock.now()),
            origin=self)

    def remove(self, exercise_id: str) -> None:
        run(self.data_events, lambda: pacing_ops.remove_own_exercise(self._db, exercise_id), origin=self)
