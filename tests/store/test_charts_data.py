"""The Charts queries on a real temporary database with a known journal."""

from datetime import date

from fibro_desktop.core.insights.data import BreakDay, DoseDay, ListeningDay
from fibro_desktop.core.insights.periods import Period
from fibro_desktop.store.charts_data import load_chart_data, medication_summaries, read_history, recorded_range
from tests.charts_data_set import FIRST_DAY, fill_known
from tests.conftest import TEST_NOW

WEEK = Period(date(2026, 11, 20), date(2026, 11, 24))


def test_an_empty_database_gives_empty_data(db):
    assert recorded_range(db) is None
    data = load_chart_data(db, WEEK)
    assert data.is_empty and data.episode_total == 0 and data.breaks == {} and data.listening == {}


def test_counts_of_a_known_week(db):
    fill_known(db, TEST_NOW)
    assert recorded_range(db) == (FIRST_DAY, date(2026, 11, 23))
    data = load_chart_data(db, WEEK)
    assert data.episodes_per_day == {date(2026, 11, 20): 1, date(2026, 11, 23): 2}
    assert data.kinds == {"cramp": 1, "tonic": 1, "nocturnal": 1}
    assert sorted(r[:4] for r in data.episodes) == [
        (date(2026, 11, 20), 8, 300, 900), (date(2026, 11, 23), 4, 1800, 3600), (date(2026, 11, 23), 6, 120, 600)]
    # Monday 08:30 and 15:10, Friday 22:45, in local time.
    assert data.when[0][8] == 1 and data.when[0][15] == 1 and data.when[4][22] == 1
    assert sum(map(sum, data.when)) == 3
    assert data.muscles == {("calves", "left"): 1, ("neck", None): 1, ("calves", "right"): 1}
    # Exposure comes from the check-in alone ("what happened that day"); the
    # triggers noted on spasm entries (stress on the 23rd, poor sleep on the
    # 20th) are only counted, one per spasm entry.
    assert sorted(data.checkin_triggers) == [(date(2026, 11, 23), "cold"), (date(2026, 11, 23), "stress")]
    assert data.checkin_exposure == {date(2026, 11, 22): frozenset(),
                                     date(2026, 11, 23): frozenset({"stress", "cold"})}
    assert data.episode_triggers == {"stress": 1, "poor_sleep": 1}
    # Tracked days: a record the person made (spasms on the 20th and 23rd,
    # check-ins and magnesium on the 22nd and 23rd, a skipped dose logged on
    # the 21st); the 24th is unknown.
    assert data.tracked_days == {date(2026, 11, 20), date(2026, 11, 21), date(2026, 11, 22), date(2026, 11, 23)}
    assert sorted(data.reliefs, key=str) == sorted([("heat", "yes", 10, 1), ("heat", "a_little", 20, 1),
                                                    ("rest", "no", None, 1)], key=str)
    assert [r[:2] for r in data.checkins] == [(date(2026, 11, 22), 7), (date(2026, 11, 23), 4)]
    assert data.doses == [DoseDay(date(2026, 11, 22), "Magnesium", 1), DoseDay(date(2026, 11, 23), "Magnesium", 1)]


def test_local_hours_across_the_dst_change(db):
    fill_known(db, TEST_NOW)
    data = load_chart_data(db, Period(date(2026, 3, 28), date(2026, 3, 29)))
    # Saturday 23:30 (UTC+1) and Sunday 03:30 (UTC+2) keep their local hours.
    assert data.when[5][23] == 1 and data.when[6][3] == 1
    assert data.episodes_per_day == {date(2026, 3, 28): 1, date(2026, 3, 29): 1}


def test_a_history_loaded_in_slices_equals_one_read(db):
    fill_known(db, TEST_NOW)
    whole = read_history(db, FIRST_DAY, date(2026, 11, 24))
    pieced = read_history(db, date(2026, 11, 21), date(2026, 11, 24))
    pieced.prepend(read_history(db, FIRST_DAY, date(2026, 11, 20)))
    period = Period(FIRST_DAY, date(2026, 11, 24))
    a, b = whole.chart_data(period), pieced.chart_data(period)
    assert a.episodes_per_day == b.episodes_per_day and a.when == b.when and a.muscles == b.muscles
    assert a.episode_triggers == b.episode_triggers == {"stress": 1, "poor_sleep": 1}
    assert a.checkin_triggers == b.checkin_triggers
    assert a.episode_total == 5


def test_medication_summary_for_the_report(db):
    fill_known(db, TEST_NOW)
    [magnesium] = medication_summaries(db, WEEK)
    assert (magnesium.name, magnesium.days_taken, magnesium.doses_taken, magnesium.doses_skipped) == (
        "Magnesium", 2, 2, 1)
    assert (magnesium.first_day, magnesium.last_day) == (date(2026, 11, 21), date(2026, 11, 23))


def test_breaks_and_listening_match_the_pacing_and_relax_definitions(db):
    from fibro_desktop.store.pacing import day_summaries

    breaks = [("micro", "taken"), ("movement", "natural"), ("micro", "skipped"), ("micro", "postponed"),
              ("recovery", "taken"), ("recovery", "skipped"), ("micro", "missed"), ("movement", "deferred")]
    for n, (kind, outcome) in enumerate(breaks):
        db.execute_sql("INSERT INTO pacing_break (uid, kind, outcome, due_utc, due_offset_min, day, created_utc, "
                       "updated_utc) VALUES (?, ?, ?, '2026-11-23T09:00:00', 60, '2026-11-23', 'x', 'x')",
                       (f"b{n}", kind, outcome))
    for n, (seconds, before, after) in enumerate([(600, 7, 4), (300, None, None)]):
        db.execute_sql("INSERT INTO listen (uid, session_key, started_utc, started_offset_min, day, listened_s, "
                       "tension_before, tension_after, created_utc, updated_utc) VALUES "
                       "(?, 'pmr_full', '2026-11-23T19:00:00', 60, '2026-11-23', ?, ?, ?, 'x', 'x')",
                       (f"l{n}", seconds, before, after))
    data = load_chart_data(db, WEEK)
    # Rested: taken + natural; due adds the skipped ones (also a skipped
    # recovery break) and the missed (typed-through) one; postponed and
    # deferred ones come back later; recovery ones taken were never due.
    # The Pacing tab counts the same way.
    assert data.breaks == {date(2026, 11, 23): BreakDay(taken=2, due=5)}
    summary = day_summaries(db, WEEK.first, WEEK.last)[date(2026, 11, 23)]
    assert (summary.rested, summary.due) == (2, 5)
    assert data.listening == {date(2026, 11, 23): ListeningDay(minutes=15.0, sessions=2, tension_drop_sum=3.0,
                                                               rated=1)}


def test_without_the_pacing_and_relax_tables_those_charts_are_absent(db):
    db.execute_sql("DROP TABLE pacing_break")
    db.execute_sql("DROP TABLE listen")
    data = load_chart_data(db, WEEK)
    assert data.breaks is None and data.listening is None
