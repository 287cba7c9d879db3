"""A Toolkit page on a fresh, seeded database."""

import pytest


@pytest.fixture
def page(qtbot, app_context):
    from fibro_desktop.ui.toolkit.page import ToolkitPage
    from fibro_desktop.wiring.toolkit import seed

    seed(app_context)
    built = ToolkitPage(app_context.db, app_context.clock, app_context.data_events, app_context.intents,
                        app_context.preferences)
    qtbot.addWidget(built)
    built.resize(1100, 700)
    built.show()
    return built
