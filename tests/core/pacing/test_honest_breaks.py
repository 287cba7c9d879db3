"""A break counts only when it happened (issue 17): the outcome follows the
idle readings during the break, breaks wait while a fullscreen window or Do
Not Disturb is on, reminders due with a break are folded into it, and
setting the clock back across midnight loses no day. All on a fake clock
with fake idle and busy signals."""

from dataclasses import replace
from datetime import timedelta

import pytest

from fibro_desktop.core.pacing import PacingConfig, State
from fibro_desktop.core.pacing.machine import BREAK_SAMPLE_S, BUSY_POLL_S
from fibro_desktop.core.pacing.record import BreakKind, Outcome
from tests.core.pacing.helpers import MONDAY_10, kinds, make, run_until

#: A ten-second pause every minute, a 30-second movement break every five.
QUICK = PacingConfig(micro_every_s=60, micro_length_s=10, movement_every_s=300, movement_length_s=30,
                     notice_s=5, postpone_s=30, max_postpones=2, recovery_length_s=100)


def to_break(clock, machine, **signals):
    """Wake at each deadline (with the given signals) until a break starts."""
    events = []
    while machine.state != State.ON_BREAK:
        clock.advance(max(0.0, machine.next_deadline(clock.instant()) - clock.mono))
        events += machine.update(clock.instant(), **signals)
    return events


def through_break(clock, machine, idle_at):
    """Let the break run, reading the idle time every second as ``idle_at(t)``
    (``t`` = seconds into the break); returns the ``ended`` event."""
    start = clock.mono
    while True:
        clock.advance(1)
        for event in machine.update(clock.instant(), idle_s=idle_at(clock.mono - start)):
            if event.kind == "ended":
                return event


def test_outcomes_and_kinds_are_enums_that_read_as_the_stored_words():
    assert Outcome.MISSED == "missed" and Outcome("deferred") is Outcome.DEFERRED
    assert BreakKind("recovery") is BreakKind.RECOVERY


def test_a_break_typed_straight_through_is_missed_not_taken():
    clock, machine = make(QUICK)
    to_break(clock, machine, idle_s=0.0)
    ended = through_break(clock, machine, lambda t: 0.5)  # typing all the while
    assert ended.entry.outcome == Outcome.MISSED and ended.entry.duration_s == 10
    # A missed break is not owed again at once: its interval starts afresh.
    assert machine.status(clock.instant()).next_in_s == pytest.approx(60)


def test_a_break_spent_mostly_away_from_keyboard_and_mouse_is_taken():
    clock, machine = make(QUICK)
    to_break(clock, machine, idle_s=0.0)
    # Finishing a sentence for two seconds, then hands off.
    ended = through_break(clock, machine, lambda t: 0.0 if t <= 2 else t - 2)
    assert ended.entry.outcome == Outcome.TAKEN and not ended.entry.did_it


@pytest.mark.parametrize(("away_from", "outcome"), [(3, Outcome.TAKEN), (4, Outcome.TAKEN),
                                                    (5, Outcome.MISSED), (8, Outcome.MISSED)])
def test_taken_needs_most_of_the_break_away(away_from, outcome):
    clock, machine = make(QUICK)
    to_break(clock, machine, idle_s=0.0)
    ended = through_break(clock, machine, lambda t: 0.0 if t <= away_from else t - away_from)
    assert ended.entry.outcome == outcome


def test_coming_back_and_typing_in_the_middle_is_counted_once_per_stretch():
    clock, machine = make(QUICK)
    to_break(clock, machine, idle_s=0.0)
    # Away 0-4 s, back at the keyboard at 4-7 s, away again 7-10 s: 7 of 10.
    ended = through_break(clock, machine, lambda t: t if t < 4 else (0.0 if t <= 7 else t - 7))
    assert ended.entry.outcome == Outcome.TAKEN


def test_sparse_readings_still_tell_away_from_typing():
    clock, machine = make(QUICK)
    to_break(clock, machine, idle_s=0.0)
    clock.advance(10)  # one reading only, at the end: the last input was 9 s ago
    (ended,) = [e for e in machine.update(clock.instant(), idle_s=9.0) if e.kind == "ended"]
    assert ended.entry.outcome == Outcome.TAKEN

    clock, machine = make(QUICK)
    to_break(clock, machine, idle_s=0.0)
    clock.advance(10)  # input two seconds ago: at most two seconds away
    (ended,) = [e for e in machine.update(clock.instant(), idle_s=2.0) if e.kind == "ended"]
    assert ended.entry.outcome == Outcome.MISSED


