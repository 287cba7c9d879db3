"""Wiring of the Toolkit tab: builds its page and connects it to the rest.

* seeds the default kit, routine and plan once, in the person's language;
* ``intents.routine_progress(kind, amount)`` from other tabs counts towards
  today's routine (even while the tab was never opened);
* ``intents.rescue_plan`` opens the plan; so do the tab's big button, the
  tray menu and Ctrl+Shift+R anywhere in the window.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction

from fibro_desktop.ui.main_window import TabSpec

log = logging.getLogger(__name__)

#: App-wide shortcut that opens the rescue plan.
RESCUE_SHORTCUT = "Ctrl+Shift+R"
#: Delay before the rescue plan's window is built in advance, in ms.
PREPARE_PLAN_AFTER_MS = 3000


def _tr(text: str) -> str:
    return QCoreApplication.translate("ToolkitTab", text)


def tab(ctx) -> TabSpec:
    def build():
        from fibro_desktop.ui.toolkit.page import ToolkitPage

        return ToolkitPage(ctx.db, ctx.clock, ctx.data_events, ctx.intents)

    return TabSpec("toolkit", _tr("Toolkit"), build, _tr("Rescue kit, routine and plan"))


def seed(ctx) -> bool:
    """Write the translated defaults if this data folder never had them."""
    from fibro_desktop.store.toolkit import seed_defaults
    from fibro_desktop.ui.toolkit.texts import translated_kit, translated_plan, translated_routine

    return seed_defaults(ctx.db, ctx.clock.now(), kit=translated_kit(), routine=translated_routine(),
                         plan=translated_plan())


def record_progress(ctx, kind: str, amount: int) -> None:
    """Count ``amount`` towards today's routine item of ``kind``."""
    from fibro_desktop.store.routine import add_routine_progress

    if amount <= 0:
        return
    if add_routine_progress(ctx.db, ctx.clock.now(), kind, amount) is not None:
        ctx.data_events.changed.emit("routine")
    else:
        log.info("routine progress %r ignored: no active item of that kind", kind)


def wire(shell, ctx) -> None:
    from fibro_desktop.ui.toolkit.launcher import RescuePlanLauncher

    seed(ctx)
    launcher = RescuePlanLauncher(ctx.db, ctx.clock, ctx.intents, shell.window)
    ctx.intents.rescue_plan.connect(launcher.open)
    # Build the plan's window once the app has settled, never during start-up.
    # The launcher is the context: if the window is gone first, nothing runs.
    QTimer.singleShot(PREPARE_PLAN_AFTER_MS, launcher, launcher.prepare)
    ctx.intents.routine_progress.connect(lambda kind, amount: record_progress(ctx, kind, amount))

    action = QAction(_tr("A &spasm is starting…"), shell.window)
    action.setObjectName("toolkit_rescue_plan")
    action.setToolTip(_tr("Open my rescue plan"))
    shell.actions.defer_shortcut(action, RESCUE_SHORTCUT)
    # Works from any window of the app (the quick log, the plan itself).
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    action.triggered.connect(ctx.intents.rescue_plan.emit)
    shell.window.addAction(action)
    file_menu = shell.menus.get("file")
    if file_menu is not None:
        file_menu.insertAction(file_menu.actions()[0] if file_menu.actions() else None, action)
    shell.add_tray_actions(action)


def smoke_check(shell, ctx) -> None:
    """The plan opens with its steps, then closes."""
    from fibro_desktop.ui.toolkit.launcher import RescuePlanLauncher

    launcher = shell.window.findChild(RescuePlanLauncher)
    ctx.intents.rescue_plan.emit()
    dialog = launcher.dialog
    if dialog is None or not dialog.isVisible():
        raise RuntimeError("the rescue plan did not open")
    dialog.close()
