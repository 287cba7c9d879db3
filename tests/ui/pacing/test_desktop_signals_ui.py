"""What the desktop tells the break timer, as the person meets it (issue 17):
the Settings say which signals this computer gives, and a notice never
pops up over a full-screen window or Do Not Disturb."""

from fibro_desktop.ui.pacing import desktop_watch
from fibro_desktop.ui.pacing.desktop_busy import BusyReason
from fibro_desktop.ui.pacing.desktop_signals import DesktopSignals, describe
from fibro_desktop.wiring import pacing as pacing_wiring


def pacing(shell, app_context, qtbot):
    page = shell.window.show_tab("pacing")
    qtbot.waitUntil(page.isVisible)
    return page, shell.state(pacing_wiring.FEATURE)


def test_the_settings_say_plainly_which_signals_this_desktop_gives(shell, app_context, qtbot):
    page, state = pacing(shell, app_context, qtbot)
    note = page.settings.idle_note.text()
    # Tests run offscreen: no idle time, lock, full screen or Do Not Disturb to read.
    assert "does not let the app read how long the keyboard has been idle" in note
    assert "does not tell the app about full-screen windows or Do Not Disturb" in note
    # A little after start-up the desktop watch finds more (here: as on GNOME on Wayland).
    state.driver.set_desktop_signals(DesktopSignals(idle="org.gnome.Mutter.IdleMonitor",
                                                       lock="ScreenSaver ActiveChanged (D-Bus)",
                                                       do_not_disturb="show-banners (gsettings)"))
    note = page.settings.idle_note.text()
    assert "Time away from the keyboard and mouse counts as a break." in note
    assert "A locked screen counts as time away." in note
    assert "The app can see Do Not Disturb" in note and "Full-screen windows are not reported here." in note


def test_describe_every_combination_in_plain_words():
    everything = describe(DesktopSignals("GetLastInputInfo", "WM_WTSSESSION_CHANGE",
                                         "SHQueryUserNotificationState", "x"))
    assert "full-screen window (a film, a presentation, a game) and Do Not Disturb" in everything
    x11 = describe(DesktopSignals(idle="XScreenSaverQueryInfo", fullscreen="_NET_WM_STATE_FULLSCREEN"))
    assert "A locked screen is not reported here; time away from the keyboard covers it." in x11
    assert "Do Not Disturb is not reported here." in x11


def test_a_notice_waits_while_a_full_screen_window_is_in_front(shell, app_context, qtbot, clock):
    page, state = pacing(shell, app_context, qtbot)
    busy = [BusyReason.FULLSCREEN]
    state.driver.set_busy_source(lambda: busy[0])
    clock.advance(10 * 60 - 10)
    state.driver.poll()
    assert state.panel.mode() != "notice" and not state.panel.isVisible()
    busy[0] = None  # the full-screen window closed: the break comes (the machine's deferral)


def test_the_desktop_watch_records_what_it_found(shell, app_context, qtbot, monkeypatch):
    from fibro_desktop.ui.pacing import desktop_busy, idle

    page, state = pacing(shell, app_context, qtbot)
    driver = state.driver
    bus_calls = []

    def fake_bus(service, path, interface, method, *arguments):
        bus_calls.append(method)
        return 5_000 if method == "GetIdletime" else None

    monkeypatch.setattr(idle, "qt_dbus_call", lambda: fake_bus)
    monkeypatch.setattr(desktop_busy, "busy_checks", lambda platform, dbus_call=None: {
        "do_not_disturb": lambda: BusyReason.DO_NOT_DISTURB})
    monkeypatch.setattr(desktop_busy, "desktop_names", lambda: {"GNOME"})
    desktop_watch.watch_desktop(driver, shell.window, platform="linux")
    assert driver.desktop_signals.idle == "org.gnome.Mutter.IdleMonitor"
    assert driver.desktop_signals.do_not_disturb == "show-banners (gsettings)"
    assert driver._read_busy() is True
    assert driver._idle() == 5.0
    assert "Time away from the keyboard and mouse counts as a break." in page.settings.idle_note.text()
