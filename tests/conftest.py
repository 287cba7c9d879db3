"""Shared fixtures: an offscreen Qt, a fresh database per test, a built shell.

Every test gets its own temporary data folder through the production
``open_database``; nothing touches the real user folders.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep Qt's notion of the user folders inside the test run.
os.environ.pop("FIBRO_DESKTOP_DATA_DIR", None)
# The Relax player stays off the session bus: running the tests must never
# take the developer's media keys (tests/ui/relax/test_mpris.py has its own bus).
os.environ["FIBRO_DESKTOP_MEDIA_KEYS"] = "0"

import pytest  # noqa: E402

from fibro_desktop import locations  # noqa: E402
from fibro_desktop.core.fake_clock import FakeClock  # noqa: E402
from fibro_desktop.store.database import open_database  # noqa: E402

locations.apply_identity()

#: A fixed moment for tests: Tuesday 24 November 2026, 10:00 in UTC+01:00.
TEST_NOW = datetime(2026, 11, 24, 10, 0, tzinfo=timezone(timedelta(hours=1)))
REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session", autouse=True)
def collect_cycles_between_events(qapp):
    """As the app does (``ui/idle_gc.py``): a cycle collected in the middle of
    a Qt call can destroy a Qt object while Qt holds a lock, and hang."""
    from fibro_desktop.ui.idle_gc import IdleCollector

    collector = IdleCollector(qapp)
    yield collector
    collector.stop()


@pytest.fixture(scope="session")
def first_locale(qapp):
    """The default locale the test process started with (the system's)."""
    from PySide6.QtCore import QLocale

    return QLocale()


@pytest.fixture(autouse=True)
def language_as_the_run_began(request):
    """Every Qt test starts, and leaves, in the language the run began with:
    a test that installs a catalogue or sets a default locale (a language
    walk, the app's own start-up) must not change how the next test's dates
    read or how wide its words are. Only for tests that had a QApplication."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        yield
        return
    first = request.getfixturevalue("first_locale")
    _drop_languages(request.getfixturevalue("qapp"), first)
    yield
    _drop_languages(request.getfixturevalue("qapp"), first)


def _drop_languages(qapp, locale) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    for child in list(qapp.children()):
        if isinstance(child, QTranslator):
            QCoreApplication.removeTranslator(child)
            child.deleteLater()
    QLocale.setDefault(locale)


@pytest.fixture(autouse=True)
def close_windows_left_modal(request):
    """A modal dialog a test leaves open blocks every shortcut of the next
    tests' windows (Qt gives keys to the modal one): close them after each
    test. Only for tests that had a QApplication."""
    yield
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        return
    from PySide6.QtWidgets import QApplication

    for _ in range(20):
        modal = QApplication.activeModalWidget() or QApplication.activePopupWidget()
        if modal is None:
            break
        # Hide, not close: closing an editor with unsaved words would ask
        # first, in a box of its own. Hiding a dialog ends its exec() too.
        modal.hide()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item):
    """Delete now the windows the test's qtbot closed. pytest-qt asks for
    their deletion (``deleteLater``), which Qt does only when an event loop
    next returns: until then a closed window's timers keep firing, in
    whatever later test processes events (a CI run crashed in the rescue
    plan's dialog, built by the timer of a window closed many tests before,
    and about 80 windows were alive after the journal tests alone). Deleted
    here, a test's windows end with it."""
    result = yield
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return result


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def db(data_dir: Path):
    database = open_database(data_dir, now=TEST_NOW)
    yield database
    database.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(wall=TEST_NOW)


@pytest.fixture
def app_context(qapp, data_dir: Path, db, clock):
    from fibro_desktop.shell import AppContext
    from fibro_desktop.ui.preferences import Preferences, WindowState

    return AppContext(data_dir=data_dir, log_dir=data_dir / "logs", db=db, clock=clock,
                      preferences=Preferences(data_dir), window_state=WindowState(data_dir))


@pytest.fixture
def shell(qapp, qtbot, app_context):
    """The whole built UI (no tray), shown; closed after the test."""
    from fibro_desktop.shell import build_shell

    built = build_shell(qapp, app_context, with_tray=False)
    qtbot.addWidget(built.window)
    built.window.show()
    qtbot.waitExposed(built.window)
    make_active(qtbot, built.window)
    yield built
    built.window.close()


def make_active(qtbot, window) -> None:
    """Make ``window`` the active one, as a person's click does: its
    shortcuts (Ctrl+L, F1) reach it only then, and a window an earlier test
    left behind may still hold the focus."""
    from PySide6.QtWidgets import QApplication

    window.raise_()
    window.activateWindow()
    try:
        qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    except Exception:  # noqa: BLE001 - another window kept the focus: hand it over as a click would
        QApplication.setActiveWindow(window)
        qtbot.waitUntil(window.isActiveWindow, timeout=10_000)


def run_cli(*args: str, env: dict | None = None, timeout: float = 120):
    """Run ``python -m fibro_desktop ARGS`` in a subprocess (offscreen)."""
    import subprocess

    full_env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    full_env.pop("FIBRO_DESKTOP_DATA_DIR", None)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "fibro_desktop", *args], capture_output=True,
                          text=True, env=full_env, cwd=REPO_ROOT, timeout=timeout)
