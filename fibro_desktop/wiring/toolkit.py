"""Wiring of the Toolkit tab: builds its page and connects it to the rest.

* seeds the default kit, routine and plan once, in the person's language;
* ``intents.routine_progress(RoutineProgress(kind, amount))`` from other tabs counts towards
  today's routine (even while the tab was never opened);
* ``intents.rescue_plan`` opens the plan; so do the tab's big button, the
  tray menu and Ctrl+Shift+R anywhere in the window;
* the plan's heat timer belongs to the launcher, so it runs on with the plan
  closed and ends with a tray note (and the routine's warmth);
* a few seconds after start-up: the plan's window is built ahead of need,
  and a tray note says if kit items run low (once a day, if wanted).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction

from fibro_desktop.ui.main_window import TabSpec
from fibro_desktop.ui.translate import translator
from fibro_desktop.wiring.feature import Feature, Group, Menu, MenuEntry, Wired

if TYPE_CHECKING:
    from fibro_desktop.shell import AppContext, Shell

log = logging.getLogger(__name__)

#: App-wide shortcut that opens the rescue plan.
RESCUE_SHORTCUT = "Ctrl+Shift+R"
#: Delay before the rescue plan's window is built in advance, in ms.
PREPARE_PLAN_AFTER_MS = 3000
#: ``app_meta`` key: the local day the last restock note was shown.
RESTOCK_META_KEY = "toolkit_restock_reminded_day"


_tr = translator("ToolkitTab")


def tab(ctx: AppContext, _state: None) -> TabSpec:
    def build():
        from fibro_desktop.ui.toolkit.page import ToolkitPage

        return ToolkitPage(ctx.db, ctx.clock, ctx.data_events, ctx.intents, ctx.preferences)

    return TabSpec("toolkit", _tr("Toolkit"), build, _tr("Rescue kit, routine and plan"))


def seed(ctx) -> bool:
    """Write the translated defaults if this data folder never had them
    (not into data opened read-only: it is shown as it is)."""
    from fibro_desktop.ops.toolkit import seed_defaults
    from fibro_desktop.store.database import is_read_only
    from fibro_desktop.ui.operations import run_for

    if is_read_only(ctx.db):
        return False
    from fibro_desktop.ui.toolkit.texts import translated_kit, translated_plan, translated_routine

    return run_for(ctx.data_events, lambda: seed_defaults(
        ctx.db, ctx.clock.now(), kit=translated_kit(), routine=translated_routine(), plan=translated_plan()),
        origin=None)


def record_progress(ctx, kind: str, amount: int) -> None:
    """Count ``amount`` towards today's routine item of ``kind``."""
    from fibro_desktop.ops.toolkit import count_routine_progress
    from fibro_desktop.ui.operations import run_when_open

    if amount <= 0:
        return
    now = ctx.clock.now()  # counts for the day it happened, even if written a moment later

    def op():
        changes = count_routine_progress(ctx.db, now, kind, amount)
        if changes.empty:
            log.info("routine progress %r ignored: no active item of that kind", kind)
        return changes

    # No widget asked for it (another tab's intent), so no origin; nobody
    # waits for it, so during a passphrase change it waits for the new file.
    run_when_open(ctx.data_events, op, origin=None)


def remind_restock(shell, ctx) -> bool:
    """Show one calm tray note about kit items running low, at most once a
    local day and only if the person wants it. True if a note was shown."""
    from fibro_desktop.core.instants import local_day
    from fibro_desktop.core.toolkit.kit import items_to_restock
    from fibro_desktop.ops.toolkit import remember_restock_reminder
    from fibro_desktop.store.meta import get_meta
    from fibro_desktop.store.toolkit import list_kit_items
    from fibro_desktop.ui import preferences as prefs
    from fibro_desktop.ui.operations import run

    if not ctx.preferences.get(prefs.RESTOCK_REMINDERS):
        return False
    low = items_to_restock(list_kit_items(ctx.db))
    now = ctx.clock.now()
    today = local_day(now).isoformat()
    if not low or get_meta(ctx.db, RESTOCK_META_KEY) == today:
        return False
    names = ", ".join(item.name for item in low)
    shell.notifier.notify("restock", _tr("Your rescue kit"),
                          _tr("Running low: %1. Worth restocking when you can.", names),
                          (_tr("Open the kit"), lambda: (shell.window.bring_to_front(),
                                                         shell.window.show_tab("toolkit"))))
    run(ctx.data_events, lambda: remember_restock_reminder(ctx.db, RESTOCK_META_KEY, today, now), origin=None)
    return True


def wire(shell: Shell, ctx: AppContext) -> Wired:
    from PySide6.QtCore import Qt  # after the first paint (see wiring/journal.py)

    from fibro_desktop.ui.toolkit.launcher import RescuePlanLauncher

    seed(ctx)
    launcher = RescuePlanLauncher(ctx.db, ctx.clock, ctx.intents, shell.window, preferences=ctx.preferences,
                                  notes=lambda: shell.notifier)
    ctx.intents.rescue_plan.connect(launcher.open)
    # Build the plan's window once the app has settled, never during start-up.
    # The launcher is the context: if the window is gone first, nothing runs.
    QTimer.singleShot(PREPARE_PLAN_AFTER_MS, launcher, launcher.prepare)
    QTimer.singleShot(PREPARE_PLAN_AFTER_MS, launcher, lambda: remind_restock(shell, ctx))
    ctx.intents.routine_progress.connect(lambda progress: record_progress(ctx, progress.kind, progress.amount))

    action = QAction(_tr("A &spasm is starting…"), shell.window)
    action.setObjectName("toolkit_rescue_plan")
    action.setToolTip(_tr("Open my rescue plan"))
    shell.actions.defer_shortcut(action, RESCUE_SHORTCUT)
    # Works from any window of the app (the quick log, the plan itself).
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    action.triggered.connect(ctx.intents.rescue_plan.emit)
    shell.window.addAction(action)
    # A heat timer running keeps the app in the tray when the window is closed.
    return Wired(actions={"rescue_plan": action}, busy=launcher.heat_running)


def smoke_check(shell: Shell, ctx: AppContext) -> None:
    """The plan opens with its steps, then closes."""
    from fibro_desktop.ui.toolkit.launcher import RescuePlanLauncher

    launcher = shell.window.findChild(RescuePlanLauncher)
    ctx.intents.rescue_plan.emit()
    dialog = launcher.dialog
    if dialog is None or not dialog.isVisible():
        raise RuntimeError("the rescue plan did not open")
    dialog.close()


FEATURE = Feature(
    key="toolkit", tab=tab, wire=wire, smoke_check=smoke_check,
    # Right under "Log a spasm…": the other thing to reach for in a bad moment.
    menu_entries=(MenuEntry("rescue_plan", Menu.FILE, Group.LOG, rank=1),),
    tray_actions=("rescue_plan",),
    background_work=True,
)
