"""Wiring of the Pacing tab: the break timer runs from start-up, with or
without the tab open; the tab, the break panel and the tray listen to it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction

from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.main_window import TabSpec
from fibro_desktop.ui.translate import translator
from fibro_desktop.wiring.feature import Feature, QuitHook, QuitStep, Wired

if TYPE_CHECKING:
    from fibro_desktop.shell import AppContext, Shell


_tr = translator("PacingTab")


@dataclass
class PacingState:
    """Pacing's objects in one run (set by ``wire``)."""

    #: The break timer (``PacingDriver``), running with or without the tab.
    driver: Any = None
    #: The break panel that shows notices and reminders.
    panel: Any = None
    #: Watches the desktop: screen lock, full-screen windows, Do Not Disturb
    #: (after a few seconds, where D-Bus has it).
    desktop_watch: Any = None
    #: The "still in the tray" box, where the tray shows no messages.
    tray_notice: Any = None
    #: Strict mode's full-screen cover, built at the first strict break.
    overlay: Any = None
    #: The "minimised, not closed" box, on a desktop without a tray.
    no_tray_notice: Any = None


def tab(ctx: AppContext, state: PacingState) -> TabSpec:
    def build():
        from fibro_desktop.ui.pacing.page import PacingPage

        return PacingPage(ctx.db, ctx.clock, state.driver, ctx.preferences, ctx.data_events,
                          open_guide=ctx.intents.open_guide)

    return TabSpec("pacing", _tr("Pacing"), build, _tr("Break timer for desk work"))


def wire(shell: Shell, ctx: AppContext) -> Wired:
    from fibro_desktop.core.pacing import State
    from fibro_desktop.ui.pacing import texts
    from fibro_desktop.ui.pacing.config import carry_over_own_exercises
    from fibro_desktop.ui.pacing.desktop_signals import DesktopSignals
    from fibro_desktop.ui.pacing.desktop_watch import idle_how
    from fibro_desktop.ui.pacing.driver import PacingDriver, awake_clock_for, boot_clock_for
    from fibro_desktop.ui.pacing.idle import idle_reader
    from fibro_desktop.ui.pacing.menus import pause_menu
    from fibro_desktop.ui.pacing.panel import BreakPanel

    carry_over_own_exercises(ctx.preferences, ctx.db, ctx.clock.now(), ctx.data_events)  # from older versions, once
    read_idle = idle_reader()
    driver = PacingDriver(ctx.db, ctx.clock, ctx.preferences, ctx.data_events, ctx.intents,
                          boot_clock=boot_clock_for(ctx.clock), awake_clock=awake_clock_for(ctx.clock),
                          idle_seconds=read_idle, parent=shell.window)
    driver.set_desktop_signals(DesktopSignals(idle=idle_how(read_idle is not None)))
    panel = BreakPanel(driver, ctx.preferences)
    state = shell.state(FEATURE)
    state.driver, state.panel = driver, panel

    take = QAction(_tr("Take a &break now"), shell.window)
    take.triggered.connect(lambda: driver.take_break_now("movement"))
    pause = QAction(_tr("&Pause breaks"), shell.window)
    pause.setMenu(pause_menu(driver, shell.window))
    resume = QAction(_tr("&Resume breaks"), shell.window)
    resume.triggered.connect(driver.resume)
    spasm = QAction(_tr("&Spasm now: a recovery break"), shell.window)
    spasm.triggered.connect(lambda: driver.spasm_now(_tr("Logged from the tray (Spasm now)")))

    def strict_overlay(kind: str, exercise) -> None:
        # Built at the first strict break (not at start-up), then it follows the driver.
        if state.overlay is None and kind != "recovery" and ctx.preferences.get(prefs.PACING_STRICT):
            from fibro_desktop.ui.pacing.overlay import StrictOverlay

            state.overlay = StrictOverlay(driver, ctx.preferences, shell.window)
            state.overlay.show_break(kind, exercise)

    driver.break_started.connect(strict_overlay)

    def on_status(status) -> None:
        running = status.state != State.OFF
        take.setEnabled(running and status.state != State.ON_BREAK)
        pause.setVisible(running and status.state not in (State.PAUSED, State.LIMIT_REACHED))
        resume.setVisible(status.state in (State.PAUSED, State.LIMIT_REACHED))
        if shell.tray is not None:
            shell.tray.setToolTip(texts.tooltip(status))

    def on_notice(kind: str) -> None:
        # Always in the panel, never a tray message: the break comes a few
        # seconds later in the same corner, and the message would cover
        # the panel's buttons.
        panel.show_notice(kind)

    driver.status_changed.connect(on_status)
    driver.notice.connect(on_notice)
    driver.reminder.connect(panel.show_reminder)
    driver.limit_reached.connect(lambda: panel.show_reminder("limit"))
    on_status(driver.status())

    def pacing_runs() -> bool:
        running = driver.is_running()
        if running and shell.tray is not None and not ctx.preferences.get(prefs.CLOSE_TO_TRAY_NOTICE_SHOWN):
            # Asked right before the window hides to the tray: say so, once.
            QTimer.singleShot(0, shell.window, lambda: _tell_about_tray(shell, ctx))
        elif running and shell.tray is None and not ctx.preferences.get(prefs.NO_TRAY_NOTICE_SHOWN):
            # No tray: the window is minimised instead of closed (issue 17).
            QTimer.singleShot(0, shell.window, lambda: _tell_about_no_tray(shell, ctx))
        return running

    def watch() -> None:
        from fibro_desktop.ui.pacing.desktop_watch import watch_desktop

        state.desktop_watch = watch_desktop(driver, shell.window)

    # A little after start-up: QtDBus takes a moment to load.
    QTimer.singleShot(3000, driver, watch)  # cancelled with the driver
    return Wired(actions={"take_break": take, "pause": pause, "resume": resume, "spasm_now": spasm},
                 hooks={"save_desk_time": driver.save_desk_time}, busy=pacing_runs)


