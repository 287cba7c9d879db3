"""The Charts insights as a person reads them (issue 15, "Honest numbers"):
a planted trigger effect and a no-effect trigger, triggers noted only on
spasm entries, too little data, a record that ended long ago, and what
helped ranked by the lower end of its range."""

from datetime import timedelta

import pytest
from PySide6.QtGui import QTextDocument

from fibro_desktop.core.insights.periods import Period
from fibro_desktop.core.insights.trigger_rates import trigger_table
from tests.charts_data_set import fill_known
from tests.charts_journals import TRIGGER_IDS, write_old_record, write_planted, write_reliefs
from tests.conftest import TEST_NOW
from tests.core.insights.planted import NO_EFFECT, NOTED_ONLY, planted_world

SEED = 0


def open_insights(shell, choice="all", custom=None):
    page = shell.window.show_tab("charts")
    page.finish_building()
    page.set_period(choice, custom)
    page.show_insights_card()
    return page


def section(page, key):
    return page.insights_card.sections[key].text()


def plain(html: str) -> str:
    """The text a person reads (no markup)."""
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def trigger_row(html: str, label: str) -> str:
    """The table row of one trigger."""
    start = html.index(f"<td>{label}</td>")
    return html[start:html.index("</tr>", start)]


@pytest.fixture
def planted(db):
    journal = planted_world(SEED)["checkin"]
    write_planted(db, journal)
    return journal


def test_a_planted_trigger_stands_out_and_a_harmless_one_could_be_chance(shell, planted):
    page = open_insights(shell)
    html = section(page, "triggers")
    stress = trigger_row(html, "Stress or worry")
    same_day = stress.split("</td>")[1]
    assert "times as many spasms" in same_day and "stands out in your record" in same_day
    assert "could be chance" not in same_day
    rate = next(r for r in page.insights.triggers.rates if r.trigger == "stress" and r.window == "same_day")
    assert 1.8 * 0.8 <= rate.adjusted.ratio <= 1.8 * 1.2  # planted: ×1.8
    # The counts behind it are on the line.
    assert f"with it: {rate.exposed_days} days, {rate.exposed_spasms} spasms" in same_day
    assert f"without: {rate.other_days} days, {rate.other_spasms} spasms" in same_day
    coffee = trigger_row(html, "Coffee")
    assert coffee.count("could be chance") == 2 and "stands out" not in coffee
    assert "Talk them over with your doctor or care team" in page.insights_card.care_note.text()


def test_a_trigger_noted_only_on_spasm_entries_shows_its_count_not_a_ratio(shell, planted):
    html = section(open_insights(shell), "triggers")
    count = planted.episode_notes[NOTED_ONLY]
    assert f"Loud noise (noted on {count} spasms)" in html
    assert "<td>Loud noise</td>" not in html  # no row, no ratio
    assert "always comes with a spasm" in html and "tick it in your daily check-in" in html


def test_the_tab_and_the_benchmark_compute_triggers_through_the_same_core(shell, planted):
    """What the person sees equals trigger_table on the planted journal
    itself (as benchmarks/insights_planted.py runs it): the store hands over
    check-in triggers only, spasms per day and spasm-entry counts."""
    page = open_insights(shell)
    rename = TRIGGER_IDS.__getitem__
    expected = trigger_table({d: frozenset(map(rename, ts)) for d, ts in planted.checkins.items()},
                             planted.spasms, {rename(t): n for t, n in planted.episode_notes.items()})
    assert page.insights.triggers == expected
    assert page.insights.triggers.noted_only == {"own:Loud noise": planted.episode_notes[NOTED_ONLY]}
    assert any(r.trigger == TRIGGER_IDS[NO_EFFECT] for r in expected.rates)


def test_too_little_data_says_only_not_enough_data_yet(shell, db):
    fill_known(db, TEST_NOW)  # a few spasms and two check-ins
    page = open_insights(shell)
    for key in ("triggers", "difference", "reliefs"):
        html = plain(section(page, key))
        assert "not enough data yet" in html or "too few ratings to say yet" in html, key
        for claim in ("times as many", "times as long", "could be chance", "stands out", "no clear change",
                      "higher (", "lower (", "%"):
            assert claim not in html, (key, claim)


def test_a_record_that_ended_two_years_ago_still_measures_the_difference(shell, db):
    last = TEST_NOW.date() - timedelta(days=730)
    write_old_record(db, last)
    page = open_insights(shell)
    html = section(page, "difference")
    baseline, recent = page.insights.difference.baseline, page.insights.difference.recent
    assert recent.period.last == last and baseline.period.first == last - timedelta(days=119)
    assert (baseline.tracked_days, baseline.spasms, recent.tracked_days, recent.spasms) == (28, 84, 28, 28)
    assert "28 tracked days, 84 spasms" in html and "28 tracked days, 28 spasms" in html
    assert "3 (84 on 28 days)" in html and "1 (28 on 28 days)" in html
    assert "fewer: about 0.33 times as many" in html
    assert "about 3 points lower" in html  # intensity 7 then 4
    mood = next(line for line in html.split("</tr>") if "Mood" in line)
    assert "no clear change" in mood  # the same every day
    assert "Sleep quality" not in html  # never recorded: no empty row
    # A chosen period: its own ends (clipped to the recorded days).
    window = Period(last - timedelta(days=69), last + timedelta(days=30))
    page.set_period("custom", window)
    page.show_insights_card()
    assert page.insights.difference.baseline.period.first == window.first
    assert page.insights.difference.recent.period.last == last
    # The last 90 days hold nothing: said calmly, with the way out.
    page.set_period("90")
    page.show_insights_card()
    assert page.insights.difference is None
    assert "Not enough data yet" in section(page, "difference") and "Everything" in section(page, "difference")


def test_what_helped_ranks_45_of_50_above_9_of_9(shell, db):
    write_reliefs(db, TEST_NOW.date() - timedelta(days=3),
                  {"gentle_stretch": (9, 9), "heat": (45, 50), "massage": (6, 12)})
    html = section(open_insights(shell), "reliefs")
    heat = html.index("Heat")
    stretch = html.index("Gentle stretch")
    massage = html.index("Massage")
    assert heat < massage < stretch  # ranked by the lower end; 9 ratings are too few to rank
    assert "helped 45 of 50 times (79 % to 96 %)" in html
    assert "helped 9 of 9 times: too few ratings to say yet (10 needed)" in html
