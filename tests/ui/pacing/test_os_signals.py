"""The OS adapters of pacing (issue 17): idle time, screen lock, full
screen and Do Not Disturb on every desktop, each run here with fakes of
the OS calls, so Windows, macOS, X11, GNOME and KDE branches all run on
this machine."""

import ctypes

import pytest

from fibro_desktop.ui.pacing import desktop_busy, idle, session_lock
from fibro_desktop.ui.pacing.desktop_busy import BusyReason

# -- idle: Windows -----------------------------------------------------------------


class FakeUser32:
    """GetLastInputInfo filling dwTime, as Windows does."""

    def __init__(self, last_input_ms, ok=True):
        self.last_input_ms, self.ok = last_input_ms, ok

    def GetLastInputInfo(self, pointer):  # noqa: N802 (the OS name)
        info = pointer._obj
        assert info.cbSize == ctypes.sizeof(info)
        info.dwTime = self.last_input_ms
        return 1 if self.ok else 0


class FakeKernel32:
    def __init__(self, tick_ms):
        self.tick_ms = tick_ms

    def GetTickCount(self):  # noqa: N802
        return self.tick_ms


@pytest.mark.parametrize(("tick", "last", "seconds"), [
    (5_000, 2_000, 3.0),
    (2_000, 2_000, 0.0),
    (0x0000_0400, 0xFFFF_FC00, 2.048),  # the counters wrapped after 49.7 days between the two
    (0xFFFF_FFFF, 0, 4294967.295),
])
def test_windows_idle_arithmetic_with_wrap_around(tick, last, seconds):
    assert idle.windows_idle_seconds(tick, last) == pytest.approx(seconds)
    read = idle._windows(FakeUser32(last), FakeKernel32(tick))
    assert read() == pytest.approx(seconds)


def test_windows_idle_unknown_when_the_call_fails():
    assert idle._windows(FakeUser32(0, ok=False), FakeKernel32(10))() is None


# -- idle: macOS ---------------------------------------------------------------------


class FakeCoreGraphics:
    def __init__(self, seconds):
        self.seconds = seconds
        self.asked = []

    def CGEventSourceSecondsSinceLastEventType(self, state, event_type):  # noqa: N802
        self.asked.append((state, event_type))
        return self.seconds


def test_macos_idle_reads_any_input_of_the_session():
    cg = FakeCoreGraphics(42.5)
    assert idle._macos(cg)() == 42.5
    assert cg.asked == [(0, 0xFFFFFFFF)]  # combined session state, any input event
    cg.seconds = -1.0  # a failed call is "unknown", never "just typed"
    assert idle._macos(cg)() is None


def test_idle_reader_chooses_by_platform(monkeypatch):
    monkeypatch.setattr(idle, "_macos", lambda: "mac")
    monkeypatch.setattr(idle, "_windows", lambda: "win")
    monkeypatch.setattr(idle, "_x11", lambda: "x11")
    assert idle.idle_reader("darwin", {}) == "mac"
    assert idle.idle_reader("win32", {}) == "win"
    assert idle.idle_reader("linux", {"DISPLAY": ":0"}) == "x11"
    # Wayland: nothing here; the D-Bus reader comes a little after start-up.
    assert idle.idle_reader("linux", {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}) is None
    assert idle.idle_reader("linux", {"XDG_SESSION_TYPE": "wayland"}) is None


def test_idle_reader_is_none_when_the_library_is_missing(monkeypatch):
    def missing():
        raise OSError("no such library")

    monkeypatch.setattr(idle, "_macos", missing)
    assert idle.idle_reader("darwin", {}) is None


# -- idle: Wayland over D-Bus ---------------------------------------------------------------


class FakeBus:
    """Answers method calls like a session bus: {(service, method): value}."""

    def __init__(self, answers):
        self.answers = answers
        self.calls = []

    def __call__(self, service, path, interface, method, *arguments):
        self.calls.append((service, path, interface, method, arguments))
        value = self.answers.get((service, method))
        return value(*arguments) if callable(value) else value


def test_gnome_wayland_idle_from_mutter_idle_monitor():
    bus = FakeBus({("org.gnome.Mutter.IdleMonitor", "GetIdletime"): 90_500})
    read, service = idle.dbus_idle_reader(bus)
    assert service == "org.gnome.Mutter.IdleMonitor"
    assert read() == 90.5
    assert bus.calls[-1][:4] == ("org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core",
                                 "org.gnome.Mutter.IdleMonitor", "GetIdletime")


def test_kde_wayland_idle_from_the_screen_saver_service():
    bus = FakeBus({("org.freedesktop.ScreenSaver", "GetSessionIdleTime"): 12_000})
    read, service = idle.dbus_idle_reader(bus)
    assert service == "org.freedesktop.ScreenSaver"
    assert read() == 12.0
    bus.answers.clear()  # the service went away later: unknown, not zero
    assert read() is None


def test_no_desktop_service_means_no_idle_reader():
    assert idle.dbus_idle_reader(FakeBus({})) is None
    # A reply of the wrong kind is no answer.
    assert idle.dbus_idle_reader(FakeBus({("org.gnome.Mutter.IdleMonitor", "GetIdletime"): "soon"})) is None


