"""The one translation helper (``ui/translate.py``): Qt's %1 placeholders,
filled after the lookup."""

from fibro_desktop.ui.translate import fill, translator


def test_placeholders_are_filled_in_one_pass_in_any_order():
    assert fill("%2 of %1", 8, 3) == "3 of 8"
    assert fill("%1% of the highest", 40) == "40% of the highest"
    assert fill("“%1” was deleted.", "Take %2 now") == "“Take %2 now” was deleted."  # a value is not refilled
    assert fill("%1 and %3", "a") == "a and %3"


def test_a_translator_looks_up_the_fixed_text_in_its_context(qapp):
    tr = translator("Toolkit")
    assert tr.context == "Toolkit"
    assert tr("Step %1 of %2", 2, 6) == "Step 2 of 6"
    assert tr("") == ""
