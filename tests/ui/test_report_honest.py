"""The provider report tells the truth (issue 15): rates over tracked days
only, comparisons inside the report's period, check-in stress and water,
features never used named as such, triggers and reliefs with their ranges."""

import re
from datetime import date, datetime, timedelta

from fibro_desktop.core.insights.periods import Period
from fibro_desktop.core.journal.records import CheckIn, Episode, ReliefTried
from fibro_desktop.store.checkins import save_checkin
from fibro_desktop.store.journal import save_episode
from fibro_desktop.ui.charts.report import ReportOptions, build_report
from tests.charts_data_set import CET
from tests.conftest import TEST_NOW

LAST = date(2026, 11, 24)
NINETY = Period(LAST - timedelta(days=89), LAST)


def spasm(db, day: date, intensity: int = 5, hour: int = 9, **fields) -> None:
    save_episode(db, Episode(datetime(day.year, day.month, day.day, hour, 0, tzinfo=CET), "cramp", intensity,
                             **fields), TEST_NOW)


def flat(doc) -> str:
    return " ".join(doc.toPlainText().split())


def ten_tracked_days(db) -> None:
    """Check-ins on the last 10 days; 11 spasms on 6 of them."""
    for i in range(10):
        save_checkin(db, CheckIn(LAST - timedelta(days=i), mood=5), TEST_NOW)
    for i, n in enumerate((2, 2, 2, 2, 2, 1)):
        for k in range(n):
            spasm(db, LAST - timedelta(days=i), hour=8 + k)


def test_rates_count_tracked_days_only(qapp, db):
    ten_tracked_days(db)
    text = flat(build_report(db, ReportOptions(NINETY), TEST_NOW))
    assert re.search(r"Spasms logged 11\b", text)
    assert re.search(r"Days tracked 10 of 90 days", text)
    assert re.search(r"Days with at least one spasm 6 of 10 tracked days", text)
    assert re.search(r"Spasms per week \(over tracked days\) 7\.7\b", text)
    assert "6 of 90" not in text and "0.9" not in text
    assert "80 days without any record" in text


def test_untracked_weeks_are_named_in_words(qapp, db):
    ten_tracked_days(db)
    save_checkin(db, CheckIn(NINETY.first, mood=5), TEST_NOW)  # one day at the very start
    text = flat(build_report(db, ReportOptions(NINETY), TEST_NOW))
    assert "No record at all from Mon 31 Aug 2026 to Sun 8 Nov 2026:" in text
    assert "left blank in the chart" in text


def test_the_difference_stays_inside_the_report_period(qapp, db):
    # A busy January, outside the period: it must not be the "first weeks".
    for i in range(30):
        save_checkin(db, CheckIn(date(2026, 1, 1) + timedelta(days=i), mood=5), TEST_NOW)
        spasm(db, date(2026, 1, 1) + timedelta(days=i), intensity=9)
    for i in range(90):
        day = NINETY.first + timedelta(days=i)
        save_checkin(db, CheckIn(day, mood=5), TEST_NOW)
        spasm(db, day, intensity=4)
    text = flat(build_report(db, ReportOptions(NINETY), TEST_NOW))
    assert "January" not in text and "Jan" not in text
    first_window = f"{NINETY.first.day} Aug"
    assert first_window in text
    assert re.search(r"Spasms per tracked day 1 \(28 spasms on 28 tracked days\) 1 \(28 spasms on 28 tracked days\)"
                     r" no clear change", text)
    assert re.search(r"Typical intensity \(0–10\) 4 \(28 spasms\) 4 \(28 spasms\) no clear change", text)


def test_a_clear_change_inside_the_period_is_named_with_its_range(qapp, db):
    for i in range(90):
        day = NINETY.first + timedelta(days=i)
        save_checkin(db, CheckIn(day, mood=5), TEST_NOW)
        for k in range(3 if i < 28 else 1):
            spasm(db, day, intensity=8 if i < 28 else 3, hour=8 + k)
    text = flat(build_report(db, ReportOptions(NINETY), TEST_NOW))
    assert re.search(r"Spasms per tracked day .*about 0\.33 times as many \(0\.\d+ to 0\.\d+ times\)", text)
    assert re.search(r"about 5 points lower \(5 to 5 lower\)", text)


def test_checkin_averages_include_stress_and_water(qapp, db):
    save_checkin(db, CheckIn(LAST, stress=7, water_glasses=6), TEST_NOW)
    save_checkin(db, CheckIn(LAST - timedelta(days=1), stress=3, water_glasses=8), TEST_NOW)
    text = flat(build_report(db, ReportOptions(NINETY), TEST_NOW))
    assert re.search(r"Stress \(0–10, 10 = worst\) 5 2\b", text)
    assert re.search(r"Glasses of water 7 2\b", text)


