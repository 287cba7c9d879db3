"""A pacing driver on a fake clock with short intervals, and its panel."""

import pytest

from fibro_desktop.ui import preferences as prefs


@pytest.fixture
def quick_prefs(app_context):
    p = app_context.preferences
    p.set(prefs.PACING_MICRO_EVERY_MIN, 1)
    p.set(prefs.PACING_MICRO_LENGTH_S, 10)
    p.set(prefs.PACING_MOVEMENT_EVERY_MIN, 5)
    p.set(prefs.PACING_MOVEMENT_LENGTH_MIN, 1)
    p.set(prefs.PACING_RECOVERY_LENGTH_MIN, 2)
    return p


@pytest.fixture
def driver(app_context, quick_prefs, qtbot):
    from fibro_desktop.ui.pacing.driver import PacingDriver

    d = PacingDriver(app_context.db, app_context.clock, quick_prefs, app_context.data_events,
                     app_context.intents)
    yield d
    d.machine = None  # stop before the database closes


@pytest.fixture
def panel(driver, quick_prefs, qtbot):
    from fibro_desktop.ui.pacing.panel import BreakPanel

    p = BreakPanel(driver, quick_prefs)
    qtbot.addWidget(p)
    return p


def advance(clock, driver, seconds):
    """Let ``seconds`` pass and wake the driver as its timer would."""
    clock.advance(seconds)
    driver.poll()


def pulse_server_reachable() -> bool:
    """Whether a PulseAudio (or PipeWire-Pulse) server answers on its socket:
    ``PULSE_SERVER`` when set (``unix:/path``, a path, or ``tcp:host:port``),
    else ``$PULSE_RUNTIME_PATH/native`` or ``$XDG_RUNTIME_DIR/pulse/native``."""
    import os
    import socket

    server = os.environ.get("PULSE_SERVER", "").split()[0] if os.environ.get("PULSE_SERVER") else ""
    if server.startswith("tcp:") or (server and not server.startswith(("unix:", "/"))):
        host, _, port = server.removeprefix("tcp:").rpartition(":")
        address: object = (host or server, int(port) if port.isdigit() else 4713)
        family = socket.AF_INET
    else:
        path = server.removeprefix("unix:")
        if not path:
            runtime = os.environ.get("PULSE_RUNTIME_PATH") or os.path.join(
                os.environ.get("XDG_RUNTIME_DIR", f"/run/user/{os.getuid()}"), "pulse")
            path = os.path.join(runtime, "native")
        if not os.path.exists(path):
            return False
        address, family = path, socket.AF_UNIX
    try:
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.settimeout(2)
            probe.connect(address)
        return True
    except (OSError, ValueError):
        return False
