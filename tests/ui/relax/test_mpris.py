"""The Relax player answers the keyboard's media keys from any program
(issue 22): registered on a private D-Bus session bus, called the way a
desktop calls it, over MPRIS."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher, QDBusVariant

from fibro_desktop.ui.relax import mpris

pytestmark = pytest.mark.skipif(not shutil.which("dbus-daemon"), reason="dbus-daemon is not installed")


class FakePlayer(QObject):
    state_changed = Signal(str)
    loaded = Signal()

    def __init__(self):
        super().__init__()
        self._state, self._source, self.calls = "stopped", None, []

    def state(self):
        return self._state

    def source(self):
        return self._source

    def play(self):
        self.calls.append("play")
        self._state = "playing"
        self.state_changed.emit(self._state)

    def pause(self):
        self.calls.append("pause")
        self._state = "paused"
        self.state_changed.emit(self._state)

    def toggle(self):
        self.pause() if self._state == "playing" else self.play()


@pytest.fixture
def private_bus():
    read, write = os.pipe()
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--nopidfile", f"--print-address={write}"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as f:
        address = f.readline().strip()
    app_side = QDBusConnection.connectToBus(address, "fibro-app")
    desktop_side = QDBusConnection.connectToBus(address, "fibro-desktop-shell")
    try:
        yield app_side, desktop_side
    finally:
        QDBusConnection.disconnectFromBus("fibro-app")
        QDBusConnection.disconnectFromBus("fibro-desktop-shell")
        daemon.terminate()
        daemon.wait(timeout=30)


def call(qtbot, bus, interface, method, *args):
    """Call like a desktop does, without blocking the app's event loop (the
    app answers on this same thread; QDBusInterface would first introspect
    synchronously and wait for itself)."""
    message = QDBusMessage.createMethodCall(mpris.SERVICE, mpris.OBJECT_PATH, interface, method)
    message.setArguments(list(args))
    watcher = QDBusPendingCallWatcher(bus.asyncCall(message))
    qtbot.waitUntil(watcher.isFinished, timeout=10_000)
    reply = watcher.reply()
    assert not watcher.isError(), watcher.error().message()
    return [a.variant() if isinstance(a, QDBusVariant) else a for a in reply.arguments()]


def test_media_keys_play_and_pause_the_session_and_the_desktop_sees_the_state(qtbot, private_bus):
    app_side, desktop_side = private_bus
    player = FakePlayer()
    raised = []
    host = mpris.register(player, lambda: "Release only", lambda: raised.append(True), bus=app_side)
    assert host is not None
    player._source = "release-only.opus"
    call(qtbot, desktop_side, mpris.PLAYER_INTERFACE, "PlayPause")
    assert player.calls == ["play"]
    status = call(qtbot, desktop_side, "org.freedesktop.DBus.Properties", "Get", mpris.PLAYER_INTERFACE,
                  "PlaybackStatus")
    assert status == ["Playing"]
    call(qtbot, desktop_side, mpris.PLAYER_INTERFACE, "PlayPause")
    assert player.calls == ["play", "pause"]
    call(qtbot, desktop_side, "org.mpris.MediaPlayer2", "Raise")
    assert raised == [True]
    for name, value in (("CanPlay", True), ("CanGoNext", False), ("CanSeek", False)):
        assert call(qtbot, desktop_side, "org.freedesktop.DBus.Properties", "Get", mpris.PLAYER_INTERFACE,
                    name) == [value]
    identity = call(qtbot, desktop_side, "org.freedesktop.DBus.Properties", "Get", "org.mpris.MediaPlayer2",
                    "Identity")
    assert identity == ["Fibro Desktop"]
    host.unregister()


def test_nothing_loaded_means_play_does_nothing(qtbot, private_bus):
    app_side, desktop_side = private_bus
    player = FakePlayer()
    host = mpris.register(player, lambda: "", lambda: None, bus=app_side)
    call(qtbot, desktop_side, mpris.PLAYER_INTERFACE, "Play")
    call(qtbot, desktop_side, mpris.PLAYER_INTERFACE, "PlayPause")
    assert player.calls == []
    host.unregister()


def test_the_test_suite_keeps_off_the_real_session_bus():
    assert os.environ.get(mpris.ENV_SWITCH) == "0"
    assert mpris.register(FakePlayer(), lambda: "", lambda: None) is None
