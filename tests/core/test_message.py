"""A sentence for a person kept translatable below Qt (core/message.py, issue 20)."""

from fibro_desktop.core.message import Message, PersonError, fill, message_of, messages


def test_fill_puts_each_value_in_its_place_in_one_pass():
    assert fill("%2 before %1", "a", "b") == "b before a"
    assert fill("%1 and %2", "%2", "x") == "%2 and x"  # a value is never filled again
    assert fill("%1 of %3", "one") == "one of %3"      # a place without a value stays
    assert fill("%10 and %1", *"abcdefghij") == "j and a"


def test_a_message_keeps_its_context_text_and_values_and_reads_in_english():
    _msg = messages("backups")
    inner = _msg("The data file %1 is damaged: %2.", "/data/fibro.sqlite3", "page 3")
    outer = _msg("This backup cannot be restored. %1", inner)
    assert outer == Message("backups", "This backup cannot be restored. %1", (inner,))
    assert outer.english() == str(outer) == (
        "This backup cannot be restored. The data file /data/fibro.sqlite3 is damaged: page 3.")


def test_an_error_for_a_person_carries_its_message_and_reads_in_english():
    message = messages("protection")("Please choose a passphrase of at least %1 characters.", 8)
    error = PersonError(message)
    assert error.message is message and message_of(error) is message
    assert str(error) == "Please choose a passphrase of at least 8 characters."
    plain = PersonError("Already final.")  # a plain text: no context, never looked up
    assert plain.message == Message("", "Already final.")
    assert message_of(OSError(28, "No space left on device")) == Message("", "[Errno 28] No space left on device")
