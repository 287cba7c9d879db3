"""Composition root: builds every object, connects tabs to each other, runs.

This is the only module that knows every part. Widgets receive what they need
as constructor arguments; cross-tab requests travel through
:class:`~fibro_desktop.ui.events.Intents`, connected here.
"""

from __future__ import annotations

import logging
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import peewee
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fibro_desktop import locations
from fibro_desktop.core.clock import Clock, SystemClock
from fibro_desktop.logging_setup import configure_logging
from fibro_desktop.resources import resource_path
from fibro_desktop.store import files
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.actions import AppActions, add_tab_actions, create_actions
from fibro_desktop.ui.events import DataEvents, Intents
from fibro_desktop.ui.main_window import MainWindow, TabSpec
from fibro_desktop.ui.menus import build_menu_bar
from fibro_desktop.ui.theme import ThemeController
from fibro_desktop.ui.tray import TrayIcon

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


@dataclass
class GuiOptions:
    data_dir: str | None = None
    demo: bool = False
    smoke_test: bool = False


@dataclass
class AppContext:
    """Long-lived objects shared by the parts the composition root builds."""

    data_dir: Path
    log_dir: Path
    db: peewee.SqliteDatabase
    clock: Clock
    preferences: prefs.Preferences
    window_state: prefs.WindowState
    data_events: DataEvents = field(default_factory=DataEvents)
    intents: Intents = field(default_factory=Intents)
    log_file: Path | None = None


@dataclass
class Shell:
    """The built user interface."""

    window: MainWindow
    actions: AppActions
    theme: ThemeController
    tray: TrayIcon | None
    menus: dict


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "fibro-desktop.svg")))


def _placeholder(heading: str, body: str) -> Callable[[], QWidget]:
    def build() -> QWidget:
        from fibro_desktop.ui.placeholder import PlaceholderPage

        return PlaceholderPage(heading, body)

    return build


def tab_specs(ctx: AppContext) -> list[TabSpec]:
    """The five tabs, in order. Each factory imports its page lazily."""
    return [
        TabSpec("journal", _tr("Journal"), _placeholder(
            _tr("Journal"),
            _tr("Your spasm journal will live here: log an episode in a few seconds, "
                "add details when you feel up to it, and keep a short daily check-in.")),
            _tr("Log spasms and daily check-ins")),
        TabSpec("pacing", _tr("Pacing"), _placeholder(
            _tr("Pacing"),
            _tr("A gentle break timer for desk work will live here: short pauses to move, "
                "stretch and rest before tension builds up.")),
            _tr("Break timer for desk work")),
        TabSpec("relax", _tr("Relax"), _placeholder(
            _tr("Relax"),
            _tr("Guided relaxation sessions, a breathing pacer and a sleep timer will live here.")),
            _tr("Relaxation audio and breathing")),
        TabSpec("toolkit", _tr("Toolkit"), _placeholder(
            _tr("Toolkit"),
            _tr("Your rescue kit, a daily prevention routine and a step-by-step plan for when "
                "a spasm starts will live here.")),
            _tr("Rescue kit, routine and plan")),
        TabSpec("charts", _tr("Charts"), _placeholder(
            _tr("Charts"),
            _tr("Charts of how things change over time, honest notes on what seems to help, "
                "and a report for your provider will live here.")),
            _tr("Trends, insights and the provider report")),
    ]


def build_shell(app: QApplication, ctx: AppContext, *, with_tray: bool = True) -> Shell:
    """Build the window, actions, menus, theme and tray; wire them together."""
    theme = ThemeController(app, ctx.preferences, parent=app)
    specs = tab_specs(ctx)
    tray_holder: list[TrayIcon | None] = [None]

    def hide_on_close() -> bool:
        # Keep running in the tray only when there is a tray to come back from
        # and a feature keeps working in the background (the pacing timer).
        return False

    window = MainWindow(specs, ctx.window_state, hide_on_close=hide_on_close)
    window.setWindowTitle(_tr("Fibro Desktop"))
    window.setWindowIcon(app_icon())
    actions = create_actions(window)
    add_tab_actions(actions, [s.title for s in specs], window)
    for action in actions.tabs:
        action.triggered.connect(lambda _=False, i=action.data(): window.show_tab_at(i))
    menus = build_menu_bar(window, actions)

    actions.quit.triggered.connect(app.quit)
    actions.show_window.triggered.connect(window.bring_to_front)
    actions.settings.triggered.connect(lambda: _open_settings(window, ctx))
    actions.about.triggered.connect(lambda: _open_about(window, ctx))
    actions.welcome.triggered.connect(lambda: _open_welcome(window, ctx))
    actions.open_data_folder.triggered.connect(lambda: _open_data_folder(ctx))
    ctx.intents.show_tab.connect(window.show_tab)

    if with_tray and TrayIcon.available():
        tray = TrayIcon(app_icon(), [actions.show_window, None, actions.quit], window)
        tray.show()
        tray_holder[0] = tray
    return Shell(window, actions, theme, tray_holder[0], menus)


