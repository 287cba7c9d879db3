"""The pacing machine keeps time right: jitter, suspend, clock changes."""

import random
from datetime import timedelta

import pytest

from fibro_desktop.core.pacing import Instant, PacingConfig, State
from fibro_desktop.core.pacing.machine import MAX_SLEEP_S
from tests.core.pacing.helpers import kinds, make, run_until


def test_eight_hours_of_jittery_one_second_ticks_accumulate_no_drift():
    clock, machine = make(PacingConfig(notice_s=0))
    rng = random.Random(7)
    start = clock.mono
    break_spans = []
    opened = {}

    def note(event, at):
        if event.kind == "started":
            opened["mono"] = at.mono
        if event.kind == "ended":
            break_spans.append(at.mono - opened.pop("mono"))

    events = []
    while clock.mono - start < 8 * 3600:
        clock.advance(1.0 + rng.uniform(-0.05, 0.05))
        for event in machine.update(clock.instant()):
            note(event, clock)
            events.append(event)
    ended = [e.entry for e in events if e.kind == "ended"]
    assert len(ended) > 40
    for entry in ended:  # ticks are up to 1.05 s apart, so no later than that
        assert 0 <= (entry.started - entry.due).total_seconds() <= 1.05
    on_break_now = clock.mono - opened["mono"] if opened else 0.0
    total = clock.mono - start
    # Every second is either desk time or break time, to the microsecond.
    assert machine.desk_today(clock.instant()) + sum(break_spans) + on_break_now == pytest.approx(total, abs=1e-6)


def test_ten_thousand_breaks_each_fire_within_a_second_of_its_deadline():
    config = PacingConfig(micro_every_s=10, micro_length_s=1, movement_every_s=45, movement_length_s=3,
                          notice_s=0)
    clock, machine = make(config)
    rng = random.Random(11)
    ended = []
    for _ in range(100_000):  # bounded: a stuck machine fails instead of hanging
        if len(ended) >= 10_000:
            break
        deadline = machine.next_deadline(clock.instant())
        clock.advance(deadline - clock.mono + rng.uniform(0, 0.05))
        ended += [e.entry for e in machine.update(clock.instant()) if e.kind == "ended"]
    lateness = [(e.started - e.due).total_seconds() for e in ended]
    assert max(lateness) <= 1.0 and min(lateness) >= 0.0
    assert {e.kind for e in ended} == {"micro", "movement"}


def test_a_suspend_longer_than_a_break_counts_as_rest_and_restarts_the_intervals():
    clock, machine = make()
    run_until(clock, machine, clock.mono + 20 * 60)  # 20 desk minutes, two micro-breaks in
    clock.suspend(10 * 60)
    events = machine.update(clock.instant())
    assert kinds(events) == ["natural:movement"]
    assert events[0].entry.outcome == "natural" and events[0].entry.duration_s == 600
    status = machine.status(clock.instant())
    assert status.next_kind == "micro" and status.next_in_s == pytest.approx(10 * 60)
    assert machine.elapsed("movement", clock.instant()) == 0


def test_a_short_suspend_resumes_the_countdown_where_it_was():
    clock, machine = make()
    clock.advance(4 * 60)
    machine.update(clock.instant())
    before = machine.status(clock.instant()).next_in_s
    clock.suspend(10)  # shorter than a 30 s micro-break
    assert machine.update(clock.instant()) == []
    assert machine.status(clock.instant()).next_in_s == pytest.approx(before)


@pytest.mark.parametrize("jump_s", [3600, -3600, 3 * 3600, -3 * 3600])
def test_setting_the_wall_clock_moves_no_deadline_and_is_no_rest(jump_s):
    clock, machine = make()
    clock.advance(5 * 60)
    machine.update(clock.instant())
    deadline = machine.next_deadline(clock.instant())
    next_in = machine.status(clock.instant()).next_in_s
    events = machine.update(clock.set_wall(jump_s))
    assert [e for e in events if e.kind not in ("day_ended",)] == []
    assert machine.status(clock.instant()).next_in_s == pytest.approx(next_in)
    assert machine.elapsed("micro", clock.instant()) == pytest.approx(5 * 60)
    assert machine.next_deadline(clock.instant()) <= deadline


def test_a_daylight_saving_change_moves_no_deadline():
    clock, machine = make()
    clock.advance(7 * 60)
    machine.update(clock.instant())
    next_in = machine.status(clock.instant()).next_in_s
    events = machine.update(clock.change_zone(timedelta(hours=2)))
    assert events == []
    assert machine.status(clock.instant()).next_in_s == pytest.approx(next_in)
    events = run_until(clock, machine, clock.mono + next_in + 1)
    assert kinds(events)[:3] == ["notice:micro", "due:micro", "started:micro"]


def test_without_a_boot_clock_the_wall_clock_reveals_a_suspend():
    clock, machine = make()
    run_until(clock, machine, clock.mono + 15 * 60)
    clock.suspend(20 * 60)
    events = machine.update(Instant(clock.mono, clock.wall))
    assert kinds(events) == ["natural:movement"]


def test_the_next_deadline_is_never_past_and_never_more_than_a_minute_away():
    clock, machine = make()
    for _ in range(500):
        deadline = machine.next_deadline(clock.instant())
        assert clock.mono <= deadline <= clock.mono + MAX_SLEEP_S
        clock.advance(deadline - clock.mono)
        machine.update(clock.instant())


def test_a_suspend_during_a_break_longer_than_its_rest_ends_it_as_taken():
    clock, machine = make(PacingConfig(notice_s=0))
    machine.take_break_now(clock.instant(), "movement")
    clock.advance(30)
    events = machine.update(clock.suspend(10 * 60))
    assert kinds(events) == ["ended:movement"] and events[0].entry.outcome == "taken"
    assert machine.state == State.WORKING
