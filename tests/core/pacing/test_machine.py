"""The pacing machine's behaviour: breaks, choices, limits, hours, rest."""

from datetime import datetime, time, timedelta

import pytest

from fibro_desktop.core.pacing import PacingConfig, PacingMachine, State, WorkHours
from tests.core.pacing.helpers import MONDAY_10, kinds, make, run_until

QUICK = PacingConfig(micro_every_s=60, micro_length_s=10, movement_every_s=300, movement_length_s=30,
                     notice_s=5, postpone_s=30, max_postpones=2, recovery_length_s=100)


def first_break(clock, machine):
    """Run until a break starts; return the events up to it."""
    events = []
    while machine.state != State.ON_BREAK:
        events += run_until(clock, machine, machine.next_deadline(clock.instant()))
    return events


def test_a_notice_comes_before_the_break_which_then_starts_by_itself():
    clock, machine = make(QUICK)
    events = first_break(clock, machine)
    assert kinds(events) == ["notice:micro", "due:micro", "started:micro"]
    notice, due = events[0], events[1]
    assert (due.at - notice.at).total_seconds() == pytest.approx(5)
    assert (due.at - MONDAY_10).total_seconds() == pytest.approx(60)


def test_a_break_left_to_run_ends_as_taken_and_restarts_its_interval():
    clock, machine = make(QUICK)
    first_break(clock, machine)
    events = run_until(clock, machine, clock.mono + 10)
    (ended,) = [e for e in events if e.kind == "ended"]
    assert ended.entry.outcome == "taken" and ended.entry.duration_s == 10 and not ended.entry.did_it
    assert machine.status(clock.instant()).next_in_s == pytest.approx(60)


def test_i_did_it_ends_the_break_early_and_says_so_once_most_of_it_has_passed():
    clock, machine = make(QUICK)
    first_break(clock, machine)
    clock.advance(3)  # three seconds into a ten-second pause: not had yet
    assert machine.status(clock.instant()).can_confirm is False
    assert machine.did_it(clock.instant()) == []
    assert machine.state == State.ON_BREAK
    clock.advance(3)  # six of ten seconds: most of it
    assert machine.status(clock.instant()).can_confirm is True
    (ended,) = machine.did_it(clock.instant())
    assert ended.entry.outcome == "taken" and ended.entry.did_it and ended.entry.duration_s == 6
    assert machine.state == State.WORKING


def test_skip_restarts_the_interval_but_strict_mode_has_no_skip():
    clock, machine = make(QUICK)
    first_break(clock, machine)
    (ended,) = machine.skip(clock.instant())
    assert ended.entry.outcome == "skipped"
    assert machine.status(clock.instant()).next_in_s == pytest.approx(60)

    clock, machine = make(QUICK.__class__(**{**QUICK.__dict__, "strict": True}))
    first_break(clock, machine)
    assert machine.status(clock.instant()).can_skip is False
    assert machine.skip(clock.instant()) == []
    assert machine.state == State.ON_BREAK


def test_postpone_puts_the_break_off_by_desk_time_up_to_the_limit():
    clock, machine = make(QUICK)
    first_break(clock, machine)
    for n in (1, 2):
        (ended,) = machine.postpone(clock.instant())
        assert ended.entry.outcome == "postponed" and ended.entry.postpones == n - 1
        assert machine.status(clock.instant()).next_in_s == pytest.approx(30)
        first_break(clock, machine)
    status = machine.status(clock.instant())
    assert status.can_postpone is False
    assert machine.postpone(clock.instant()) == []  # the limit holds
    clock.advance(7)
    (ended,) = machine.did_it(clock.instant())
    assert ended.entry.postpones == 2


def test_zero_means_no_postpone_limit():
    clock, machine = make(PacingConfig(**{**QUICK.__dict__, "max_postpones": 0}))
    for _ in range(6):
        first_break(clock, machine)
        assert machine.postpone(clock.instant())


