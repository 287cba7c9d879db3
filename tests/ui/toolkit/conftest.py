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


@pytest.fixture
def launcher(qtbot, app_context):
    """The rescue plan's launcher on a plain parent window, connected to
    ``intents.rescue_plan`` as the wiring does, without the whole app."""
    from PySide6.QtWidgets import QWidget

    from fibro_desktop.ui.toolkit.launcher import RescuePlanLauncher
    from fibro_desktop.wiring.toolkit import seed

    seed(app_context)
    window = QWidget()
    qtbot.addWidget(window)
    built = RescuePlanLauncher(app_context.db, app_context.clock, app_context.intents, window)
    app_context.intents.rescue_plan.connect(built.open)
    yield built
    if built.dialog is not None:
        built.dialog.close()