def _open_settings(window: QWidget, ctx: AppContext) -> None:
    from fibro_desktop.ui.settings_dialog import SettingsDialog

    SettingsDialog(ctx.preferences, window).exec()


def _open_about(window: QWidget, ctx: AppContext) -> None:
    from fibro_desktop.ui.dialogs import AboutDialog

    AboutDialog(ctx.data_dir, ctx.log_dir, window).exec()


def _open_welcome(window: QWidget, ctx: AppContext) -> None:
    from fibro_desktop.ui.dialogs import WelcomeDialog

    WelcomeDialog(window).exec()
    ctx.preferences.set(prefs.WELCOME_SEEN, True)


def _open_data_folder(ctx: AppContext) -> None:
    from fibro_desktop.ui.dialogs import open_folder_in_file_manager

    open_folder_in_file_manager(ctx.data_dir)


class _FirstPaintWatcher(QObject):
    """Calls ``callback`` once, at the first paint of ``window`` or a child."""

    def __init__(self, window: QWidget, callback: Callable[[], None]):
        super().__init__(window)
        self._window = window
        self._callback = callback
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and obj.window() is self._window:
            QApplication.instance().removeEventFilter(self)
            self._callback()
        return False


def run_gui(options: GuiOptions, *, on_first_paint: Callable[[], None] | None = None) -> int:
    """Start the application; returns the process exit code."""
    locations.apply_identity()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())
    app.setApplicationDisplayName(_tr("Fibro Desktop"))

    temp_dir = None
    data_dir_arg = options.data_dir
    if options.demo and not data_dir_arg and not locations.is_overridden(None):
        temp_dir = tempfile.TemporaryDirectory(prefix="fibro-demo-")
        data_dir_arg = temp_dir.name
    data_dir = files.ensure_private_dir(locations.resolve_data_dir(data_dir_arg))
    log_dir = locations.log_dir_for(data_dir, locations.is_overridden(data_dir_arg))
    log_file = configure_logging(log_dir)
    log.info("Starting; data folder %s", data_dir)

    from fibro_desktop.ui.crash import ExceptionReporter, install_exception_hook

    reporter = ExceptionReporter(log_file, lambda: QApplication.activeWindow())
    install_exception_hook(reporter)

    instance = None
    if not options.smoke_test:
        from fibro_desktop.ui.single_instance import SingleInstance

        instance = SingleInstance(data_dir)
        if not instance.acquire():
            if instance.notify_primary():
                print("Fibro Desktop is already running; its window was brought to the front.")
                return 0
            QMessageBox.warning(None, _tr("Fibro Desktop"), _tr(
                "Fibro Desktop seems to be running already but does not answer. "
                "Please close it, or restart the computer, and try again."))
            return 1

    clock = SystemClock()
    from fibro_desktop.store.database import open_database
    from fibro_desktop.store.errors import StoreError

    try:
        db = open_database(data_dir, now=clock.now())
    except StoreError as exc:
        log.error("Cannot open the database: %s", exc)
        if options.smoke_test:
            print(f"smoke test failed: {exc}", file=sys.stderr)
        else:
            QMessageBox.critical(None, _tr("Your data could not be opened"), str(exc))
        return 1

    if options.demo:
        from fibro_desktop.demo import fill_demo_data

        fill_demo_data(db, clock.now())

    preferences = prefs.Preferences(data_dir)
    ctx = AppContext(data_dir, log_dir, db, clock, preferences, prefs.WindowState(data_dir), log_file=log_file)
    shell = build_shell(app, ctx, with_tray=not options.smoke_test)
    if instance is not None:
        instance.activated.connect(shell.window.bring_to_front)
    if on_first_paint is not None:
        _FirstPaintWatcher(shell.window, on_first_paint)
    shell.window.show()

    exit_code_holder = [0]
    if options.smoke_test:
        QTimer.singleShot(0, lambda: _finish_smoke_test(shell, ctx, exit_code_holder))
    elif not preferences.get(prefs.WELCOME_SEEN) and not options.demo:
        QTimer.singleShot(0, lambda: _open_welcome(shell.window, ctx))

    code = app.exec()
    shell.window.save_state()
    db.close()
    if instance is not None:
        instance.release()
    if temp_dir is not None:
        temp_dir.cleanup()
    log.info("Stopped")
    return exit_code_holder[0] or code


def _finish_smoke_test(shell: Shell, ctx: AppContext, exit_code_holder: list[int]) -> None:
    from fibro_desktop.smoke import run_smoke_test

    problems = run_smoke_test(shell, ctx)
    if problems:
        for problem in problems:
            print(f"smoke test: {problem}", file=sys.stderr)
        exit_code_holder[0] = 1
    else:
        print("smoke test passed: every tab opened, database written and read back")
    QApplication.instance().quit()
