"""The Charts texts reach a translator (the project's string extractor)."""

import sys

import pytest

from tests.conftest import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "packaging"))
import extract_strings  # noqa: E402


@pytest.mark.parametrize("text", [
    "Spasms over time",                      # a card title
    "Typical recovery time",                 # a measure of the difference (marked constant)
    "could be chance",                       # a trigger that does not stand out
    "Sleep quality",                         # a legend entry (marked constant)
    "%n days",                               # a plural form
    "Spasm record for my provider",          # the report
    "Save PDF…",                             # the report dialog
])
def test_charts_texts_are_found_under_their_context(text):
    found, problems = extract_strings.collect()
    assert not [p for p in problems if "charts" in p]
    assert text in found["Charts"]