def test_features_never_used_are_named_as_not_used(qapp, db):
    ten_tracked_days(db)
    text = flat(build_report(db, ReportOptions(NINETY), TEST_NOW))
    assert "You have not used Pacing (the break timer)." in text
    assert "You have not used Relax (relaxation audio and breathing)." in text
    assert "Breaks and spasms: not enough data" not in text


def test_triggers_are_rates_from_checkins_and_episode_only_notes_are_counts(qapp, db):
    for i in range(60):
        day = LAST - timedelta(days=i)
        # One day in three: stress every other day would make "stress today"
        # the exact opposite of "stress the day before", which the model also
        # weighs, and no record can tell those two apart.
        stressed = i % 3 == 0
        save_checkin(db, CheckIn(day, mood=5, triggers=frozenset({"stress"}) if stressed else frozenset()), TEST_NOW)
        for k in range(3 if stressed else 1):
            spasm(db, day, hour=8 + k, triggers=frozenset({"cold"}) if k == 0 else frozenset())
    text = flat(build_report(db, ReportOptions(NINETY), TEST_NOW))
    assert re.search(r"Stress .*3× \(\d\.\d+ to \d\.\d+\)", text)
    assert re.search(r"20 days with it: 60 spasms; 40 days without: 40 spasms", text)
    assert re.search(r"Cold: noted on 60 spasms", text)


def test_what_helped_needs_ten_ratings_and_shows_a_range(qapp, db):
    for i in range(12):
        spasm(db, LAST - timedelta(days=i), reliefs=(ReliefTried("heat", "yes" if i < 9 else "no"),
                                                     ReliefTried("rest", "yes")) if i < 3 else
              (ReliefTried("heat", "yes" if i < 9 else "no"),))
    text = flat(build_report(db, ReportOptions(NINETY), TEST_NOW))
    assert re.search(r"Heat helped 9 of 12 times \(\d+ % to \d+ %\)", text)
    assert re.search(r"Rest rated 3 times: too few to say", text)


def test_the_weekly_chart_draws_rates_over_tracked_days_gaps_and_intensity_on_its_own_axis(qapp, db, monkeypatch):
    from PySide6.QtGui import QImage

    from fibro_desktop.ui.charts import report_sections

    calls = []

    def capture(days, bars, lines, **kwargs):
        calls.append((days, bars, lines, kwargs))
        return QImage(10, 10, QImage.Format.Format_RGB32)

    monkeypatch.setattr(report_sections, "time_chart", capture)
    ten_tracked_days(db)
    save_checkin(db, CheckIn(NINETY.first, mood=5), TEST_NOW)
    build_report(db, ReportOptions(NINETY), TEST_NOW)
    days, bars, lines, kwargs = calls[0]
    assert lines == []  # nothing on the spasm-count axis but the bars
    (label, intensity), = kwargs["right_lines"]
    assert label == "typical intensity" and "0–10" in kwargs["right_title"] and max(v for v in intensity if v) == 5
    assert bars[0] == 0.0 and kwargs["partial"][0]  # Thu 27 Aug: the week's one tracked day, no spasm
    assert bars[1] is None and bars[-4] is None  # untracked weeks are gaps, not zeros
    assert bars[-3] == 0.0 and kwargs["partial"][-3]  # Sun 15 Nov tracked, no spasm
    # Mon 16 to Sun 22 Nov: 7 tracked days; Mon 23 to Tue 24: 2 tracked days, 4 spasms, partial
    assert bars[-2] == 7 * 7 / 7 and not kwargs["partial"][-2]
    assert bars[-1] == 4 * 7 / 2 and kwargs["partial"][-1]


def test_pacing_and_relaxation_compare_with_a_range_when_used(qapp, db):
    from fibro_desktop.demo import fill_demo_data

    fill_demo_data(db, TEST_NOW)
    text = flat(build_report(db, ReportOptions(NINETY), TEST_NOW))
    assert "You have not used" not in text
    range_words = r"(No clear difference \(\d\.\d+ to \d\.\d+ times as many\)|About \d\.\d+ times as many)"
    assert re.search(r"After the days with the most breaks taken \(\d+ days\): [^.]*\.\d* spasms? the next day"
                     r".*?" + range_words, text)
    assert re.search(r"The day after a relaxation session \(\d+ days\): .*?" + range_words, text)


def test_a_new_journal_says_which_features_were_never_used(qapp, db):
    spasm(db, LAST)
    text = flat(build_report(db, ReportOptions(NINETY), TEST_NOW))
    for words in ("You have not used Pacing (the break timer).", "You have not used the medication log.",
                  "You have not used the daily check-in.", "You have not used the daily check-in, where triggers"):
        assert words in text
    assert "Hours of sleep" not in text


def test_features_used_before_the_period_say_none_in_this_period(qapp, db):
    save_checkin(db, CheckIn(date(2026, 1, 5), mood=5), TEST_NOW)
    spasm(db, LAST)
    text = flat(build_report(db, ReportOptions(NINETY), TEST_NOW))
    assert "No check-ins in this period." in text and "You have not used the daily check-in" not in text