def test_a_postponed_break_never_brings_the_other_tier_at_once():
    clock, machine = make(QUICK)
    taken = 0
    while first_break(clock, machine)[-1].break_kind == "micro":
        clock.advance(6)
        machine.did_it(clock.instant())
        taken += 1
    # the fifth micro-break came due with the movement break and waits for it
    assert taken == 4
    machine.postpone(clock.instant())
    assert machine.status(clock.instant()).next_in_s == pytest.approx(30)


def test_spasm_now_turns_the_break_into_a_recovery_and_stops_desk_time():
    clock, machine = make(QUICK)
    first_break(clock, machine)
    desk = machine.desk_today(clock.instant())
    clock.advance(2)
    (started,) = machine.spasm(clock.instant())
    assert started.kind == "started" and started.break_kind == "recovery"
    status = machine.status(clock.instant())
    assert status.break_left_s == 100 and not status.can_skip and not status.can_postpone
    events = run_until(clock, machine, clock.mono + 100)
    ended = [e for e in events if e.kind == "ended"][0]
    assert ended.entry.kind == "recovery" and ended.entry.outcome == "taken"
    assert machine.desk_today(clock.instant()) == pytest.approx(desk)
    assert machine.elapsed("movement", clock.instant()) == 0


def test_spasm_while_working_starts_a_recovery_break():
    clock, machine = make(QUICK)
    clock.advance(20)
    events = machine.spasm(clock.instant())
    assert kinds(events) == ["started:recovery"]


def test_take_a_break_now_starts_one_early():
    clock, machine = make(QUICK)
    clock.advance(20)
    assert kinds(machine.take_break_now(clock.instant(), "movement")) == ["started:movement"]
    (ended,) = machine.did_it(clock.advance(30))
    assert ended.entry.due == ended.entry.started


def test_idle_time_counts_as_a_natural_break_once():
    clock, machine = make(QUICK)
    clock.advance(45)
    machine.update(clock.instant())
    clock.advance(12)
    events = machine.update(clock.instant(), idle_s=12)
    assert kinds(events) == ["natural:micro"]
    assert machine.desk_today(clock.instant()) == pytest.approx(45)  # idle is not desk time
    clock.advance(3)
    assert machine.update(clock.instant(), idle_s=15) == []  # same stretch
    assert machine.status(clock.instant()).next_in_s == pytest.approx(60)


def test_a_long_idle_stretch_counts_as_the_movement_break():
    clock, machine = make(QUICK)
    run_until(clock, machine, clock.mono + 190)
    clock.advance(40)
    events = machine.update(clock.instant(), idle_s=40)
    assert kinds(events) == ["natural:movement"]
    assert machine.elapsed("movement", clock.instant()) == 0


def test_a_short_idle_is_still_desk_time():
    clock, machine = make(QUICK)
    clock.advance(30)
    assert machine.update(clock.instant(), idle_s=5) == []
    assert machine.desk_today(clock.instant()) == pytest.approx(30)


def test_work_hours_start_and_end_by_themselves():
    hours = WorkHours(frozenset({0, 1, 2, 3, 4}), time(9, 0), time(17, 0))
    early = MONDAY_10.replace(hour=8, minute=59)
    clock, machine = make(PacingConfig(work_hours=hours), wall=early)
    machine.update(clock.instant())
    assert machine.state == State.OUTSIDE_HOURS
    assert machine.next_deadline(clock.instant()) == pytest.approx(clock.mono + 60)
    clock.advance(60)
    machine.update(clock.instant())
    assert machine.state == State.WORKING
    assert machine.desk_today(clock.instant()) == 0
    run_until(clock, machine, clock.mono + 8 * 3600)
    assert machine.state == State.OUTSIDE_HOURS
    assert machine.desk_today(clock.instant()) < 8 * 3600


def test_the_weekend_is_outside_work_hours():
    saturday = datetime(2026, 11, 28, 11, 0, tzinfo=MONDAY_10.tzinfo)
    clock, machine = make(PacingConfig(work_hours=WorkHours()), wall=saturday)
    machine.update(clock.instant())
    assert machine.state == State.OUTSIDE_HOURS


