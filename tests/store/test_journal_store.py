"""Journal store on a real SQLite file: round trips, all-or-nothing writes,
browsing filters, undo of delete, check-ins, medications and red flags."""

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fibro_desktop.core import vocabulary as v
from fibro_desktop.core.journal.records import (
    CheckIn,
    Dose,
    Episode,
    EpisodeFilter,
    Medication,
    ReliefTried,
)
from fibro_desktop.core.journal.validation import InvalidEntry
from fibro_desktop.store import checkins, journal, medications, red_flags
from tests.conftest import TEST_NOW


def full_episode(**changes) -> Episode:
    base = dict(
        started=TEST_NOW - timedelta(hours=3), kind="tonic", intensity=7, duration_s=1800,
        recovery_s=5400, muscles=frozenset({("neck", None), ("shoulders", "left")}),
        activity="light", sleep_state="awake", doing="Typing a long report 📝",
        triggers=frozenset({"stress", "own:Cold office"}),
        reliefs=(ReliefTried("heat", "yes", 15), ReliefTried("own:Hot shower", "a_little", None)),
        impact_sleep=2, impact_mood=6, impact_mobility=4, warnings=frozenset({"rapid_heart_rate"}),
        notes="עברית and English",
    )
    base.update(changes)
    return Episode(**base)


def table_counts(db):
    return {t: db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("episode", "episode_muscle", "episode_trigger", "episode_relief", "episode_warning")}


def test_a_full_episode_survives_save_and_reload(db):
    saved = journal.save_episode(db, full_episode(), TEST_NOW)
    assert saved.uid
    assert journal.get_episode(db, saved.uid) == saved


def test_the_local_offset_is_kept_exactly_across_zones(db):
    tokyo = datetime(2026, 11, 20, 23, 30, tzinfo=timezone(timedelta(hours=9)))
    saved = journal.save_episode(db, full_episode(started=tokyo), TEST_NOW)
    loaded = journal.get_episode(db, saved.uid)
    assert loaded.started == tokyo and loaded.started.utcoffset() == timedelta(hours=9)
    assert loaded.day == date(2026, 11, 20)  # the day the person saw, not the UTC day


def test_an_invalid_episode_writes_nothing(db):
    with pytest.raises(InvalidEntry) as caught:
        journal.save_episode(db, full_episode(intensity=12, started=TEST_NOW + timedelta(hours=2)), TEST_NOW)
    assert set(caught.value.errors) >= {"intensity", "started"}
    assert set(table_counts(db).values()) == {0}


def test_a_failure_midway_leaves_the_old_version_whole(db, monkeypatch):
    saved = journal.save_episode(db, full_episode(), TEST_NOW)

    def broken(*_args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(journal, "_insert_children", broken)
    with pytest.raises(RuntimeError):
        journal.save_episode(db, full_episode(uid=saved.uid, intensity=2), TEST_NOW)
    monkeypatch.undo()
    assert journal.get_episode(db, saved.uid) == saved


def test_edit_replaces_children(db):
    saved = journal.save_episode(db, full_episode(), TEST_NOW)
    edited = journal.save_episode(db, full_episode(uid=saved.uid, muscles=frozenset({("calves", "right")}),
                                                   reliefs=(), triggers=frozenset()), TEST_NOW)
    assert journal.get_episode(db, saved.uid) == edited
    assert table_counts(db)["episode_muscle"] == 1 and table_counts(db)["episode"] == 1


def test_delete_then_restore_gives_back_the_same_episode(db):
    saved = journal.save_episode(db, full_episode(), TEST_NOW)
    deleted = journal.delete_episode(db, saved.uid)
    assert journal.get_episode(db, saved.uid) is None
    assert set(table_counts(db).values()) == {0}  # children went with it
    journal.restore_episode(db, deleted, TEST_NOW)
    assert journal.get_episode(db, saved.uid) == saved


def test_timeline_pages_newest_first_and_filters(db):
    for hours, kind, muscle in ((1, "cramp", ("calves", "left")), (30, "tonic", ("neck", None)),
                                (60, "cramp", ("neck", None))):
        journal.save_episode(db, Episode(started=TEST_NOW - timedelta(hours=hours), kind=kind, intensity=4,
                                         muscles=frozenset({muscle}), notes=f"note {kind} Ärger",
                                         triggers=frozenset({"cold"} if kind == "tonic" else set())), TEST_NOW)
    rows = journal.episode_rows(db, EpisodeFilter(), 0, 10)
    assert [r.started for r in rows] == sorted((r.started for r in rows), reverse=True)
    assert journal.count_episodes(db, EpisodeFilter(kinds=frozenset({"cramp"}))) == 2
    assert journal.count_episodes(db, EpisodeFilter(muscle="neck")) == 2
    assert journal.count_episodes(db, EpisodeFilter(trigger="cold")) == 1
    assert journal.count_episodes(db, EpisodeFilter(text="TONIC")) == 1
    assert journal.count_episodes(db, EpisodeFilter(text="ärger")) == 3
    assert journal.count_episodes(db, EpisodeFilter(first_day=TEST_NOW.date())) == 1
    assert [r.kind for r in journal.episode_rows(db, EpisodeFilter(), 1, 1)] == ["tonic"]


# -- property: any valid episode survives save, reload and edit ---------------------
sided = sorted(v.SIDED_MUSCLE_GROUPS)
unsided = sorted({t.id for t in v.MUSCLE_GROUPS} - v.SIDED_MUSCLE_GROUPS)
spots = st.one_of(st.tuples(st.sampled_from(sided), st.sampled_from(["left", "right", "both"])),
                  st.tuples(st.sampled_from(unsided), st.none()))
safe_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                    max_size=60).map(str.strip)
own_terms = safe_text.filter(lambda s: 0 < len(s) and s == s.strip()).map(lambda s: "own:" + s)
scales = st.one_of(st.none(), st.integers(0, 10))
offsets = st.integers(-12 * 4, 14 * 4).map(lambda q: timezone(timedelta(minutes=15 * q)))

