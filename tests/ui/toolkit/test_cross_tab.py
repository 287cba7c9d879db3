"""Other tabs tick today's routine through ``intents.routine_progress``:
the real pacing driver and break panel, connected as the wiring does."""

import pytest

from fibro_desktop.store import routine as routine_store
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.wiring import toolkit as wiring
from tests.ui.pacing.conftest import advance, driver, panel, quick_prefs  # noqa: F401 (fixtures)


@pytest.fixture
def toolkit_listening(app_context):
    wiring.seed(app_context)
    app_context.intents.routine_progress.connect(
        lambda progress: wiring.record_progress(app_context, progress.kind, progress.amount))
    return app_context


def amount(ctx, kind):
    return routine_store.routine_day(ctx.db, ctx.clock.now().date()).line_for_kind(kind).amount


def test_a_break_taken_in_pacing_counts_as_a_change_of_position(toolkit_listening, driver, panel, clock):
    advance(clock, driver, 60)
    advance(clock, driver, 6)  # "I did it" counts once most of the ten-second pause has passed
    panel.did_it_button.click()
    assert amount(toolkit_listening, "position_changes") == 1


def test_a_glass_from_the_pacing_water_reminder_counts_towards_water(toolkit_listening, driver, panel, clock,
                                                                    quick_prefs):
    quick_prefs.set(prefs.PACING_MICRO_EVERY_MIN, 0)
    quick_prefs.set(prefs.PACING_MOVEMENT_EVERY_MIN, 0)
    quick_prefs.set(prefs.PACING_WATER_EVERY_MIN, 20)
    driver.reminder.connect(panel.show_reminder)
    advance(clock, driver, 20 * 60)
    panel.water_button.click()
    assert amount(toolkit_listening, "water") == 1