def test_the_daily_limit_stops_the_day_and_can_be_waived():
    clock, machine = make(PacingConfig(**{**QUICK.__dict__, "daily_limit_s": 200}))
    events = run_until(clock, machine, clock.mono + 400)
    assert "limit" in kinds(events)
    assert machine.state == State.LIMIT_REACHED
    assert machine.desk_today(clock.instant()) == pytest.approx(200)
    assert "resumed" in kinds(machine.resume(clock.instant()))
    assert machine.state == State.WORKING


def test_pause_for_half_an_hour_resumes_by_itself_and_counts_as_rest():
    clock, machine = make(QUICK)
    clock.advance(40)
    machine.update(clock.instant())
    assert kinds(machine.pause(clock.instant(), 1800)) == ["paused"]
    status = machine.status(clock.instant())
    assert status.state == State.PAUSED
    assert status.paused_until == clock.wall + timedelta(seconds=1800)
    events = run_until(clock, machine, clock.mono + 1800)
    assert kinds(events) == ["resumed"]
    assert machine.elapsed("movement", clock.instant()) == 0


def test_pause_until_tomorrow_and_resume_by_hand():
    clock, machine = make(QUICK)
    machine.pause(clock.instant(), None)
    assert machine.status(clock.instant()).paused_until.date() == MONDAY_10.date() + timedelta(days=1)
    run_until(clock, machine, clock.mono + 3600)
    assert machine.state == State.PAUSED
    assert kinds(machine.resume(clock.instant())) == ["resumed"]


def test_pausing_during_a_break_records_it_as_skipped():
    clock, machine = make(QUICK)
    first_break(clock, machine)
    events = machine.pause(clock.instant(), 600)
    assert kinds(events) == ["ended:micro", "paused"] and events[0].entry.outcome == "skipped"


def test_midnight_ends_the_day_with_its_desk_time():
    late = MONDAY_10.replace(hour=23, minute=50)
    clock, machine = make(PacingConfig(micro_every_s=0, movement_every_s=0), wall=late, desk_today_s=1000)
    events = run_until(clock, machine, clock.mono + 20 * 60)
    (ended,) = [e for e in events if e.kind == "day_ended"]
    assert ended.day == late.date() and ended.desk_s == 1000 + 600
    assert machine.desk_today(clock.instant()) == pytest.approx(600)


def test_a_restart_continues_the_day_without_a_break_storm():
    clock, machine = make(QUICK, desk_today_s=5 * 3600)
    assert machine.update(clock.instant()) == []
    assert machine.status(clock.instant()).next_in_s == pytest.approx(60)
    assert machine.desk_today(clock.instant()) == 5 * 3600


def test_water_and_posture_reminders_come_in_desk_time():
    clock, machine = make(PacingConfig(micro_every_s=0, movement_every_s=0, water_every_s=600,
                                       posture_every_s=900))
    events = run_until(clock, machine, clock.mono + 1800)
    reminders = [(e.reminder, e.at - MONDAY_10) for e in events if e.kind == "reminder"]
    assert reminders == [("water", timedelta(minutes=10)), ("posture", timedelta(minutes=15)),
                         ("water", timedelta(minutes=20)), ("water", timedelta(minutes=30)),
                         ("posture", timedelta(minutes=30))]


def test_new_settings_keep_the_desk_time_already_counted():
    clock, machine = make(QUICK)
    clock.advance(40)
    machine.set_config(clock.instant(), PacingConfig(**{**QUICK.__dict__, "micro_every_s": 120}))
    assert machine.status(clock.instant()).next_in_s == pytest.approx(80)


def test_with_both_tiers_off_nothing_ever_comes_due():
    clock, machine = make(PacingConfig(micro_every_s=0, movement_every_s=0))
    events = run_until(clock, machine, clock.mono + 3 * 3600)
    assert [e for e in events if e.kind != "day_ended"] == []
    assert machine.status(clock.instant()).next_kind is None


def test_a_new_machine_starts_working():
    clock, machine = make()
    assert isinstance(machine, PacingMachine) and machine.state == State.WORKING
