"""Fixtures for data-safety tests: a database with journal-like data."""

import pytest

from tests.conftest import TEST_NOW
from tests.data_safety import journal_schema


@pytest.fixture
def journal_db(db):
    """The test database with the journal tables and a month of rows."""
    journal_schema.fill(db, TEST_NOW)
    return db


@pytest.fixture
def small_db(db):
    """The journal tables with a few days of rows (for many fuzz runs)."""
    journal_schema.fill(db, TEST_NOW, days=3)
    return db


def pytest_collection_modifyitems(config, items):
    """Leave this folder's ``slow`` tests out unless ``-m`` asks for them."""
    if config.getoption("-m"):
        return
    here = str(__import__("pathlib").Path(__file__).parent)
    items[:] = [i for i in items if not (str(i.fspath).startswith(here) and i.get_closest_marker("slow"))]
