"""The pure row rules an import applies (no database, no Qt)."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from fibro_desktop.core.data_safety.rows import RowChecker, check_row, clean_row, parse_day, parse_instant
from fibro_desktop.core.text import clean_text, strip_bidi_controls

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=timezone(timedelta(hours=1)))
EPISODE = {"id": 1, "uid": "u", "started_utc": "2026-11-24T08:00:00", "started_offset_min": 60,
           "day": "2026-11-24", "ongoing": 0, "kind": "cramp", "intensity": 4, "duration_s": 60,
           "recovery_s": None, "activity": None, "sleep_state": None, "doing": "", "impact_sleep": None,
           "impact_mood": None, "impact_mobility": None, "notes": "", "complete": 1,
           "created_utc": "2026-11-24T08:00:00", "updated_utc": "2026-11-24T08:00:00"}


def test_a_good_episode_passes():
    assert check_row("episode", dict(EPISODE), NOW) is None


@pytest.mark.parametrize("change, field", [
    ({"started_utc": "2026-11-24 08:00"}, "started_utc"),
    ({"started_utc": "1899-12-31T23:00:00"}, "started_utc"),
    ({"started_utc": "2026-11-26T08:00:00", "day": "2026-11-26"}, "started_utc"),
    ({"started_offset_min": 841}, "started_offset_min"),
    ({"started_offset_min": None}, "started_offset_min"),
    ({"day": "2026-11-23"}, "day"),
    ({"day": "20261124"}, "day"),
    ({"kind": "Cramp"}, "kind"),
    ({"intensity": -1}, "intensity"),
    ({"complete": 2}, "complete"),
    ({"notes": "x" * 10_001}, "notes"),
])
def test_each_broken_rule_names_its_column(change, field):
    row = dict(EPISODE, **change)
    problem = check_row("episode", row, NOW)
    assert problem is not None and problem[0] == field and problem[1]


def test_a_day_ahead_is_allowed_for_other_clocks_but_not_more():
    assert check_row("checkin", {"day": "2026-11-25", "mood": 5}, NOW) is None
    assert check_row("checkin", {"day": "2026-11-26", "mood": 5}, NOW)[0] == "day"


def test_tables_the_rules_do_not_know_still_get_the_checks_by_column_name():
    assert check_row("later_table", {"seen_utc": "soon", "x": 1}, NOW)[0] == "seen_utc"
    assert check_row("later_table", {"day": "2026-02-30"}, NOW)[0] == "day"
    assert check_row("later_table", {"archived": 3}, NOW)[0] == "archived"
    assert check_row("later_table", {"anything": "goes"}, NOW) is None


def test_child_rows_are_checked_once_per_distinct_value():
    check = RowChecker("episode_muscle", ["id", "episode_id", "muscle", "side"], NOW)
    assert check({"id": 1, "episode_id": 1, "muscle": "neck", "side": None}) is None
    assert check({"id": 2, "episode_id": 2, "muscle": "neck", "side": "left"})[0] == "muscle"
    assert check({"id": 3, "episode_id": 3, "muscle": "calves", "side": "left"}) is None
    assert len(check.memo) == 3


def test_parsers_accept_only_the_stored_forms():
    assert parse_instant("2026-11-24T08:00:00") == datetime(2026, 11, 24, 8, tzinfo=UTC)
    assert parse_instant("2026-11-24T08:00:00+01:00") is None
    assert parse_day("2026-11-24").isoformat() == "2026-11-24"
    assert parse_day("24/11/2026") is None


def test_direction_overrides_go_right_to_left_text_stays():
    assert strip_bidi_controls("a\u202eb\u2066c\u2069d\u202a") == "abcd"
    assert clean_text("שלום \u202e") == "שלום"
    assert clean_row({"uid": "u\u202e", "title": "t\u202e", "n": 1}) == {"uid": "u\u202e", "title": "t", "n": 1}


def test_an_imported_relief_that_did_not_help_has_no_minutes_to_relief():
    row = {"id": 1, "episode_id": 1, "relief": "heat", "helped": "no", "minutes_to_relief": 12}
    assert check_row("episode_relief", row, NOW)[0] == "minutes_to_relief"
    assert check_row("episode_relief", dict(row, minutes_to_relief=None), NOW) is None
    assert check_row("episode_relief", dict(row, helped="yes"), NOW) is None


def test_a_check_in_warning_sign_must_be_one_the_app_knows():
    assert check_row("checkin_warning", {"id": 1, "checkin_id": 1, "symptom": "numbness"}, NOW) is None
    problem = check_row("checkin_warning", {"id": 1, "checkin_id": 1, "symptom": "tired"}, NOW)
    assert problem is not None and problem[0] == "symptom"