def _tell_about_tray(shell: Shell, ctx: AppContext) -> None:
    """Say once that closing the window kept the app in the tray: as a tray
    message where the platform shows them, else as a small non-modal box."""
    from PySide6.QtCore import Qt  # after the first paint (see wiring/journal.py)

    if shell.window.isVisible() or shell.tray is None or ctx.preferences.get(prefs.CLOSE_TO_TRAY_NOTICE_SHOWN):
        return
    title = _tr("Fibro Desktop is still here")
    text = _tr("The break timer keeps running in the tray. Choose Quit in the tray menu to close it completely.")
    panel = shell.state(FEATURE).panel
    if shell.tray.supportsMessages() and not (panel is not None and panel.isVisible()):
        # (a tray message would cover the break panel's buttons: then the box)
        shell.tray.showMessage(title, text)
    else:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, title, text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setModal(False)
        box.show()
        shell.state(FEATURE).tray_notice = box
    ctx.preferences.set(prefs.CLOSE_TO_TRAY_NOTICE_SHOWN, True)


def _tell_about_no_tray(shell: Shell, ctx: AppContext) -> None:
    """Say once, in a small non-modal box, that without a tray closing the
    window minimised it, how to get it back or quit, and how to get a tray."""
    from PySide6.QtCore import Qt  # after the first paint (see wiring/journal.py)
    from PySide6.QtWidgets import QMessageBox

    if shell.tray is not None or not shell.window.isMinimized() or ctx.preferences.get(prefs.NO_TRAY_NOTICE_SHOWN):
        return
    box = QMessageBox(QMessageBox.Icon.Information, _tr("Fibro Desktop is still running"), _tr(
        "This desktop has no tray, so Fibro Desktop was minimised instead of closed: the break timer "
        "keeps running. To bring the window back, click Fibro Desktop in the taskbar, the dock or the "
        "overview, or start it again. To close it completely, choose Quit in the File menu."))
    box.setInformativeText(_tr(
        "To get a tray on GNOME, turn on the “AppIndicator and KStatusNotifierItem Support” "
        "extension (Ubuntu has it on already), then start Fibro Desktop again."))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setModal(False)
    box.show()
    shell.state(FEATURE).no_tray_notice = box
    ctx.preferences.set(prefs.NO_TRAY_NOTICE_SHOWN, True)


def smoke_check(shell: Shell, ctx: AppContext) -> None:
    status = shell.state(FEATURE).driver.status()
    if ctx.preferences.get(prefs.PACING_ENABLED) and status.state.value == "off":
        raise RuntimeError("the break timer did not start")


FEATURE = Feature(
    key="pacing", tab=tab, wire=wire, state=PacingState, smoke_check=smoke_check,
    tray_actions=("take_break", "pause", "resume", "spasm_now"),
    # The desk time kept in memory is written before the backup at exit.
    quit_hooks=(QuitHook("save_desk_time", QuitStep.SAVE),),
    background_work=True,
)
