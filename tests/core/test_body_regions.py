"""The body map's region table follows the vocabulary."""

import pytest

from fibro_desktop.core import body_regions as br
from fibro_desktop.core.vocabulary import MUSCLE_GROUPS, SIDED_MUSCLE_GROUPS


def test_every_muscle_group_has_its_regions_and_a_view():
    expected = set()
    for term in MUSCLE_GROUPS:
        if term.id in SIDED_MUSCLE_GROUPS:
            expected |= {(term.id, "left"), (term.id, "right")}
        else:
            expected.add((term.id, None))
        assert br.VIEWS[term.id], term.id
    assert {r.key for r in br.REGIONS} == expected
    assert len(br.REGIONS) == len(expected)  # no duplicates


def test_both_sides_and_missing_side_expand_to_left_and_right():
    assert br.normalize_selection([("calves", "both")]) == {("calves", "left"), ("calves", "right")}
    assert br.normalize_selection([("calves", None)]) == {("calves", "left"), ("calves", "right")}
    assert br.normalize_selection([("neck", "left"), ("neck", None)]) == {("neck", None)}


@pytest.mark.parametrize("item", [("tail", None), ("calves", "middle"), ("neck", "up")])
def test_unknown_ids_are_refused(item):
    with pytest.raises(ValueError):
        br.normalize_selection([item])


def test_heat_is_clamped_and_the_larger_value_wins():
    heat = br.normalize_heat({("calves", "both"): 0.3, ("calves", "left"): 0.9, ("neck", None): 4,
                              ("jaw", "right"): -1})
    assert heat == {("calves", "left"): 0.9, ("calves", "right"): 0.3, ("neck", None): 1.0,
                    ("jaw", "right"): 0.0}


def test_sorted_keys_run_head_to_toe():
    keys = [("feet", "left"), ("neck", None), ("jaw", "left"), ("jaw", "right")]
    assert br.sorted_keys(keys) == [("jaw", "right"), ("jaw", "left"), ("neck", None), ("feet", "left")]
