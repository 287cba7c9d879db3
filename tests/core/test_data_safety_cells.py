"""CSV cells: OWASP formula-injection guard (reversible) and timestamps."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fibro_desktop.core.data_safety.cells import local_iso_to_utc, neutralise, restore, utc_to_local_iso


@pytest.mark.parametrize("dangerous", ["=SUM(A1:A9)", "+1+1", "-2+3", "@cmd", "\tx", "\rx",
                                       "=HYPERLINK(\"http://x\")", "'=already quoted"])
def test_cells_that_a_spreadsheet_would_run_get_an_apostrophe(dangerous):
    assert neutralise(dangerous) == "'" + dangerous
    assert restore(neutralise(dangerous)) == dangerous


@pytest.mark.parametrize("plain", ["", "calf cramp", "it's fine", "'quoted'", "1-2", "a=b", "5"])
def test_ordinary_text_is_left_alone(plain):
    assert neutralise(plain) == plain
    assert restore(plain) == plain


@given(st.text())
def test_restore_undoes_neutralise_for_any_text(text):
    assert restore(neutralise(text)) == text
    assert not neutralise(text).startswith(("=", "+", "-", "@", "\t", "\r"))


def test_timestamps_are_written_in_local_time_with_their_offset():
    assert utc_to_local_iso("2026-11-24T09:00:00", 60) == "2026-11-24T10:00:00+01:00"
    assert utc_to_local_iso("2026-11-24T09:00:00", -300) == "2026-11-24T04:00:00-05:00"
    assert utc_to_local_iso("2026-11-24T09:00:00", None) == "2026-11-24T09:00:00+00:00"
    assert local_iso_to_utc("2026-11-24T04:00:00-05:00") == "2026-11-24T09:00:00"
    assert local_iso_to_utc("2026-11-24T09:00:00Z") == "2026-11-24T09:00:00"


def test_other_text_passes_the_timestamp_functions_unchanged():
    for text in ("", "yesterday", "2026-11-24", "2026-13-45T99:00:00"):
        assert utc_to_local_iso(text, 60) == text
        assert local_iso_to_utc(text) == text