def test_during_a_break_with_idle_readings_the_machine_asks_often_enough_to_see_typing():
    clock, machine = make(replace(QUICK, movement_every_s=60, movement_length_s=300, micro_every_s=0))
    to_break(clock, machine, idle_s=0.0)
    assert machine.next_deadline(clock.instant()) == pytest.approx(clock.mono + BREAK_SAMPLE_S)


def test_without_idle_readings_a_break_left_to_run_is_still_taken():
    clock, machine = make(QUICK)
    to_break(clock, machine)
    events = run_until(clock, machine, clock.mono + 10)
    (ended,) = [e for e in events if e.kind == "ended"]
    assert ended.entry.outcome == Outcome.TAKEN  # the desktop cannot tell; documented


def test_a_recovery_break_is_rest_even_while_the_spasm_is_being_logged():
    clock, machine = make(QUICK)
    machine.spasm(clock.instant())
    ended = through_break(clock, machine, lambda t: 0.0)  # typing the quick log
    assert ended.entry.kind == BreakKind.RECOVERY and ended.entry.outcome == Outcome.TAKEN


def test_i_need_my_screen_ends_a_strict_break_as_skipped():
    clock, machine = make(replace(QUICK, strict=True))
    to_break(clock, machine)
    assert machine.skip(clock.instant()) == []  # no Skip in strict mode
    clock.advance(2)
    (ended,) = machine.need_screen(clock.instant())
    assert ended.entry.outcome == Outcome.SKIPPED and machine.state == State.WORKING
    assert machine.status(clock.instant()).next_in_s == pytest.approx(60)


# -- busy: a fullscreen window or Do Not Disturb ------------------------------------

def test_a_break_due_while_busy_waits_without_a_notice_then_comes_after_one():
    clock, machine = make(QUICK)
    events = run_until_busy(clock, machine, clock.mono + 15 * 60, busy=True)
    assert [e for e in events if e.kind in ("notice", "started", "due", "reminder")] == []
    assert machine.state == State.WORKING and machine.status(clock.instant()).waiting
    # Desk time went on: this was work.
    assert machine.desk_today(clock.instant()) == pytest.approx(15 * 60)
    events = machine.update(clock.instant(), busy=False)
    assert kinds(events) == ["notice:movement"]
    clock.advance(machine.next_deadline(clock.instant()) - clock.mono)
    events = machine.update(clock.instant(), busy=False)
    assert kinds(events) == ["due:movement", "started:movement"]
    assert (events[0].at - MONDAY_10).total_seconds() == pytest.approx(15 * 60 + 5)


def run_until_busy(clock, machine, mono_end, *, busy):
    events = []
    while clock.mono < mono_end:
        deadline = min(machine.next_deadline(clock.instant()), mono_end)
        assert deadline > clock.mono  # never a busy loop
        clock.advance(deadline - clock.mono)
        events += machine.update(clock.instant(), busy=busy)
    return events


def test_while_a_break_waits_the_machine_only_asks_now_and_then():
    clock, machine = make(QUICK)
    run_until_busy(clock, machine, clock.mono + 120, busy=True)
    assert machine.next_deadline(clock.instant()) == pytest.approx(clock.mono + BUSY_POLL_S)


def test_a_break_hidden_behind_a_fullscreen_window_is_deferred_and_comes_back():
    clock, machine = make(QUICK)
    to_break(clock, machine, busy=False)
    due = machine._break.due
    clock.advance(3)
    (ended,) = machine.update(clock.instant(), busy=True)
    assert ended.kind == "ended" and ended.entry.outcome == Outcome.DEFERRED
    assert machine.state == State.WORKING
    run_until_busy(clock, machine, clock.mono + 60, busy=True)
    events = machine.update(clock.instant(), busy=False)
    assert kinds(events) == ["notice:micro"]
    clock.advance(5)
    events = machine.update(clock.instant(), busy=False)
    assert kinds(events) == ["due:micro", "started:micro"]
    ended = through_break(clock, machine, lambda t: t)
    assert ended.entry.outcome == Outcome.TAKEN and ended.entry.due == due


def test_busy_does_not_end_a_recovery_break():
    clock, machine = make(QUICK)
    machine.spasm(clock.instant())
    clock.advance(5)
    assert machine.update(clock.instant(), busy=True) == []
    assert machine.state == State.ON_BREAK


def test_keep_breaks_anyway_brings_them_while_busy():
    clock, machine = make(replace(QUICK, keep_breaks_when_busy=True))
    events = to_break(clock, machine, busy=True)
    assert kinds(events) == ["notice:micro", "due:micro", "started:micro"]
    clock.advance(1)
    assert machine.update(clock.instant(), busy=True) == []


