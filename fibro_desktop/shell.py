"""The shell: the window, its actions and menus, the theme, the tray, and
every feature wired into them.

:func:`build_shell` makes the frame that is shown first; :func:`finish_shell`
(after the first paint, once the database is open) starts the tray, wires
each feature of :data:`fibro_desktop.wiring.FEATURES` and places its menu
entries, tray actions and quit hooks from its declaration. The process
around it (start-up in two steps, single instance, quitting) is
:mod:`fibro_desktop.app`.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from fibro_desktop.core.clock import Clock
from fibro_desktop.resources import resource_path
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.actions import AppActions, add_tab_actions, create_actions, install_shortcuts
from fibro_desktop.ui.main_window import MainWindow
from fibro_desktop.ui.menus import build_menu_bar, fill_menu
from fibro_desktop.ui.reopen import bring_back_on_reopen
from fibro_desktop.ui.theme import ThemeController
from fibro_desktop.ui.translate import translator
from fibro_desktop.wiring.feature import Feature, Group, Menu, MenuEntry, Wired, menu_layout, quit_order

if TYPE_CHECKING:
    import peewee
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    from fibro_desktop.ui.events import DataEvents, Intents
    from fibro_desktop.ui.notify import Notifier
    from fibro_desktop.ui.tray import TrayIcon

S = TypeVar("S")
_tr = translator("App")

#: The shell's own menu entries (names of :class:`AppActions` fields); the
#: features' entries are placed among them by their declarations.
SHELL_MENU_ENTRIES = (
    MenuEntry("settings", Menu.FILE, Group.SETTINGS),
    MenuEntry("quit", Menu.FILE, Group.QUIT),
    MenuEntry("welcome", Menu.HELP, Group.GUIDES),
    MenuEntry("open_data_folder", Menu.HELP, Group.GUIDES),
    MenuEntry("about", Menu.HELP, Group.ABOUT),
)


@dataclass
class AppContext:
    """Long-lived objects shared by the parts the composition root builds."""

    data_dir: Path
    log_dir: Path
    #: Open database; during start-up it is set right after the first paint.
    db: peewee.SqliteDatabase | None
    clock: Clock
    preferences: prefs.Preferences
    window_state: prefs.WindowState
    log_file: Path | None = None
    _data_events: DataEvents | None = field(default=None, init=False, repr=False)
    _intents: Intents | None = field(default=None, init=False, repr=False)

    # Made at first use (:func:`finish_shell`, on the GUI thread), not with the
    # context: their payload types are a dozen dataclasses and enums that the
    # first frame does not need (issue 14).
    @property
    def data_events(self) -> DataEvents:
        """What changed in the data, announced once per operation."""
        if self._data_events is None:
            from fibro_desktop.ui.events import DataEvents

            self._data_events = DataEvents()
        return self._data_events

    @property
    def intents(self) -> Intents:
        """Requests between features (open a tab, play a session…)."""
        if self._intents is None:
            from fibro_desktop.ui.events import Intents

            self._intents = Intents()
        return self._intents


@dataclass
class Shell:
    """The built user interface, handed to each feature's ``wire``."""

    window: MainWindow
    actions: AppActions
    theme: ThemeController
    tray: TrayIcon | None
    #: By name (``Menu`` values: "file", "help"; and "view").
    menus: dict[str, QMenu]
    ctx: AppContext | None = None
    #: Predicates: "does this feature work in the background right now?"
    #: While any is true, closing the window keeps the app in the tray.
    background_work: list[Callable[[], bool]] = field(default_factory=list)
    #: Feature actions shown at the top of the tray menu, in order.
    tray_feature_actions: list[QAction | None] = field(default_factory=list)
    #: Features whose wiring raised during start-up (the rest still run).
    startup_problems: list[str] = field(default_factory=list)
    #: Each feature's own state for this run, by feature key (see :meth:`state`).
    states: dict[str, Any] = field(default_factory=dict)
    #: What each feature's ``wire`` made, by feature key.
    wired: dict[str, Wired] = field(default_factory=dict)
    #: The quit hooks in the order they run (:func:`wiring.feature.quit_order`).
    quit_hooks: list[Callable[[], object]] = field(default_factory=list)
    #: The features of this run, in tab order (``wiring.FEATURES``).
    features: tuple[Feature[Any], ...] = ()
    _notifier: Notifier | None = None

    @property
    def notifier(self) -> Notifier:
        """Reminders and notes: window notice, tray tooltip, tray message."""
        if self._notifier is None:
            from fibro_desktop.ui.notify import Notifier

            self._notifier = Notifier(self.window, self.tray, _tr("Fibro Desktop"), parent=self.window)
        return self._notifier

    def state(self, feature: Feature[S]) -> S:
        """``feature``'s own state in this run (made by its ``state()``)."""
        return self.states[feature.key]  # type: ignore[no-any-return]

    def add_tray_actions(self, *new_actions: QAction | None) -> None:
        """Add feature actions (``None`` = separator) to the tray menu."""
        self.tray_feature_actions.extend(new_actions)
        self.refresh_tray()

    def refresh_tray(self) -> None:
        if self.tray is not None:
            extra = self.tray_feature_actions + ([None] if self.tray_feature_actions else [])
            self.tray.populate(extra + [self.actions.show_window, None, self.actions.quit])


