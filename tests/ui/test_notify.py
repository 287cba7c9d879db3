"""Reminders and restock notes are never silently lost (issue 22): with no
tray, with a tray that shows no messages, and with one that does, the note
is in the window until acted on, and the tray tooltip lists it."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from fibro_desktop.store import toolkit as kit_store
from fibro_desktop.ui.notices import Notice
from fibro_desktop.ui.tray import TrayIcon
from fibro_desktop.wiring import toolkit as toolkit_wiring
from tests.conftest import TEST_NOW


def visible_notices(window) -> list[str]:
    return [n.label.text() for n in window.findChildren(Notice) if not n.isHidden()]


def low_kit(app_context) -> None:
    first = kit_store.list_kit_items(app_context.db)[0]
    kit_store.update_kit_item(app_context.db, TEST_NOW, first.id, quantity=0, restock_below=2)


def turn_on_restock(app_context) -> None:
    from fibro_desktop.ui import preferences as prefs

    app_context.preferences.set(prefs.RESTOCK_REMINDERS, True)


def test_without_a_tray_the_restock_note_waits_in_the_window(shell, app_context, qtbot):
    shell.tray = None
    toolkit_wiring.seed(app_context)
    low_kit(app_context)
    turn_on_restock(app_context)
    assert toolkit_wiring.remind_restock(shell, app_context) is True
    texts = visible_notices(shell.window)
    assert any("Running low" in t for t in texts)


def test_a_tray_without_messages_still_gets_the_tooltip_and_the_notice(shell, qtbot, monkeypatch):
    tray = TrayIcon(QIcon(), [], shell.window)
    monkeypatch.setattr(tray, "supportsMessages", lambda: False)
    monkeypatch.setattr(tray, "isVisible", lambda: True)
    shell.tray = tray
    shown = []
    monkeypatch.setattr(tray, "showMessage", lambda *a: shown.append(a))
    assert shell.notifier.notify("checkin-reminder", "Today's check-in", "A minute?") is False
    assert shown == []
    assert "Today's check-in" in tray.toolTip()
    assert any("A minute?" in t for t in visible_notices(shell.window))


def test_clicking_the_tray_message_does_the_action_and_clears_the_note(shell, qtbot, monkeypatch):
    tray = TrayIcon(QIcon(), [], shell.window)
    monkeypatch.setattr(tray, "supportsMessages", lambda: True)
    monkeypatch.setattr(tray, "isVisible", lambda: True)
    monkeypatch.setattr(tray, "showMessage", lambda *a: None)
    shell.tray = tray
    opened = []
    assert shell.notifier.notify("restock", "Your rescue kit", "Running low: heat pad.",
                                 ("Open the kit", lambda: opened.append("kit"))) is True
    assert "Your rescue kit" in tray.toolTip()
    tray.messageClicked.emit()
    assert opened == ["kit"]
    assert "Your rescue kit" not in tray.toolTip()
    assert not any("Running low" in t for t in visible_notices(shell.window))


def test_the_notice_button_does_the_action(shell, qtbot):
    shell.tray = None
    opened = []
    shell.notifier.notify("checkin-reminder", "Today's check-in", "A minute?",
                          ("Open the check-in", lambda: opened.append(True)))
    notice = next(n for n in shell.window.findChildren(Notice) if not n.isHidden())
    button = next(b for b in notice.buttons if "check-in" in b.text())
    button.click()
    assert opened == [True]


def test_a_confirmation_is_a_tray_message_only_and_its_click_does_no_earlier_action(shell, qtbot, monkeypatch):
    tray = TrayIcon(QIcon(), [], shell.window)
    monkeypatch.setattr(tray, "supportsMessages", lambda: True)
    monkeypatch.setattr(tray, "isVisible", lambda: True)
    shown = []
    monkeypatch.setattr(tray, "showMessage", lambda *a: shown.append(a))
    shell.tray = tray
    opened = []
    shell.notifier.notify("checkin-reminder", "Today's check-in", "A minute?", ("Open", lambda: opened.append(1)))
    assert shell.notifier.confirm("Fibro Desktop", "Saved: Cramp lasted 45 min.") is True
    assert shown[-1] == ("Fibro Desktop", "Saved: Cramp lasted 45 min.")
    tray.messageClicked.emit()  # the click was on the confirmation
    assert opened == []
    assert not any("Saved" in t for t in visible_notices(shell.window))
    assert "Saved" not in tray.toolTip()


def test_without_a_tray_a_confirmation_is_not_shown(shell):
    shell.tray = None
    assert shell.notifier.confirm("Fibro Desktop", "Saved.") is False
    assert not any("Saved" in t for t in visible_notices(shell.window))
