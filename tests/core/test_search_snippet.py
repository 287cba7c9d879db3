"""The words around a search match, as the timeline shows them."""

from fibro_desktop.core.journal.search import find_snippet


def test_a_short_note_is_shown_whole_with_the_match_marked():
    found = find_snippet("Calf cramp after the long walk", "LONG")
    assert (found.before, found.match, found.after) == ("Calf cramp after the ", "long", " walk")
    assert found.text == "Calf cramp after the long walk"


def test_a_long_note_is_cut_at_words_around_the_match():
    note = ("Woke at three with the left calf locked. Stretched it against the wall, then heat for a while. "
            "Later in the day the magnesium lotion seemed to help more than anything else this week.")
    found = find_snippet(note, "magnesium", width=50)
    assert found.match == "magnesium"
    assert found.before.startswith("…") and found.after.endswith("…")
    assert len(found.text) <= 60
    assert not found.before[1:].startswith(" ")  # starts at a whole word
    assert note.replace("\n", " ").find(found.text.strip("…")) >= 0


def test_lines_become_one_and_no_match_gives_nothing():
    assert find_snippet("Hot bath\nhelped", "bath").text == "Hot bath helped"
    assert find_snippet("Hot bath", "shower") is None
    assert find_snippet("Hot bath", "  ") is None
    assert find_snippet("", "bath") is None


def test_letters_that_fold_to_two_still_find_the_right_words():
    found = find_snippet("Die Straße war kalt", "STRASSE")
    assert found.match == "Straße" and found.after == " war kalt"