valid_episodes = st.builds(
    lambda minutes_ago, tz, **kw: Episode(started=(TEST_NOW - timedelta(minutes=minutes_ago)).astimezone(tz), **kw),
    minutes_ago=st.integers(24 * 60, 400 * 24 * 60), tz=offsets,
    kind=st.sampled_from([t.id for t in v.SPASM_KINDS]), intensity=st.integers(0, 10),
    ongoing=st.booleans(), duration_s=st.one_of(st.none(), st.integers(0, 86400)),
    recovery_s=st.one_of(st.none(), st.integers(0, 86400)), muscles=st.frozensets(spots, max_size=5),
    activity=st.one_of(st.none(), st.sampled_from([t.id for t in v.ACTIVITY_LEVELS])),
    sleep_state=st.one_of(st.none(), st.sampled_from([t.id for t in v.SLEEP_STATES])),
    doing=safe_text,
    triggers=st.frozensets(st.one_of(st.sampled_from([t.id for t in v.TRIGGERS]), own_terms), max_size=4),
    reliefs=st.lists(st.builds(ReliefTried, st.sampled_from([t.id for t in v.RELIEFS]),
                               st.one_of(st.none(), st.sampled_from(["yes", "a_little", "no"])),
                               st.one_of(st.none(), st.integers(0, 1440)))
                     # Something that did not help has no time to relief.
                     .map(lambda r: ReliefTried(r.relief, r.helped, None) if r.helped == "no" else r),
                     max_size=4, unique_by=lambda r: r.relief).map(tuple),
    impact_sleep=scales, impact_mood=scales, impact_mobility=scales,
    warnings=st.frozensets(st.sampled_from([t.id for t in v.WARNING_SYMPTOMS]), max_size=3),
    notes=safe_text, complete=st.booleans(),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=valid_episodes, second=valid_episodes)
def test_random_valid_episodes_survive_save_reload_and_edit(db, first, second):
    saved = journal.save_episode(db, first, TEST_NOW)
    assert journal.get_episode(db, saved.uid) == saved
    edited = journal.save_episode(db, Episode(**{**second.__dict__, "uid": saved.uid}), TEST_NOW)
    assert journal.get_episode(db, saved.uid) == edited


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(good=valid_episodes, intensity=st.one_of(st.integers(max_value=-1), st.integers(min_value=11)),
       ahead=st.integers(10, 10_000))
def test_random_invalid_episodes_are_refused_with_nothing_written(db, good, intensity, ahead):
    before = table_counts(db)
    for bad in (Episode(**{**good.__dict__, "intensity": intensity}),
                Episode(**{**good.__dict__, "started": TEST_NOW + timedelta(minutes=ahead)})):
        with pytest.raises(InvalidEntry):
            journal.save_episode(db, bad, TEST_NOW)
    assert table_counts(db) == before


def test_checkin_is_one_per_day_and_editable(db):
    day = TEST_NOW.date()
    first = checkins.save_checkin(db, CheckIn(day=day, overall_pain=6, triggers=frozenset({"cold", "stress"})),
                                  TEST_NOW)
    again = checkins.save_checkin(db, CheckIn(day=day, overall_pain=3, triggers=frozenset({"cold"})), TEST_NOW)
    assert again.uid == first.uid
    assert checkins.checkin_for_day(db, day) == again
    assert checkins.checkin_for_day(db, day - timedelta(days=1)) is None
    with pytest.raises(InvalidEntry):
        checkins.save_checkin(db, CheckIn(day=day + timedelta(days=1)), TEST_NOW)


def test_medication_and_dose_round_trip(db):
    med = medications.save_medication(db, Medication(" Magnesium ", "powder", "one scoop"), TEST_NOW)
    assert medications.medications(db) == [med] and med.name == "Magnesium"
    dose = medications.save_dose(db, Dose(med.uid, TEST_NOW - timedelta(hours=1), amount="one scoop",
                                          side_effects="none", helped="a_little"), TEST_NOW)
    assert medications.doses_between(db, TEST_NOW.date(), TEST_NOW.date()) == [(dose, "Magnesium")]
    archived = Medication(med.name, med.form, med.usual_amount, archived=True, uid=med.uid)
    medications.save_medication(db, archived, TEST_NOW)
    assert medications.medications(db) == []
    assert len(medications.medications(db, include_archived=True)) == 1
    with pytest.raises(InvalidEntry):
        medications.save_dose(db, Dose("no-such-medication", TEST_NOW), TEST_NOW)


def test_red_flags_are_stored_once_and_acknowledged(db):
    journal.save_episode(db, full_episode(warnings=frozenset({"numbness"})), TEST_NOW)
    new = red_flags.check_red_flags(db, TEST_NOW)
    assert [f.rule for f in new] == ["neuro_signs"]
    assert red_flags.check_red_flags(db, TEST_NOW + timedelta(hours=1)) == []
    assert [f.uid for f in red_flags.open_red_flags(db)] == [new[0].uid]
    red_flags.acknowledge_red_flag(db, new[0].uid, TEST_NOW)
    assert red_flags.open_red_flags(db) == []
    kept = red_flags.red_flags_between(db, TEST_NOW.date() - timedelta(days=1), TEST_NOW.date())
    assert kept[0].acknowledged is not None