#: Sizes of the app icon's PNGs in resources/icons (drawn from fibro-desktop.svg
#: by ``packaging/make_icons.py --resources``). Up to 128 px: on X11 every size
#: is sent with the window when it is shown, and a 256 px one cost ~1.5 ms.
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128)


def app_icon() -> QIcon:
    """The app icon from its pre-drawn PNGs: the SVG would load Qt's SVG
    icon engine (libQt6Svg) while the window is being shown."""
    from PySide6.QtCore import QSize

    folder = resource_path("icons")
    icon = QIcon()
    for size in APP_ICON_SIZES:
        icon.addFile(str(folder / f"fibro-desktop-{size}.png"), QSize(size, size))
    return icon


def build_shell(app: QApplication, ctx: AppContext, *, with_tray: bool = True,
                defer_features: bool = False, features: tuple[Feature[Any], ...] | None = None) -> Shell:
    """Build the window, actions, menus and theme, then (unless deferred)
    finish with :func:`finish_shell`. Deferred, the caller must call
    :func:`finish_shell` once ``ctx.db`` is open. ``features``: the app's
    (:data:`fibro_desktop.wiring.FEATURES`) unless given (tests)."""
    from fibro_desktop.wiring import FEATURES

    features = FEATURES if features is None else features
    theme = ThemeController(app, ctx.preferences, ctx.window_state, parent=app)
    states = {feature.key: feature.state() for feature in features}
    specs = [feature.tab(ctx, states[feature.key]) for feature in features if feature.tab is not None]
    background_work: list[Callable[[], bool]] = []

    def hide_on_close() -> bool | str:
        # Keep running when the person wants it and a feature works in the
        # background (pacing): hidden in the tray, or, without a tray, minimised
        # so the window stays one click away (closing used to quit silently).
        if not (ctx.preferences.get(prefs.CLOSE_TO_TRAY) and any(busy() for busy in background_work)):
            return False
        return "hide" if shell.tray is not None else "minimize"

    window = MainWindow(specs, ctx.window_state, hide_on_close=hide_on_close, pages_enabled=False)
    window.setWindowTitle(_tr("Fibro Desktop"))
    if app.windowIcon().isNull():  # run_gui sets the app's icon, which every window shows
        window.setWindowIcon(app_icon())
    actions = create_actions(window)
    add_tab_actions(actions, [s.title for s in specs], window)
    for action in actions.tabs:
        # The index is bound now, once per action (a default argument on purpose).
        action.triggered.connect(lambda _=False, i=action.data(): window.show_tab_at(i))  # noqa: B008
    menus = build_menu_bar(window, actions)

    actions.quit.triggered.connect(app.quit)
    actions.show_window.triggered.connect(window.bring_to_front)
    bring_back_on_reopen(app, window, window.bring_to_front)  # macOS: the Dock icon brings it back
    actions.settings.triggered.connect(lambda: _open_settings(window, ctx))
    actions.about.triggered.connect(lambda: _open_about(window, ctx))
    actions.welcome.triggered.connect(lambda: _open_welcome(window, ctx))
    actions.open_data_folder.triggered.connect(lambda: _open_data_folder(ctx))

    shell = Shell(window, actions, theme, None, menus, ctx=ctx, background_work=background_work, states=states,
                  features=features)
    if not defer_features:
        finish_shell(shell, ctx, with_tray=with_tray)
    return shell


