"""Fixtures for the journal's daily widgets: shared data events."""

import pytest


@pytest.fixture
def events(qapp):
    from fibro_desktop.ui.events import DataEvents

    return DataEvents()
