"""One meaning of "tracked day" (issue 15): a day with a record the person
made themselves (core.insights.tracked). The Charts data and the provider
report count the same days on the same journal."""

from datetime import date, datetime, timedelta

from fibro_desktop.core.insights.periods import Period
from fibro_desktop.core.journal.records import CheckIn, Dose, Episode, Medication
from fibro_desktop.store.charts_data import load_chart_data, tracked_days
from fibro_desktop.store.checkins import save_checkin
from fibro_desktop.store.journal import save_episode
from fibro_desktop.store.medications import save_dose, save_medication
from fibro_desktop.store.routine import add_routine_item, set_routine_amount
from tests.charts_data_set import CET
from tests.conftest import TEST_NOW

FIRST = date(2026, 11, 1)
PERIOD = Period(FIRST, date(2026, 11, 14))


def day(n: int) -> date:
    return FIRST + timedelta(days=n)


def _insert(db, sql: str, *values) -> None:
    db.execute_sql(sql, values)


def fill(db) -> set[date]:
    """One kind of record per day; returns the days that must count."""
    save_episode(db, Episode(datetime(2026, 11, 1, 9, 0, tzinfo=CET), "cramp", 5), TEST_NOW)  # day 0
    save_checkin(db, CheckIn(day(1), mood=5), TEST_NOW)
    magnesium = save_medication(db, Medication("Magnesium", "capsule", "1 capsule"), TEST_NOW)
    save_dose(db, Dose(magnesium.uid, datetime(2026, 11, 3, 21, 0, tzinfo=CET)), TEST_NOW)  # day 2, taken
    save_dose(db, Dose(magnesium.uid, datetime(2026, 11, 4, 21, 0, tzinfo=CET), status="skipped"), TEST_NOW)  # day 3
    item = add_routine_item(db, TEST_NOW, "Stretch calves")
    set_routine_amount(db, TEST_NOW, item.id, day(4), 1, check_day=False)
    set_routine_amount(db, TEST_NOW, item.id, day(5), 1, check_day=False)
    set_routine_amount(db, TEST_NOW, item.id, day(5), 0, check_day=False)  # ticked, then cleared: nothing done
    _insert(db, "INSERT INTO listen (uid, session_key, started_utc, started_offset_min, day, listened_s, "
                "created_utc, updated_utc) VALUES ('l1', 'pmr_full', '2026-11-07T19:00:00', 60, ?, 300, 'x', 'x')",
            day(6).isoformat())
    for n, outcome in enumerate(("taken", "skipped", "missed")):  # days 7-9: the break timer's own records
        _insert(db, "INSERT INTO pacing_break (uid, kind, outcome, due_utc, due_offset_min, day, created_utc, "
                    "updated_utc) VALUES (?, 'micro', ?, '2026-11-08T09:00:00', 60, ?, 'x', 'x')",
                f"b{n}", outcome, day(7 + n).isoformat())
    _insert(db, "INSERT INTO red_flag (uid, rule, event_key, noticed_utc, day, detail) "
                "VALUES ('f1', 'prolonged', 'k1', '2026-11-11T10:00:00', ?, '')", day(10).isoformat())
    return {day(0), day(1), day(2), day(3), day(4), day(6)}


def test_tracked_days_are_the_days_with_a_record_the_person_made(db):
    expected = fill(db)
    assert tracked_days(db, PERIOD.first, PERIOD.last) == expected


def test_charts_and_the_report_count_the_same_tracked_days(qapp, db):
    from fibro_desktop.core.insights.summary import insights_for
    from fibro_desktop.ui.charts.report import ReportOptions, build_report

    expected = fill(db)
    data = load_chart_data(db, PERIOD)
    assert data.tracked_days == expected
    assert insights_for(data).tracked_days == 6  # what the Charts tab shows
    text = " ".join(build_report(db, ReportOptions(PERIOD), TEST_NOW).toPlainText().split())
    assert "Days tracked 6 of 14 days" in text, text[:1500]
    assert "Days with at least one spasm 1 of 6 tracked days" in text
    assert "Spasms per week (over tracked days) 1.2" in text  # 1 spasm × 7 / 6 days
    assert "8 days without any record are left out" in text


def test_a_history_in_slices_keeps_its_tracked_days(db):
    from fibro_desktop.store.charts_data import read_history

    expected = fill(db)
    pieced = read_history(db, day(5), PERIOD.last)
    pieced.prepend(read_history(db, PERIOD.first, day(4)))
    assert pieced.chart_data(PERIOD).tracked_days == expected
    assert pieced.chart_data(Period(day(3), day(8))).tracked_days == {day(3), day(4), day(6)}
