"""A pacing driver on a fake clock with short intervals, and its panel."""

import pytest

from fibro_desktop.ui import preferences as prefs


@pytest.fixture
def quick_prefs(app_context):
    p = app_context.preferences
    p.set(prefs.PACING_MICRO_EVERY_MIN, 1)
    p.set(prefs.PACING_MICRO_LENGTH_S, 10)
    p.set(prefs.PACING_MOVEMENT_EVERY_MIN, 5)
    p.set(prefs.PACING_MOVEMENT_LENGTH_MIN, 1)
    p.set(prefs.PACING_RECOVERY_LENGTH_MIN, 2)
    return p


@pytest.fixture
def driver(app_context, quick_prefs, qtbot):
    from fibro_desktop.ui.pacing.driver import PacingDriver

    d = PacingDriver(app_context.db, app_context.clock, quick_prefs, app_context.data_events,
                     app_context.intents)
    yield d
    d.machine = None  # stop before the database closes


@pytest.fixture
def panel(driver, quick_prefs, qtbot):
    from fibro_desktop.ui.pacing.panel import BreakPanel

    p = BreakPanel(driver, quick_prefs)
    qtbot.addWidget(p)
    return p


def advance(clock, driver, seconds):
    """Let ``seconds`` pass and wake the driver as its timer would."""
    clock.advance(seconds)
    driver.poll()
