"""Kinds as enums (issue 14): the values are the words stored and logged
before, so old data reads the same and nothing in the file changes."""

from fibro_desktop.core.pacing.types import EventKind
from fibro_desktop.core.toolkit.routine import AUTO_KINDS, DEFAULT_ROUTINE, RoutineKind, routine_kind


def test_routine_kinds_keep_their_stored_words():
    assert [kind.value for kind in RoutineKind] == [
        "water", "minerals", "morning_stretch", "evening_stretch", "warmth", "relaxation",
        "position_changes", "pacing"]
    assert [d.kind for d in DEFAULT_ROUTINE] == list(RoutineKind)
    assert AUTO_KINDS == {"relaxation", "position_changes", "water", "warmth", "morning_stretch", "evening_stretch"}


def test_a_stored_word_reads_back_as_its_kind_and_an_own_item_has_none():
    assert routine_kind("water") is RoutineKind.WATER
    assert routine_kind(None) is None
    assert routine_kind("a kind from a newer version") is None  # shown as one's own item


def test_pacing_event_kinds_keep_their_words():
    assert {kind.value for kind in EventKind} == {
        "notice", "due", "started", "ended", "natural", "reminder", "limit", "paused", "resumed", "day_ended"}
