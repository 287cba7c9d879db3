"""Fixtures for the journal tests: shared data events, and the Journal page
with its dialogs on a real data folder (``journal``)."""

import pytest


@pytest.fixture
def events(qapp):
    from fibro_desktop.ui.events import DataEvents

    return DataEvents()


@pytest.fixture
def journal(qtbot, app_context):
    """The Journal page shown at 1000×700, its dialogs and the app context."""
    from fibro_desktop.ui.journal.dialogs import JournalDialogs
    from fibro_desktop.ui.journal.page import JournalPage

    ctx = app_context
    dialogs = JournalDialogs(ctx.db, ctx.clock, ctx.data_events, ctx.preferences)
    page = JournalPage(ctx.db, ctx.clock, ctx.data_events, dialogs)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    return page, dialogs, ctx