def finish_shell(shell: Shell, ctx: AppContext, *, with_tray: bool = True) -> None:
    """Start the tray, wire every feature and build the current page."""
    from fibro_desktop.ui.tray import TrayIcon
    from fibro_desktop.ui.wheel_guard import install_wheel_guard

    # A value changes by the wheel only in a focused field. Installed here,
    # before any page is built, not before the first paint: an app-wide
    # filter sends every event to Python, and the frame's set-up sends many.
    install_wheel_guard(QApplication.instance())
    window = shell.window
    ctx.intents.show_tab.connect(lambda request: window.show_tab(request.key))
    shell.theme.follow_system()
    # Here, not before the first paint: the focus module uses Qt's enums,
    # whose first use builds the whole Qt namespace (20-40 ms).
    from fibro_desktop.ui.kit.focus import follow_dialogs

    follow_dialogs(QCoreApplication.instance())  # a dialog opens with focus on its first useful control
    if with_tray and TrayIcon.available():
        shell.tray = TrayIcon(app_icon(), [], shell.window)
        shell.tray.show()
        shell.refresh_tray()
    for feature in shell.features:
        try:
            wired = feature.wire(shell, ctx)
        except Exception as exc:  # one feature's problem must not stop the others
            logging.getLogger(__name__).exception("Wiring %s failed", feature.key)
            shell.startup_problems.append(f"{feature.key}: {exc!r}")
            continue
        shell.wired[feature.key] = wired
        shell.startup_problems.extend(f"{feature.key}: {problem}" for problem in feature.mismatch(wired))
    _place_features(shell, shell.features)
    # After wiring, so the features' own shortcuts are installed too.
    install_shortcuts(shell.actions)
    # A restore or an import may have replaced the row a tab could not read.
    ctx.data_events.changed.connect(lambda _changes, _origin: shell.window.retry_broken_pages())
    shell.window.enable_pages()


def _place_features(shell: Shell, features: tuple[Feature[Any], ...]) -> None:
    """Menus, tray, background work and quit hooks, from the declarations of
    the features that were wired (in their declared places, whatever the
    order of the feature list)."""
    wired = [feature for feature in features if feature.key in shell.wired]
    for feature in wired:
        made = shell.wired[feature.key]
        shell.tray_feature_actions.extend(made.actions[name] for name in feature.tray_actions
                                          if name in made.actions)
        if made.busy is not None:
            shell.background_work.append(made.busy)

    def action(key: str, name: str) -> QAction | None:
        return getattr(shell.actions, name) if not key else shell.wired[key].actions.get(name)

    for menu, groups in menu_layout(tuple(wired), SHELL_MENU_ENTRIES).items():
        fill_menu(shell.menus[menu], [[a for key, name in group if (a := action(key, name)) is not None]
                                      for group in groups])
    shell.quit_hooks[:] = [hook for key, name in quit_order(tuple(wired))
                           if (hook := shell.wired[key].hooks.get(name)) is not None]
    shell.refresh_tray()
    app = QCoreApplication.instance()
    if app is not None:
        # Owned by the window: a shell that is gone (tests) runs nothing at quit.
        app.aboutToQuit.connect(_QuitHooks(shell).run)


class _QuitHooks(QObject):
    """Runs the shell's quit hooks in their declared order when the app quits."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.window)
        self._shell = shell

    @Slot()
    def run(self) -> None:
        run_quit_hooks(self._shell)


def run_quit_hooks(shell: Shell) -> None:
    """Each hook in turn; one that fails is reported as an exception in a
    slot is (``sys.excepthook``: the log, "a write failed"), and the next still runs."""
    for hook in shell.quit_hooks:
        try:
            hook()
        except Exception:
            sys.excepthook(*sys.exc_info())


def _open_settings(window: QWidget, ctx: AppContext) -> None:
    from fibro_desktop.ui import autostart
    from fibro_desktop.ui.settings_dialog import SettingsDialog

    SettingsDialog(ctx.preferences, window, autostart=autostart.for_this_system()).exec()


def _open_about(window: QWidget, ctx: AppContext) -> None:
    from fibro_desktop.ui.dialogs import AboutDialog

    AboutDialog(ctx.data_dir, ctx.log_dir, window).exec()


def _open_welcome(window: QWidget, ctx: AppContext) -> None:
    from fibro_desktop.ui.dialogs import WelcomeDialog

    WelcomeDialog(window, open_warning_signs=lambda: ctx.intents.open_guide(
        "when-to-see-a-doctor", "warning-signs")).exec()
    ctx.preferences.set(prefs.WELCOME_SEEN, True)


def _open_data_folder(ctx: AppContext) -> None:
    from fibro_desktop.ui.dialogs import open_folder_in_file_manager

    open_folder_in_file_manager(ctx.data_dir)

