"""A seeded Toolkit database for the store tests."""

import pytest

from fibro_desktop.core.toolkit.kit import DEFAULT_KIT
from fibro_desktop.core.toolkit.rescue import DEFAULT_PLAN
from fibro_desktop.core.toolkit.routine import DEFAULT_ROUTINE
from fibro_desktop.store.toolkit import seed_defaults
from tests.conftest import TEST_NOW


def seed(db, now=TEST_NOW):
    return seed_defaults(db, now, kit=DEFAULT_KIT, routine=DEFAULT_ROUTINE, plan=DEFAULT_PLAN)


@pytest.fixture
def seeded(db):
    seed(db)
    return db