def test_the_persons_own_actions_do_not_forget_the_busy_signal():
    clock, machine = make(QUICK)
    run_until_busy(clock, machine, clock.mono + 120, busy=True)
    machine.pause(clock.instant(), 10)
    clock.advance(11)
    events = machine.resume(clock.instant()) + machine.update(clock.instant())
    assert "started:micro" not in kinds(events)


def test_reminders_wait_while_busy_and_come_after():
    config = PacingConfig(micro_every_s=0, movement_every_s=0, water_every_s=600)
    clock, machine = make(config)
    events = run_until_busy(clock, machine, clock.mono + 700, busy=True)
    assert [e for e in events if e.kind == "reminder"] == []
    assert [e.reminder for e in machine.update(clock.instant(), busy=False)] == ["water"]


# -- reminders folded into a break ------------------------------------------------------

def test_a_reminder_due_with_a_break_is_folded_into_its_panel():
    clock, machine = make(replace(QUICK, water_every_s=60))
    events = to_break(clock, machine)
    assert kinds(events) == ["notice:micro", "due:micro", "started:micro"]  # no separate reminder
    assert machine.status(clock.instant()).reminders == ("water",)
    # ... and it restarts, like a reminder shown on its own.
    ended = through_break(clock, machine, lambda t: t)
    assert ended.entry.outcome == Outcome.TAKEN
    assert machine.status(clock.instant()).reminders == ()


def test_a_reminder_due_shortly_before_a_break_waits_for_it():
    clock, machine = make(replace(QUICK, micro_every_s=0, movement_every_s=330, posture_every_s=300))
    events = to_break(clock, machine)
    assert [e for e in events if e.kind == "reminder"] == []
    assert machine.status(clock.instant()).reminders == ("posture",)


def test_a_reminder_far_from_any_break_comes_on_its_own():
    clock, machine = make(replace(QUICK, micro_every_s=0, movement_every_s=3000, water_every_s=300))
    events = run_until(clock, machine, clock.mono + 301)
    assert [e.reminder for e in events if e.kind == "reminder"] == ["water"]


# -- the clock set back across midnight ---------------------------------------------------

def test_setting_the_clock_back_across_midnight_loses_no_day():
    """The report: 24,330 s on one day became 2,280 s after the clock was
    set back from 00:38 to 23:38. Each day keeps its own total."""
    late = MONDAY_10.replace(hour=23, minute=50)
    no_breaks = PacingConfig(micro_every_s=0, movement_every_s=0)
    clock, machine = make(no_breaks, wall=late, desk_today_s=24_330 - 600)
    events = run_until(clock, machine, clock.mono + 48 * 60)  # to 00:38 the next day
    (first,) = [e for e in events if e.kind == "day_ended"]
    assert (first.day, first.desk_s) == (late.date(), 24_330)
    assert machine.desk_today(clock.instant()) == pytest.approx(2_280)

    clock.set_wall(-3600)  # someone sets the clock back an hour: 23:38, Monday again
    events = machine.update(clock.instant())
    (back,) = [e for e in events if e.kind == "day_ended"]
    assert (back.day, back.desk_s) == (late.date() + timedelta(days=1), 2_280)  # Tuesday kept
    assert machine.desk_today(clock.instant()) == pytest.approx(24_330)  # Monday goes on

    events = run_until(clock, machine, clock.mono + 32 * 60)  # midnight again, then 00:10
    (again,) = [e for e in events if e.kind == "day_ended"]
    assert (again.day, again.desk_s) == (late.date(), 24_330 + 22 * 60)
    assert machine.desk_today(clock.instant()) == pytest.approx(2_280 + 10 * 60)  # Tuesday goes on


def test_a_day_counted_before_a_restart_continues_from_the_stored_total():
    just_after = MONDAY_10.replace(hour=0, minute=20)
    stored = {just_after.date() - timedelta(days=1): 24_330}
    clock, machine = make(PacingConfig(micro_every_s=0, movement_every_s=0), wall=just_after,
                          desk_today_s=600, desk_on=lambda day: stored.get(day, 0))
    clock.advance(60)
    clock.set_wall(-3600)  # back to 23:21 the day before
    (back,) = [e for e in machine.update(clock.instant()) if e.kind == "day_ended"]
    assert (back.day, back.desk_s) == (just_after.date(), 660)
    assert machine.desk_today(clock.instant()) == pytest.approx(24_330)


def test_a_break_asked_for_is_not_deferred_by_a_fullscreen_window():
    clock, machine = make(QUICK)
    machine.take_break_now(clock.instant(), "micro")
    clock.advance(2)
    assert machine.update(clock.instant(), busy=True) == []
    assert machine.state == State.ON_BREAK
