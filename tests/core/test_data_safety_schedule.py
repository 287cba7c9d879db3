"""Backup schedule and retention, driven by an injected clock."""

from datetime import UTC, datetime, timedelta, timezone

from fibro_desktop.core.data_safety.schedule import Retention, backups_to_keep, exit_backup_due, start_backup_due
from fibro_desktop.core.fake_clock import FakeClock

TZ = timezone(timedelta(hours=1))
NOON = datetime(2026, 11, 24, 12, 0, tzinfo=TZ)


def test_the_first_start_ever_backs_up():
    assert start_backup_due(None, NOON)


def test_a_start_on_the_same_day_does_not_back_up_again():
    assert not start_backup_due(NOON.replace(hour=8), NOON)


def test_a_start_on_a_new_local_day_backs_up():
    assert start_backup_due(NOON - timedelta(days=1), NOON)


def test_a_new_day_just_after_midnight_still_respects_30_minutes():
    midnight = datetime(2026, 11, 25, 0, 10, tzinfo=TZ)
    assert not start_backup_due(midnight - timedelta(minutes=20), midnight)
    assert start_backup_due(midnight - timedelta(minutes=31), midnight)


def test_days_are_local_days_not_utc_days():
    # 00:30 local on the 25th is 23:30 UTC on the 24th: still a new local day.
    last = datetime(2026, 11, 24, 20, 0, tzinfo=TZ)
    now = datetime(2026, 11, 25, 0, 30, tzinfo=TZ)
    assert start_backup_due(last.astimezone(UTC), now)


def test_exit_backs_up_only_when_something_changed_and_30_minutes_passed():
    assert not exit_backup_due(NOON - timedelta(hours=5), NOON, changed=False)
    assert not exit_backup_due(NOON - timedelta(minutes=29), NOON, changed=True)
    assert exit_backup_due(NOON - timedelta(minutes=30), NOON, changed=True)
    assert exit_backup_due(None, NOON, changed=True)


def test_a_year_of_daily_backups_keeps_7_daily_4_weekly_12_monthly():
    clock = FakeClock(wall=datetime(2025, 11, 24, 9, 0, tzinfo=TZ))
    kept: set[datetime] = set()
    for _ in range(366):
        kept.add(clock.now())
        kept = backups_to_keep(kept, clock.now())
        clock.advance(24 * 3600)
    now = clock.now() - timedelta(days=1)
    newest_days = sorted(kept, reverse=True)[:7]
    assert [d.date() for d in newest_days] == [(now - timedelta(days=i)).date() for i in range(7)]
    assert len(kept) <= 7 + 4 + 12
    months = {(t.year, t.month) for t in kept}
    assert len(months) == 12  # one per month for the last 12 months


def test_several_backups_a_day_keep_the_newest_of_each_day():
    times = [NOON - timedelta(hours=h) for h in range(0, 72, 6)]
    keep = backups_to_keep(times, NOON, Retention(daily=7, weekly=0, monthly=0))
    evening = NOON.replace(hour=18)
    assert keep == {NOON, *(evening - timedelta(days=d) for d in (1, 2, 3))}


def test_the_newest_and_any_future_backup_are_always_kept():
    future = NOON + timedelta(days=3)
    old = NOON - timedelta(days=4000)
    keep = backups_to_keep([future, old], NOON, Retention(0, 0, 0))
    assert keep == {future}
    assert backups_to_keep([old], NOON, Retention(0, 0, 0)) == {old}
    assert backups_to_keep([], NOON) == set()
