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
    """The built user interface, handed to each feature's ``wire``."""

    window: MainWindow
    actions: AppActions
    theme: ThemeController
    tray: TrayIcon | None
    menus: dict
    #: Predicates: "does this feature work in the background right now?"
    #: While any is true, closing the window keeps the app in the tray.
    background_work: list[Callable[[], bool]] = field(default_factory=list)
    #: Feature actions shown at the top of the tray menu, in order.
    tray_feature_actions: list = field(default_factory=list)

    def add_tray_actions(self, *new_actions) -> None:
        """Add feature actions (``None`` = separator) to the tray menu."""
        self.tray_feature_actions.extend(new_actions)
        self.refresh_tray()

    def refresh_tray(self) -> None:
        if self.tray is not None:
            extra = self.tray_feature_actions + ([None] if self.tray_feature_actions else [])
            self.tray.populate(extra + [self.actions.show_window, None, self.actions.quit])


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "fibro-desktop.svg")))


def build_shell(app: QApplication, ctx: AppContext, *, with_tray: bool = True) -> Shell:
    """Build the window, actions, menus, theme and tray; wire them together."""
    from fibro_desktop.wiring import FEATURES

    theme = ThemeController(app, ctx.preferences, parent=app)
    specs = [feature.tab(ctx) for feature in FEATURES if hasattr(feature, "tab")]
    background_work: list[Callable[[], bool]] = []

    def hide_on_close() -> bool:
        # Keep running in the tray only when there is a tray to come back from,
        # the person wants it, and a feature works in the background (pacing).
        return (shell.tray is not None and ctx.preferences.get(prefs.CLOSE_TO_TRAY)
                and any(busy() for busy in background_work))

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

    tray = None
    if with_tray and TrayIcon.available():
        tray = TrayIcon(app_icon(), [], window)
        tray.show()
    shell = Shell(window, actions, theme, tray, menus, background_work=background_work)
    shell.refresh_tray()
    for feature in FEATURES:
        feature.wire(shell, ctx)
    return shell


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
