"""A search shows, under each result, the words of its note around the
match, so a person sees why it matched without opening it."""

from datetime import timedelta

from fibro_desktop.core.journal.records import Episode
from fibro_desktop.ops import journal as journal_ops
from fibro_desktop.ui.journal.dialogs import JournalDialogs
from fibro_desktop.ui.journal.page import JournalPage
from fibro_desktop.ui.journal.timeline import SnippetRole
from fibro_desktop.ui.operations import run_for
from tests.conftest import TEST_NOW

NOTE = ("Woke at three with the left calf locked. Stretched it against the wall, then heat for a while. "
        "Later the magnesium lotion seemed to help more than anything else this week.")


def test_results_show_the_matching_words_of_the_note(qtbot, app_context):
    ctx = app_context
    page = JournalPage(ctx.db, ctx.clock, ctx.data_events, JournalDialogs(ctx.db, ctx.clock, ctx.data_events,
                                                                          ctx.preferences))
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    for hours, notes in ((1, NOTE), (2, "a quiet day")):
        episode = Episode(started=TEST_NOW - timedelta(hours=hours), kind="cramp", intensity=5, notes=notes)
        run_for(ctx.data_events, lambda e=episode: journal_ops.save_episode(ctx.db, e, TEST_NOW), origin=None)
    first = page.model.index(0, 0)
    assert first.data(SnippetRole) is None  # no search, no extra line
    plain_height = page.view.sizeHintForIndex(first).height()
    with qtbot.waitSignal(page.filters.changed):
        page.filters.search.setText("MAGNESIUM")
    assert page.model.total() == 1
    first = page.model.index(0, 0)
    found = first.data(SnippetRole)
    assert found.match == "magnesium" and "lotion" in found.after and found.before.startswith("…")
    assert "magnesium lotion" in first.data()  # what a screen reader hears too
    assert page.view.sizeHintForIndex(first).height() > plain_height  # room for the second line
    assert not page.view.viewport().grab().isNull()  # the delegate draws it without trouble