# -- lock: Windows -----------------------------------------------------------------------


def test_windows_session_change_messages():
    assert session_lock.windows_lock_change(0x02B1, 0x7) is True  # WTS_SESSION_LOCK
    assert session_lock.windows_lock_change(0x02B1, 0x8) is False  # WTS_SESSION_UNLOCK
    assert session_lock.windows_lock_change(0x02B1, 0x5) is None  # a log-on, not ours
    assert session_lock.windows_lock_change(0x0010, 0x7) is None  # WM_CLOSE


def test_windows_lock_filter_reads_the_native_message(qapp):
    seen = []
    event_filter = session_lock.WindowsLockFilter(seen.append)
    msg = session_lock._Msg(message=0x02B1, wParam=0x7)
    assert event_filter.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(msg)) == (False, 0)
    msg.wParam = 0x8
    event_filter.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(msg))
    event_filter.nativeEventFilter(b"xcb_generic_event_t", 0)  # another platform's events: ignored
    assert seen == [True, False]


def test_windows_registers_the_window_for_session_notifications():
    calls = []

    class FakeWtsapi32:
        def WTSRegisterSessionNotification(self, hwnd, flags):  # noqa: N802
            calls.append((hwnd.value, flags))
            return 1

    assert session_lock.WindowsLockFilter.register(0x1234, FakeWtsapi32()) is True
    assert calls == [(0x1234, 0)]  # NOTIFY_FOR_THIS_SESSION


# -- lock: macOS --------------------------------------------------------------------------


class FakeCoreFoundation:
    """Dictionaries as Python dicts behind fake pointers."""

    def __init__(self):
        self.objects = {}
        self.released = []

    def put(self, value):
        handle = 1000 + len(self.objects)
        self.objects[handle] = value
        return handle

    def CFStringCreateWithCString(self, _allocator, text, _encoding):  # noqa: N802
        return self.put(text.decode())

    def CFDictionaryGetValue(self, dictionary, key):  # noqa: N802
        value = self.objects[dictionary].get(self.objects[key])
        return None if value is None else self.put(value)

    def CFBooleanGetValue(self, handle):  # noqa: N802
        return self.objects[handle]

    def CFRelease(self, handle):  # noqa: N802
        self.released.append(handle)


class FakeSession:
    def __init__(self, cf, session):
        self.cf, self.session = cf, session

    def CGSessionCopyCurrentDictionary(self):  # noqa: N802
        return None if self.session is None else self.cf.put(self.session)


def test_macos_lock_from_the_session_dictionary():
    cf = FakeCoreFoundation()
    cg = FakeSession(cf, {"CGSSessionScreenIsLocked": True, "kCGSSessionOnConsoleKey": True})
    locked = session_lock.macos_lock_reader(cg, cf)
    assert locked() is True
    cg.session = {"kCGSSessionOnConsoleKey": True}  # the key is there only while locked
    assert locked() is False
    assert len(cf.released) == 2  # every copied dictionary released
    cg.session = None  # no window server session
    assert locked() is None


# -- busy: Windows -------------------------------------------------------------------------


class FakeShell32:
    def __init__(self, state, result=0):
        self.state, self.result = state, result

    def SHQueryUserNotificationState(self, pointer):  # noqa: N802
        pointer._obj.value = self.state
        return self.result


@pytest.mark.parametrize(("state", "reason"), [
    (1, None),  # QUNS_NOT_PRESENT: locked or screen saver, the person is away
    (2, BusyReason.FULLSCREEN),  # QUNS_BUSY
    (3, BusyReason.FULLSCREEN),  # QUNS_RUNNING_D3D_FULL_SCREEN
    (4, BusyReason.PRESENTATION),  # QUNS_PRESENTATION_MODE
    (5, None),  # QUNS_ACCEPTS_NOTIFICATIONS
    (6, None),  # QUNS_QUIET_TIME (first hour after setup)
    (7, None),  # QUNS_APP
])
def test_windows_notification_state(state, reason):
    assert desktop_busy.windows_busy(FakeShell32(state))() is reason


def test_windows_failed_query_is_not_busy():
    assert desktop_busy.windows_busy(FakeShell32(2, result=0x80004005))() is None


# -- busy: macOS ---------------------------------------------------------------------------

SCREENS = [(0, 0, 1440, 900), (1440, 0, 1920, 1080)]
OWN = 4242


def test_macos_front_window_covering_a_screen_is_full_screen():
    menu_bar = (24, 100, (0, 0, 1440, 24))
    keynote = (0, 200, (1440, 0, 1920, 1080))
    editor = (0, 300, (10, 30, 1000, 800))
    assert desktop_busy.front_window_covers_a_screen([menu_bar, keynote, editor], SCREENS, OWN)
    assert not desktop_busy.front_window_covers_a_screen([menu_bar, editor, keynote], SCREENS, OWN)
    # Our own break panel in front does not count; the window behind it does.
    panel = (0, OWN, (1100, 700, 320, 180))
    assert desktop_busy.front_window_covers_a_screen([panel, keynote], SCREENS, OWN)
    assert not desktop_busy.front_window_covers_a_screen([], SCREENS, OWN)


