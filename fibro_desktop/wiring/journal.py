"""Wiring of the Journal tab: its page, the app-wide quick log (shortcut,
menu, tray) and the intents other tabs use to open the journal's dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fibro_desktop.ui.main_window import TabSpec

#: Shortcut for the quick log, app-wide (Cmd on macOS).
QUICK_LOG_SHORTCUT = "Ctrl+L"


def _tr(text: str) -> str:
    return QCoreApplication.translate("JournalTab", text)


def _dialogs(ctx):
    """The one :class:`JournalDialogs` of this run (made on first use)."""
    state = ctx.feature_state.setdefault("journal", {})
    if "dialogs" not in state:
        from fibro_desktop.ui.journal.dialogs import JournalDialogs

        state["dialogs"] = JournalDialogs(ctx.db, ctx.clock, ctx.data_events, ctx.preferences,
                                          state.get("window"), open_guide=ctx.intents.learn.emit)
    return state["dialogs"]


def tab(ctx) -> TabSpec:
    def build():
        from fibro_desktop.ui.journal.page import JournalPage

        return JournalPage(ctx.db, ctx.clock, ctx.data_events, _dialogs(ctx), ctx.preferences,
                           open_guide=ctx.intents.learn.emit)

    return TabSpec("journal", _tr("Journal"), build, _tr("Log spasms and daily check-ins"))


def wire(shell, ctx) -> None:
    # Imported here, after the first paint: touching ``Qt`` makes shiboken
    # build the whole Qt namespace (about 20 ms), which start-up should not wait for.
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction

    from fibro_desktop.core.journal.prefill import EpisodePrefill

    ctx.feature_state.setdefault("journal", {})["window"] = shell.window
    quick = QAction(_tr("&Log a spasm…"), shell.window)
    shell.actions.defer_shortcut(quick, QUICK_LOG_SHORTCUT)
    quick.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    quick.triggered.connect(lambda: ctx.intents.quick_log.emit(EpisodePrefill()))
    shell.window.addAction(quick)
    file_menu = shell.menus["file"]
    file_menu.insertAction(file_menu.actions()[0], quick)
    shell.add_tray_actions(quick)

    ctx.intents.quick_log.connect(lambda prefill: _dialogs(ctx).quick_log(prefill))
    from fibro_desktop.wiring import global_shortcut

    global_shortcut.wire(shell, ctx, quick.trigger)  # from any program, when chosen in Settings
    ctx.intents.new_episode.connect(lambda prefill: _dialogs(ctx).new_episode(prefill))
    _wire_reminder(shell, ctx)


def _wire_reminder(shell, ctx) -> None:
    """The optional evening check-in reminder, shown as a tray message;
    clicking it opens the check-in."""
    from fibro_desktop.store.checkins import checkin_for_day
    from fibro_desktop.ui.journal.checkin_reminder import CheckInReminder

    reminder = CheckInReminder(ctx.preferences, ctx.clock,
                               already_checked_in=lambda day: checkin_for_day(ctx.db, day) is not None,
                               parent=shell.window)
    ctx.feature_state["journal"]["reminder"] = reminder

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


def smoke_check(shell, ctx) -> None:
    from fibro_desktop.store.journal import count_episodes

    count_episodes(ctx.db)
