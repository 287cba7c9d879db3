"""The process: start-up in two steps, one instance per data folder, quitting.

The window (:mod:`fibro_desktop.shell`) appears about as fast as an empty
Qt window: first the frame (palette, tabs, menus) is shown; right after its
first paint, :func:`_finish_startup` opens the database (importing peewee),
wires the features, builds the current page and starts the tray. Widgets
receive what they need as constructor arguments; cross-tab requests travel
through :class:`~fibro_desktop.ui.events.Intents`, connected in the wiring
modules (:mod:`fibro_desktop.wiring`, one per feature).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from fibro_desktop import locations
from fibro_desktop.core.clock import SystemClock
from fibro_desktop.shell import (  # noqa: F401 (the shell's names, as callers knew them here)
    APP_ICON_SIZES,
    SHELL_MENU_ENTRIES,
    AppContext,
    Shell,
    _open_welcome,
    _place_features,
    app_icon,
    build_shell,
    finish_shell,
    run_quit_hooks,
)
from fibro_desktop.store import files
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.theme import make_application
from fibro_desktop.ui.translate import say_error, translator

LOG_FILE_NAME = "fibro-desktop.log"

_tr = translator("App")


@dataclass
class GuiOptions:
    """How the window starts, from the command line (:mod:`fibro_desktop.cli`)."""

    data_dir: str | None = None
    demo: bool = False
    smoke_test: bool = False
    #: Start without showing the window (``--minimized``, as start at login does).
    minimized: bool = False


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


@dataclass
class _Run:
    """State of one run of the application, shared by the start-up steps."""

    options: GuiOptions
    app: QApplication
    ctx: AppContext
    shell: Shell
    instance: object | None
    #: Why the single-instance lock could not be written ("read-only",
    #: "write"), or None; without the lock the data is opened read-only.
    lock_problem: str | None = None
    exit_code: int = 0
    finished: bool = False
    on_ready: list[Callable[[], None]] = field(default_factory=list)
    #: Turns SIGTERM into Quit; set right after the first paint.
    stop_watcher: object | None = None


def run_gui(options: GuiOptions, *, on_first_paint: Callable[[], None] | None = None,
            on_ready: Callable[[], None] | None = None) -> int:
    """Start the application; returns the process exit code.

    ``on_first_paint`` runs when the window first paints, ``on_ready`` when
    the database is open and the current page is built (benchmarks use both).
    """
    locations.apply_identity()
    app = QApplication.instance() or make_application(sys.argv[:1])
    from fibro_desktop.ui.idle_gc import IdleCollector

    # Cycles are collected between events, never inside a Qt call (see idle_gc).
    collector = IdleCollector(app)
    app.aboutToQuit.connect(collector.stop)
    app.setWindowIcon(app_icon())
    app.setApplicationDisplayName(_tr("Fibro Desktop"))

    temp_dir = None
    data_dir_arg = options.data_dir
    if options.demo and not data_dir_arg and not locations.is_overridden(None):
        import tempfile

        temp_dir = tempfile.TemporaryDirectory(prefix="fibro-demo-")
        data_dir_arg = temp_dir.name
    _install_translations(app, locations.resolve_data_dir(data_dir_arg))  # before any window text is created
    try:
        data_dir = files.ensure_private_dir(locations.resolve_data_dir(data_dir_arg))
    except OSError as exc:  # cannot even be created: nothing to show
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, _tr("Fibro Desktop"), _tr(
            "The data folder %1 cannot be created: %2 Please choose another folder.").replace(
                "%1", str(locations.resolve_data_dir(data_dir_arg))).replace("%2", _plain_write_error(exc)))
        print(_tr("The data folder cannot be created: %1", exc.strerror or exc), file=sys.stderr)
        return 1
    log_dir = locations.log_dir_for(data_dir, locations.is_overridden(data_dir_arg))

    from fibro_desktop.ui.crash import ExceptionReporter, install_exception_hook

    reporter = ExceptionReporter(log_dir / LOG_FILE_NAME, QApplication.activeWindow)
    install_exception_hook(reporter)

    instance = None
    lock_problem = None
    if not options.smoke_test:
        from fibro_desktop.ui.single_instance import SingleInstance

        instance = SingleInstance(data_dir)
        if not instance.lock():
            if not instance.held_by_another():
                # The lock file itself could not be written (read-only folder,
                # full disk): not "already running". Go on, reading only.
                lock_problem = instance.lock_problem()
                instance = None
            elif instance.notify_primary():
                print(_tr("Fibro Desktop is already running; its window was brought to the front."))
                return 0
            else:
                from PySide6.QtWidgets import QMessageBox

                from fibro_desktop.commands.folder_lock import command_holding

                command = command_holding(data_dir)  # e.g. "fibro-desktop import" in a terminal
                text = (_tr("A Fibro Desktop command (%1) is working on your data right now. "
                            "Please start Fibro Desktop again when it has finished.").replace("%1", command)
                        if command else
                        _tr("Fibro Desktop seems to be running already but does not answer. "
                            "Please close it, or restart the computer, and try again."))
                QMessageBox.warning(None, _tr("Fibro Desktop"), text)
                return 1

    preferences = prefs.Preferences(data_dir)
    ctx = AppContext(data_dir, log_dir, None, SystemClock(), preferences, prefs.WindowState(data_dir))
    shell = build_shell(app, ctx, with_tray=not options.smoke_test, defer_features=True)
    run = _Run(options, app, ctx, shell, instance, lock_problem=lock_problem)

    def write_failed(text: str) -> None:
        if shell.window.notices.notice("read-only") is None:  # already said: nothing can be saved
            shell.window.show_notice("write-failed", text)

    reporter.on_write_failure = write_failed
    if on_ready is not None:
        run.on_ready.append(on_ready)

    started: list[bool] = []

    def first_paint() -> None:
        if started:  # once: a window started hidden paints later, when shown
            return
        started.append(True)
        if on_first_paint is not None:
            on_first_paint()
        QTimer.singleShot(0, lambda: _after_first_paint(run))

    watcher = _FirstPaintWatcher(shell.window, first_paint)
    if options.minimized and not options.smoke_test:
        _start_quietly(shell.window, watcher, first_paint)
    else:
        shell.window.show()
    code = app.exec()
    if run.stop_watcher is not None:
        run.stop_watcher.uninstall()
    if run.finished:
        shell.window.save_state()
    if ctx.db is not None:
        ctx.db.close()
    if instance is not None:
        instance.release()
    if temp_dir is not None:
        temp_dir.cleanup()
    logging.getLogger(__name__).info("Stopped")
    return run.exit_code or code


def _start_quietly(window: QWidget, watcher: _FirstPaintWatcher, start: Callable[[], None]) -> None:
    """Start at login (issue 17): stay in the tray, or minimised where there
    is no tray, so the window is always one click away. The rest of the
    start-up does not wait for a paint that a hidden window never gets."""
    from fibro_desktop.ui.tray import TrayIcon

    QApplication.instance().removeEventFilter(watcher)
    if not TrayIcon.available():
        window.showMinimized()
    QTimer.singleShot(0, start)


def _watch_stop_signal(app: QApplication):
    """SIGTERM quits as the Quit action does (see :mod:`fibro_desktop.ui.stop_signal`)."""
    import signal
    import threading

    if not hasattr(signal, "SIGTERM") or threading.current_thread() is not threading.main_thread():
        return None
    from fibro_desktop.ui.stop_signal import StopSignalWatcher

    try:
        return StopSignalWatcher(app.quit, app)
    except (OSError, ValueError) as exc:  # a platform without wake-up sockets: the default stays
        logging.getLogger(__name__).warning("Cannot watch for SIGTERM: %s", exc)
        return None


def _after_first_paint(run: _Run) -> None:
    # SIGTERM first (its socket module is not needed for the first frame), so
    # a passphrase or recovery dialog in _finish_startup can be stopped too.
    run.stop_watcher = _watch_stop_signal(run.app)
    _read_system_accessibility(run.shell)
    _finish_startup_guarded(run)


def _read_system_accessibility(shell: Shell) -> None:
    """The system's high-contrast and reduce-motion settings, read on a
    worker thread (``gsettings`` can take a moment) and followed when known."""
    from fibro_desktop.ui.system_a11y import SystemAccessibilityReader, readers_for

    reader = SystemAccessibilityReader(readers_for(), parent=shell.theme)
    reader.read_done.connect(shell.theme.set_system_accessibility)
    reader.start()


def _finish_startup_guarded(run: _Run) -> None:
    """:func:`_finish_startup`, but a smoke test that meets an unexpected
    error exits non-zero instead of waiting forever behind an error dialog."""
    if not run.options.smoke_test:
        _finish_startup(run)
        return
    try:
        _finish_startup(run)
    except Exception as exc:
        logging.getLogger(__name__).exception("Start-up failed")
        print(f"smoke test failed: {exc!r}", file=sys.stderr)
        run.exit_code = 1
        run.app.quit()


def _finish_startup(run: _Run) -> None:
    """Second start-up step, after the first paint: logging, database,
    demo data, features, the current page, then welcome or smoke test."""
    from fibro_desktop.logging_setup import configure_logging, forward_qt_messages
    from fibro_desktop.store.database import is_read_only, open_database
    from fibro_desktop.store.errors import DataReadOnlyError, StoreError

    ctx, options = run.ctx, run.options
    ctx.log_file = configure_logging(ctx.log_dir)
    forward_qt_messages()
    log = logging.getLogger(__name__)
    log.info("Starting; data folder %s", ctx.data_dir)
    try:
        ctx.db = open_database(ctx.data_dir, now=ctx.clock.now(), read_only_ok=True,
                               read_only=run.lock_problem is not None)
    except DataReadOnlyError as exc:  # no data yet, or it needs an upgrade: nothing to show
        log.error("Cannot open the database: %s", exc)
        if options.smoke_test:
            print(f"smoke test failed: {exc}", file=sys.stderr)
        else:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(run.shell.window, _tr("Fibro Desktop"), _read_only_text(
                run.lock_problem, ctx.data_dir, opened=False))
        run.exit_code = 1
        run.app.quit()
        return
    except StoreError as exc:
        log.error("Cannot open the database: %s", exc)
        if options.smoke_test:
            print(f"smoke test failed: {exc}", file=sys.stderr)
        else:
            from fibro_desktop.wiring.data_safety import recover_at_start
            from fibro_desktop.wiring.encryption import unlock_at_start

            ctx.db, problem = unlock_at_start(run.shell.window, ctx, exc, instance=run.instance)  # ask the passphrase
            if problem is not None:
                ctx.db = recover_at_start(run.shell.window, ctx, problem)  # restore a backup, export, or quit
        if ctx.db is None:
            run.exit_code = 1
            run.app.quit()
            return
    try:
        if options.demo:
            from fibro_desktop.demo import fill_demo_data
            from fibro_desktop.ui.demo_words import demo_words

            # In the person's language, as the real app seeds its defaults (translations are installed by now).
            fill_demo_data(ctx.db, ctx.clock.now(), words=demo_words())
        finish_shell(run.shell, ctx, with_tray=not options.smoke_test)
    except Exception as exc:  # the window stays, with what could be built
        log.exception("Start-up did not finish")
        run.shell.startup_problems.append(f"start-up: {exc!r}")
        run.shell.window.enable_pages()
    finally:
        # Whatever failed above, a second launch must still find this one.
        if run.instance is not None:
            run.instance.listen()
            run.instance.activated.connect(run.shell.window.bring_to_front)
    if is_read_only(ctx.db):
        log.warning("Data opened read-only (%s)", run.lock_problem or "the folder cannot be written")
        run.shell.window.show_notice("read-only", _read_only_text(run.lock_problem, ctx.data_dir, opened=True),
                                     closable=False)
    run.finished = True
    for callback in run.on_ready:
        callback()
    if options.smoke_test:
        QTimer.singleShot(0, lambda: _finish_smoke_test(run))
    elif not ctx.preferences.get(prefs.WELCOME_SEEN) and not options.demo:
        QTimer.singleShot(0, lambda: _open_welcome(run.shell.window, ctx))


def _plain_write_error(exc: OSError) -> str:
    import errno

    if exc.errno == errno.ENOSPC:
        return _tr("the disk is full.")
    if files.is_not_writable_error(exc):
        return _tr("the place it is in cannot be written to.")
    return (exc.strerror or say_error(exc)) + "."


def _read_only_text(lock_problem: str | None, data_dir: Path, *, opened: bool) -> str:
    """Why the data can only be read, and what the person can do, in plain words."""
    if lock_problem == "write":
        why = _tr("Fibro Desktop could not write in your data folder %1; the disk may be full.")
    else:
        why = _tr("Your data folder %1 cannot be written to: it is read-only, or on a drive "
                  "that does not allow changes.")
    why = why.replace("%1", str(data_dir))
    remedy = (_tr("free some space on that disk") if lock_problem == "write" else
              _tr("make the folder writable, or move your data folder to a drive that allows changes"))
    if not opened:
        return why + " " + _tr("Your data cannot be opened there without writing to it. Nothing was changed. "
                               "Please %1, and start again.").replace("%1", remedy)
    return why + " " + _tr("Your data is open for reading only: you can look at it, export it and "
                           "make the provider report, but changes cannot be saved. To save again, "
                           "%1, then restart Fibro Desktop.").replace("%1", remedy)


def _install_translations(app: QApplication, data_dir: Path) -> None:
    """The language chosen in Settings (or the system's) and its formats."""
    from fibro_desktop.resources import resources_root
    from fibro_desktop.ui.translations import apply_language, saved_choice

    try:
        choice = saved_choice(data_dir)
    except OSError:  # an unreadable preferences file: the system's language
        choice = "system"
    apply_language(app, resources_root() / "translations", choice)


def _finish_smoke_test(run: _Run) -> None:
    from fibro_desktop.smoke import run_smoke_test

    log = logging.getLogger(__name__)
    notes: list[str] = []
    try:
        problems = list(run.shell.startup_problems) + run_smoke_test(run.shell, run.ctx, notes)
    except Exception as exc:  # exit non-zero, never hang on an uncaught error
        problems = [f"the smoke test itself failed: {exc!r}"]
    for note in notes:
        print(f"smoke test: {note}")
        log.info("Smoke test: %s", note)
    if problems:
        # Also logged: a windowed build on Windows has no console to print to.
        for problem in problems:
            print(f"smoke test: {problem}", file=sys.stderr)
            log.error("Smoke test: %s", problem)
        run.exit_code = 1
    else:
        print("smoke test passed: every tab opened, database written and read back")
    run.app.quit()