def test_macos_busy_asks_the_window_list_and_the_screens():
    windows = [(0, 1, (0, 0, 1440, 900))]
    check = desktop_busy.macos_busy(lambda: windows, lambda: SCREENS, own_pid=OWN)
    assert check() is BusyReason.FULLSCREEN
    windows[0] = (0, 1, (0, 25, 1440, 875))  # a maximised window leaves the menu bar: not full screen
    assert check() is None


# -- busy: X11 ------------------------------------------------------------------------------


def fake_x11(properties):
    atoms = {"_NET_ACTIVE_WINDOW": 1, "_NET_WM_STATE": 2, "_NET_WM_STATE_FULLSCREEN": 3,
             "_NET_WM_STATE_MAXIMIZED_VERT": 4}
    return (lambda window, name: properties.get((window, name))), atoms.__getitem__, 100


def test_x11_active_window_in_full_screen():
    props = {(100, "_NET_ACTIVE_WINDOW"): [77], (77, "_NET_WM_STATE"): [4, 3]}
    assert desktop_busy.x11_busy(fake_x11(props))() is BusyReason.FULLSCREEN
    props[(77, "_NET_WM_STATE")] = [4]  # maximised only
    assert desktop_busy.x11_busy(fake_x11(props))() is None
    props[(100, "_NET_ACTIVE_WINDOW")] = [0]  # nothing active (the desktop)
    assert desktop_busy.x11_busy(fake_x11(props))() is None
    assert desktop_busy.x11_busy(fake_x11({}))() is None  # no window manager telling


# -- busy: Do Not Disturb ----------------------------------------------------------------------


def test_gnome_do_not_disturb_is_show_banners_false():
    asked = []

    def run(argv, answer="false\n"):
        asked.append(list(argv))
        return answer

    assert desktop_busy.gnome_do_not_disturb(run)() is BusyReason.DO_NOT_DISTURB
    assert asked == [["gsettings", "get", "org.gnome.desktop.notifications", "show-banners"]]
    assert desktop_busy.gnome_do_not_disturb(lambda argv: "true\n")() is None
    assert desktop_busy.gnome_do_not_disturb(lambda argv: None)() is None  # gsettings missing


def test_kde_do_not_disturb_is_the_inhibited_property():
    bus = FakeBus({("org.freedesktop.Notifications", "Get"):
                   lambda interface, name: interface == "org.freedesktop.Notifications" and name == "Inhibited"})
    assert desktop_busy.kde_do_not_disturb(bus)() is BusyReason.DO_NOT_DISTURB
    assert bus.calls[-1][2:4] == ("org.freedesktop.DBus.Properties", "Get")
    assert desktop_busy.kde_do_not_disturb(FakeBus({("org.freedesktop.Notifications", "Get"): False}))() is None
    assert desktop_busy.kde_do_not_disturb(FakeBus({}))() is None


def test_one_busy_source_first_reason_wins_and_a_failing_check_never_stops_a_break():
    def broken():
        raise RuntimeError("the desktop service crashed")

    busy = desktop_busy.combine([broken, lambda: None, lambda: BusyReason.DO_NOT_DISTURB])
    assert busy() is BusyReason.DO_NOT_DISTURB
    assert desktop_busy.combine([broken])() is None
    assert desktop_busy.combine([])() is None


def test_which_checks_each_desktop_gets(monkeypatch):
    monkeypatch.setattr(desktop_busy, "windows_busy", lambda: "win")
    monkeypatch.setattr(desktop_busy, "macos_window_list", lambda: "list")
    monkeypatch.setattr(desktop_busy, "macos_busy", lambda window_list: "mac")
    monkeypatch.setattr(desktop_busy, "x11_properties", lambda: "props")
    monkeypatch.setattr(desktop_busy, "x11_busy", lambda props: "x11")
    monkeypatch.setattr(desktop_busy, "gnome_do_not_disturb", lambda: "gnome")
    monkeypatch.setattr(desktop_busy, "kde_do_not_disturb", lambda call: "kde")
    assert desktop_busy.busy_checks("win32", {}) == {"fullscreen": "win"}
    assert desktop_busy.busy_checks("darwin", {}) == {"fullscreen": "mac"}
    assert desktop_busy.busy_checks("linux", {"DISPLAY": ":0", "XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}) == {
        "fullscreen": "x11", "do_not_disturb": "gnome"}
    assert desktop_busy.busy_checks("linux", {"WAYLAND_DISPLAY": "w", "XDG_CURRENT_DESKTOP": "GNOME"}) == {
        "do_not_disturb": "gnome"}
    assert desktop_busy.busy_checks("linux", {"WAYLAND_DISPLAY": "w", "XDG_CURRENT_DESKTOP": "KDE"},
                                    dbus_call=object()) == {"do_not_disturb": "kde"}
    assert desktop_busy.busy_checks("linux", {"WAYLAND_DISPLAY": "w", "XDG_CURRENT_DESKTOP": "sway"}) == {}
