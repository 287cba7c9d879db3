"""Wiring of the Journal tab: its page, the app-wide quick log (shortcut,
menu, tray) and the intents other tabs use to open the journal's dialogs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fibro_desktop.ui.main_window import TabSpec
from fibro_desktop.ui.translate import translator
from fibro_desktop.wiring.feature import Feature, Group, Menu, MenuEntry, Wired

if TYPE_CHECKING:
    from fibro_desktop.shell import AppContext, Shell

#: Shortcut for the quick log, app-wide (Cmd on macOS).
QUICK_LOG_SHORTCUT = "Ctrl+L"
#: The tray's entries for live episodes: "It's over now" for the newest three
#: (``ui/journal/live.py:MAX_TRAY_ENTRIES``), then "Back to normal now".
LIVE_TRAY_ACTIONS = ("live_over_1", "live_over_2", "live_over_3", "live_normal")


_tr = translator("JournalTab")


@dataclass
class JournalState:
    """The journal's objects in one run."""

    #: The main window, parent of the dialogs (set by ``wire``).
    window: Any = None
    #: The one ``JournalDialogs`` (made on first use, :func:`dialogs`).
    dialogs: Any = None
    #: The evening check-in reminder.
    reminder: Any = None


def dialogs(ctx: AppContext, state: JournalState) -> Any:
    """The one :class:`JournalDialogs` of this run (made on first use)."""
    if state.dialogs is None:
        from fibro_desktop.ui.journal.dialogs import JournalDialogs

        state.dialogs = JournalDialogs(ctx.db, ctx.clock, ctx.data_events, ctx.preferences,
                                       state.window, open_guide=ctx.intents.open_guide)
    return state.dialogs


def tab(ctx: AppContext, state: JournalState) -> TabSpec:
    def build():
        from fibro_desktop.ui.journal.page import JournalPage

        return JournalPage(ctx.db, ctx.clock, ctx.data_events, dialogs(ctx, state), ctx.preferences,
                           open_guide=ctx.intents.open_guide)

    return TabSpec("journal", _tr("Journal"), build, _tr("Log spasms and daily check-ins"))


def wire(shell: Shell, ctx: AppContext) -> Wired:
    # Imported here, after the first paint: touching ``Qt`` makes shiboken
    # build the whole Qt namespace (about 20 ms), which start-up should not wait for.
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction

    from fibro_desktop.core.journal.prefill import EpisodePrefill

    state = shell.state(FEATURE)
    state.window = shell.window
    quick = QAction(_tr("&Log a spasm…"), shell.window)
    shell.actions.defer_shortcut(quick, QUICK_LOG_SHORTCUT)
    quick.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    quick.triggered.connect(lambda: ctx.intents.quick_log.emit(EpisodePrefill()))
    shell.window.addAction(quick)
    live = _wire_live(shell, ctx).actions()

    ctx.intents.quick_log.connect(lambda prefill: dialogs(ctx, state).quick_log(prefill))
    from fibro_desktop.wiring import global_shortcut

    global_shortcut.wire(shell, ctx, quick.trigger)  # from any program, when chosen in Settings
    ctx.intents.new_episode.connect(lambda prefill: dialogs(ctx, state).new_episode(prefill))
    state.reminder = _wire_reminder(shell, ctx)
    # The tray's "It's over now" entries (a fixed set, hidden while unused), then "Back to normal now".
    made = dict(zip(LIVE_TRAY_ACTIONS, live, strict=True))
    return Wired(actions={"quick_log": quick, **made})


def _wire_live(shell: Shell, ctx: AppContext) -> Any:
    """The tray's "It's over now" / "Back to normal now" for episodes going
    on now (the Journal tab has its own indicator). A stamp from the tray is
    confirmed by a passing tray message (``Notifier.confirm``); when the person is needed (the editor
    opened, the disk refused) the window comes forward."""
    from fibro_desktop.core.changes import Area
    from fibro_desktop.ui.journal.live import LiveStamps, LiveTrayActions

    stamps = LiveStamps(ctx.db, ctx.clock, ctx.data_events, dialogs(ctx, shell.state(FEATURE)), shell.window)
    stamps.failed.connect(lambda text: shell.window.show_notice("journal-live", text))

    def notify(text: str) -> None:
        shell.notifier.confirm(_tr("Fibro Desktop"), text)

    actions = LiveTrayActions(stamps, ctx.clock, notify=notify, on_trouble=shell.window.bring_to_front,
                              parent=shell.window)
    ctx.data_events.changed.connect(
        lambda changes, _origin: actions.refresh() if changes.touches(Area.EPISODES) else None)
    if shell.tray is not None:  # time moves on: look again as the menu opens
        shell.tray.menu.aboutToShow.connect(actions.refresh)
    return actions


def _wire_reminder(shell: Shell, ctx: AppContext) -> Any:
    """The optional evening check-in reminder, shown as a tray message;
    clicking it opens the check-in."""
    from fibro_desktop.store.checkins import checkin_for_day
    from fibro_desktop.ui.journal.checkin_reminder import CheckInReminder

    reminder = CheckInReminder(ctx.preferences, ctx.clock,
                               already_checked_in=lambda day: checkin_for_day(ctx.db, day) is not None,
                               parent=shell.window)

    def open_checkin() -> None:
        shell.window.bring_to_front()
        page = shell.window.show_tab("journal")
        if hasattr(page, "show_checkin"):  # not the error page of a tab that could not be built
            page.show_checkin()

    def remind() -> None:
        # In the window, the tray tooltip and a tray message (ui/notify.py):
        # with notifications off, it is still there to be seen. With no tray
        # message at all, the window itself comes forward with the check-in.
        shown = shell.notifier.notify("checkin-reminder", _tr("Today's check-in"),
                                      _tr("A minute for today's check-in? Click here to open it."),
                                      (_tr("Open the check-in"), open_checkin))
        if not shown:
            shell.notifier.clear("checkin-reminder")
            open_checkin()

    reminder.due.connect(remind)
    return reminder


def smoke_check(shell: Shell, ctx: AppContext) -> None:
    from fibro_desktop.store.journal import count_episodes

    count_episodes(ctx.db)


FEATURE = Feature(
    key="journal", tab=tab, wire=wire, state=JournalState, smoke_check=smoke_check,
    # The first entry of the File menu, and of the tray: what a person in pain looks for.
    menu_entries=(MenuEntry("quick_log", Menu.FILE, Group.LOG, rank=0),),
    tray_actions=("quick_log", *LIVE_TRAY_ACTIONS),
)
