"""Media keys for the Relax player on Linux, through MPRIS over D-Bus.

Keyboards' play/pause keys go to the desktop, which passes them on to the
media player registered on the session bus under
``org.mpris.MediaPlayer2.*``. Registering the Relax player there lets those
keys (and the desktop's sound menu) pause and resume a session while
another program has focus; without it they work only while the Relax tab
has focus. Nothing leaves the computer: the session bus is local.

Only what the player can do is offered: play, pause, play/pause, stop and
raise the window; no track list, no seeking from outside. Where there is no
session bus (Windows, macOS, a bare Linux session) :func:`register` returns
``None`` and nothing changes.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable

from PySide6.QtCore import ClassInfo, Property, QObject, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection, QDBusMessage, QDBusObjectPath

from fibro_desktop import identity

log = logging.getLogger(__name__)

OBJECT_PATH = "/org/mpris/MediaPlayer2"
SERVICE = f"org.mpris.MediaPlayer2.{identity.APPLICATION_NAME.replace('-', '_')}"
PLAYER_INTERFACE = "org.mpris.MediaPlayer2.Player"
#: The player's states (``AudioPlayer.state()``) as MPRIS names them.
STATUS = {"playing": "Playing", "paused": "Paused"}


@ClassInfo({"D-Bus Interface": "org.mpris.MediaPlayer2"})
class _RootAdaptor(QDBusAbstractAdaptor):
    """The application: its name, and bringing its window forward."""

    def __init__(self, host: MprisHost):
        super().__init__(host)
        self._host = host

    def _identity(self) -> str:
        return "Fibro Desktop"

    def _desktop_entry(self) -> str:
        return identity.APPLICATION_NAME

    def _yes(self) -> bool:
        return True

    def _no(self) -> bool:
        return False

    def _none(self) -> list[str]:
        return []

    Identity = Property(str, _identity)
    DesktopEntry = Property(str, _desktop_entry)
    CanRaise = Property(bool, _yes)
    CanQuit = Property(bool, _no)
    HasTrackList = Property(bool, _no)
    SupportedUriSchemes = Property("QStringList", _none)
    SupportedMimeTypes = Property("QStringList", _none)

    @Slot()
    def Raise(self) -> None:  # noqa: N802 (MPRIS names)
        self._host.raise_window()

    @Slot()
    def Quit(self) -> None:  # noqa: N802
        """Not offered (CanQuit is false): quitting stays the person's own choice."""


@ClassInfo({"D-Bus Interface": PLAYER_INTERFACE})
class _PlayerAdaptor(QDBusAbstractAdaptor):
    """Play, pause and stop the current session."""

    def __init__(self, host: MprisHost):
        super().__init__(host)
        self._host = host

    def _status(self) -> str:
        return STATUS.get(self._host.player.state(), "Stopped")

    def _can_play(self) -> bool:
        return self._host.player.source() is not None

    def _no(self) -> bool:
        return False

    def _yes(self) -> bool:
        return True

    def _metadata(self) -> dict:
        return {"mpris:trackid": QDBusObjectPath(f"{OBJECT_PATH}/session"), "xesam:title": self._host.title()}

    PlaybackStatus = Property(str, _status)
    Metadata = Property("QVariantMap", _metadata)
    CanPlay = Property(bool, _can_play)
    CanPause = Property(bool, _can_play)
    CanControl = Property(bool, _yes)
    CanGoNext = Property(bool, _no)
    CanGoPrevious = Property(bool, _no)
    CanSeek = Property(bool, _no)

    @Slot()
    def Play(self) -> None:  # noqa: N802 (MPRIS names)
        if self._can_play():
            self._host.player.play()

    @Slot()
    def Pause(self) -> None:  # noqa: N802
        self._host.player.pause()

    @Slot()
    def PlayPause(self) -> None:  # noqa: N802
        if self._can_play():
            self._host.toggle()

    @Slot()
    def Stop(self) -> None:  # noqa: N802
        self._host.player.pause()

    @Slot()
    def Next(self) -> None:  # noqa: N802
        """No track list: nothing to do."""

    @Slot()
    def Previous(self) -> None:  # noqa: N802
        """No track list: nothing to do."""


class MprisHost(QObject):
    """The object on the bus; owns both adaptors and tells the desktop when
    the player's state or session changes (``PropertiesChanged``)."""

    def __init__(self, player, title: Callable[[], str], raise_window: Callable[[], None],
                 bus: QDBusConnection, toggle: Callable[[], None] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.player = player
        self.title = title
        self.raise_window = raise_window
        self.toggle = toggle or player.toggle
        self._bus = bus
        _RootAdaptor(self)
        self._player_adaptor = _PlayerAdaptor(self)
        player.state_changed.connect(self._announce)
        player.loaded.connect(self._announce)

    def _announce(self, *_args) -> None:
        signal = QDBusMessage.createSignal(OBJECT_PATH, "org.freedesktop.DBus.Properties", "PropertiesChanged")
        adaptor = self._player_adaptor
        changed = {"PlaybackStatus": adaptor.PlaybackStatus, "Metadata": adaptor.Metadata,
                   "CanPlay": adaptor.CanPlay, "CanPause": adaptor.CanPause}
        signal.setArguments([PLAYER_INTERFACE, changed, []])
        self._bus.send(signal)

    def unregister(self) -> None:
        self._bus.unregisterObject(OBJECT_PATH)
        self._bus.unregisterService(SERVICE)


#: Set to "0" to keep the player off the session bus (the test suite does,
#: so running the tests never takes a developer's media keys).
ENV_SWITCH = "FIBRO_DESKTOP_MEDIA_KEYS"


def register(player, title: Callable[[], str], raise_window: Callable[[], None],
             toggle: Callable[[], None] | None = None, parent: QObject | None = None,
             bus: QDBusConnection | None = None) -> MprisHost | None:
    """Put the player on the session bus; ``None`` where there is none."""
    if bus is None:
        if os.environ.get(ENV_SWITCH) == "0":
            return None
        if not os.environ.get("DBUS_SESSION_BUS_ADDRESS") and not os.path.exists(
                f"/run/user/{os.getuid() if hasattr(os, 'getuid') else 0}/bus"):
            return None  # no session bus: do not let Qt try to autolaunch one
        bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return None
    host = MprisHost(player, title, raise_window, bus, toggle, parent)
    if not bus.registerObject(OBJECT_PATH, host) or not bus.registerService(SERVICE):
        log.info("media keys: could not register %s on the session bus", SERVICE)
        host.unregister()
        host.deleteLater()
        return None
    return host
