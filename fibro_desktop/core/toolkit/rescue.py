"""The "a spasm is starting" plan: its steps, the stepper and the heat timer.

The plan is a short ordered list of steps, each one line of how-to. The
stepper walks through it one step at a time and remembers which steps the
person tried, so "Log this spasm" can fill in what was tried. The heat
timer counts down on a monotonic clock passed in.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from fibro_desktop.core.journal.prefill import EpisodePrefill


@dataclass(frozen=True)
class RescueStep:
    """One step of the plan, as stored.

    ``relief`` is a relief vocabulary id (``heat``, ``massage``…) used to
    fill in "what I tried" in the journal, or ``None`` for the user's own step.
    """

    id: int
    uid: str
    title: str
    how_to: str = ""
    relief: str | None = None
    position: int = 0


@dataclass(frozen=True)
class StepDefault:
    relief: str
    title: str
    how_to: str


#: The default plan, in the order it is usually tried. Text in our own words.
DEFAULT_PLAN: tuple[StepDefault, ...] = (
    StepDefault("range_of_motion", "Move gently",
                "Slowly move the tight part through an easy, small range, a few times, without forcing it."),
    StepDefault("heat", "Warmth, then a light stretch",
                "Put heat on the muscle for about 15 minutes, then stretch it softly, only as far as it feels kind."),
    StepDefault("massage", "Press or massage the knot",
                "Press the sore spot with your fingers or a ball and hold, or rub in slow circles."),
    StepDefault("topical_magnesium", "Magnesium on the skin",
                "If it is in your kit, rub a little magnesium lotion or spray into the area."),
    StepDefault("water", "Drink some water",
                "Sip a glass of water, or your electrolyte mix if you carry one."),
    StepDefault("breathing_audio", "Slow breathing",
                "Breathe out slowly, longer than you breathe in, or play the release audio."),
)


@dataclass
class RescueStepper:
    """Walks through the steps one at a time; pure state, no clock.

    ``index`` is the current step (0-based). ``tried`` holds the ids of the
    steps the person ticked. An empty plan has no current step.
    """

    steps: tuple[RescueStep, ...]
    index: int = 0
    tried: set[int] = field(default_factory=set)

    @property
    def current(self) -> RescueStep | None:
        return self.steps[self.index] if self.steps else None

    @property
    def at_first(self) -> bool:
        return self.index == 0

    @property
    def at_last(self) -> bool:
        return not self.steps or self.index == len(self.steps) - 1

    def next(self) -> bool:
        """Go to the next step; False when already at the last one."""
        if self.at_last:
            return False
        self.index += 1
        return True

    def back(self) -> bool:
        if self.at_first:
            return False
        self.index -= 1
        return True

    def go_to(self, index: int) -> None:
        if self.steps:
            self.index = max(0, min(len(self.steps) - 1, index))

    def set_tried(self, step_id: int, tried: bool) -> None:
        if tried:
            self.tried.add(step_id)
        else:
            self.tried.discard(step_id)

    def is_tried(self, step_id: int) -> bool:
        return step_id in self.tried

    def tried_steps(self) -> list[RescueStep]:
        """Tried steps in plan order."""
        return [s for s in self.steps if s.id in self.tried]

    def log_prefill(self) -> EpisodePrefill:
        """The prefill for "Log this spasm": relief ids tried (in plan order,
        no duplicates) and the user's own steps as ``own:<title>``."""
        reliefs: list[str] = []
        for step in self.tried_steps():
            value = step.relief or f"own:{step.title}"
            if value not in reliefs:
                reliefs.append(value)
        return EpisodePrefill(reliefs=tuple(reliefs))


#: Steps that suggest magnesium or an electrolyte mix (the default water
#: step offers "your electrolyte mix"): the plan shows a quiet "check with
#: your doctor or pharmacist first" line with them.
MINERAL_RELIEFS = frozenset({"topical_magnesium", "electrolyte_drink", "water"})

#: Default length of the heat timer, in seconds (about 15 minutes of heat).
HEAT_SECONDS = 15 * 60


@dataclass
class HeatTimerState:
    """A countdown on a monotonic clock (seconds). ``started`` is ``None``
    while idle. Pure: the caller asks with the current monotonic time."""

    duration_s: float = HEAT_SECONDS
    started: float | None = None

    def start(self, mono: float, duration_s: float | None = None) -> None:
        if duration_s is not None:
            if duration_s <= 0:
                raise ValueError("duration must be positive")
            self.duration_s = duration_s
        self.started = mono

    def stop(self) -> None:
        self.started = None

    @property
    def running(self) -> bool:
        return self.started is not None

    def remaining(self, mono: float) -> float:
        """Seconds left (0 when finished or idle)."""
        if self.started is None:
            return 0.0
        return max(0.0, self.duration_s - (mono - self.started))

    def finished(self, mono: float) -> bool:
        return self.started is not None and self.remaining(mono) <= 0


def format_remaining(seconds: float) -> str:
    """``m:ss`` for a countdown, rounding up so it never shows 0:00 early."""
    whole = int(-(-seconds // 1))
    return f"{whole // 60}:{whole % 60:02d}"
