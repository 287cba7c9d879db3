"""Toolkit core: routine progress, the rescue stepper and the heat timer."""

from datetime import date

import pytest

from fibro_desktop.core.fake_clock import FakeClock
from fibro_desktop.core.journal.prefill import EpisodePrefill
from fibro_desktop.core.toolkit.care import check_email, check_role
from fibro_desktop.core.toolkit.rescue import DEFAULT_PLAN, HeatTimerState, RescueStep, RescueStepper, format_remaining
from fibro_desktop.core.toolkit.routine import AUTO_KINDS, DEFAULT_ROUTINE, RoutineItem, build_day, clamp_amount
from fibro_desktop.core.vocabulary import RELIEF_BY_ID
from tests.conftest import TEST_NOW

DAY = date(2026, 11, 24)


def items():
    return [RoutineItem(1, "a", "Water", target=8, kind="water", position=0),
            RoutineItem(2, "b", "Morning stretch", position=1),
            RoutineItem(3, "c", "Old item", position=2, archived=True),
            RoutineItem(4, "d", "Evening stretch", position=3)]


def test_progress_counts_items_that_reached_their_target():
    day = build_day(DAY, items(), {1: 5, 2: 1})
    assert [line.item.id for line in day.lines] == [1, 2, 4]  # archived left out
    assert (day.done_count, day.total) == (1, 3)
    day = build_day(DAY, items(), {1: 8, 2: 1, 4: 1})
    assert (day.done_count, day.total) == (3, 3)


def test_a_counted_item_and_a_tick_item():
    water, stretch = items()[0], items()[1]
    assert water.counted and not stretch.counted


def test_lines_follow_position_and_negative_amounts_count_as_zero():
    shuffled = [RoutineItem(1, "a", "B", position=2), RoutineItem(2, "b", "A", position=0)]
    day = build_day(DAY, shuffled, {1: -3})
    assert [line.item.name for line in day.lines] == ["A", "B"]
    assert day.lines[1].amount == 0
    assert day.line_for_kind("water") is None


def test_amounts_are_clamped():
    assert clamp_amount(-1) == 0 and clamp_amount(5000) == 999 and clamp_amount(3) == 3


def test_defaults_cover_the_kinds_other_tabs_report():
    assert AUTO_KINDS <= {d.kind for d in DEFAULT_ROUTINE}
    assert len(DEFAULT_ROUTINE) == 8


def plan():
    return tuple(RescueStep(i, f"u{i}", d.title, d.how_to, d.relief, i) for i, d in enumerate(DEFAULT_PLAN, 1))


def test_default_plan_steps_are_known_reliefs_with_one_line_of_how_to():
    for step in DEFAULT_PLAN:
        assert step.relief in RELIEF_BY_ID
        assert step.how_to and "\n" not in step.how_to


def test_the_stepper_walks_forward_and_back_within_the_plan():
    stepper = RescueStepper(plan())
    assert stepper.at_first and stepper.current.relief == "range_of_motion"
    assert stepper.back() is False
    while stepper.next():
        pass
    assert stepper.at_last and stepper.current.relief == "breathing_audio"
    assert stepper.next() is False
    assert stepper.back() and stepper.index == len(DEFAULT_PLAN) - 2
    stepper.go_to(99)
    assert stepper.at_last


def test_an_empty_plan_has_no_current_step():
    stepper = RescueStepper(())
    assert stepper.current is None and stepper.at_last and stepper.next() is False


def test_the_log_prefill_lists_tried_steps_in_plan_order():
    steps = plan() + (RescueStep(99, "own", "Walk to the window"),)
    stepper = RescueStepper(steps)
    stepper.set_tried(99, True)
    stepper.set_tried(2, True)
    stepper.set_tried(1, True)
    stepper.set_tried(1, False)
    assert stepper.log_prefill() == EpisodePrefill(reliefs=("heat", "own:Walk to the window"))


def test_the_heat_timer_counts_down_on_the_monotonic_clock():
    clock = FakeClock(wall=TEST_NOW)
    timer = HeatTimerState()
    assert not timer.running and timer.remaining(clock.monotonic()) == 0
    timer.start(clock.monotonic(), 15 * 60)
    clock.advance(14 * 60 + 59)
    assert not timer.finished(clock.monotonic())
    assert format_remaining(timer.remaining(clock.monotonic())) == "0:01"
    clock.jump_wall(3600)  # a wall-clock change does not end it early
    assert not timer.finished(clock.monotonic())
    clock.advance(1)
    assert timer.finished(clock.monotonic())
    timer.stop()
    assert not timer.running


def test_the_heat_timer_refuses_a_zero_length():
    with pytest.raises(ValueError):
        HeatTimerState().start(0.0, 0)


def test_remaining_is_shown_rounded_up():
    assert format_remaining(900) == "15:00"
    assert format_remaining(899.2) == "15:00"
    assert format_remaining(61) == "1:01"


def test_care_role_and_email_checks():
    assert check_role("physical_therapist") is None
    assert check_role("wizard") == "unknown_role"
    assert check_email("") is None and check_email("pt@clinic.example") is None
    assert check_email("not an email") == "bad_email" and check_email("a@b") == "bad_email"
