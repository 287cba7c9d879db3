"""Episodes as they happen, as a person meets them: a spasm logged as still
going is ended with "It's over now" (the Journal's indicator, the timeline
row, the tray), recovery is stamped with "Back to normal now", and Undo puts
the entry back. The clock is a FakeClock moved by hand; nothing sleeps."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QPushButton

from fibro_desktop.core.journal.records import Episode
from fibro_desktop.ops import journal as journal_ops
from fibro_desktop.store import journal as journal_store
from fibro_desktop.ui.operations import run_for
from fibro_desktop.wiring import journal as journal_wiring


def add(ctx, minutes_ago, **changes) -> Episode:
    values = dict(started=ctx.clock.now() - timedelta(minutes=minutes_ago), kind="cramp", intensity=6,
                  ongoing=True)
    values.update(changes)
    return run_for(ctx.data_events, lambda: journal_ops.save_episode(ctx.db, Episode(**values), ctx.clock.now()),
                   origin=None)


def bar_buttons(page, text):
    return [b for b in page.live_bar.findChildren(QPushButton) if b.text() == text and b.isVisibleTo(page)]


def test_a_live_episode_shows_in_the_indicator_and_ends_there(qtbot, journal):
    page, _dialogs, ctx = journal
    assert not page.live_bar.isVisible()  # nothing going on: no indicator
    live = add(ctx, 0)
    start = ctx.clock.now().strftime("%H:%M")
    assert page.live_bar.isVisible()
    assert [text for text, _uid, _what in page.live_bar.shown] == [f"Cramp, still going since {start}"]
    [button] = bar_buttons(page, "It's over now")
    assert button.accessibleName() == f"It's over now: Cramp, still going since {start}"
    assert button.minimumHeight() >= 40
    ctx.clock.advance(25 * 60)
    button.click()
    stored = journal_store.get_episode(ctx.db, live.uid)
    assert not stored.ongoing and stored.duration_s == 25 * 60
    # Now over: the indicator asks about recovery instead; the timeline shows the length.
    assert [what for _t, _u, what in page.live_bar.shown] == ["over"]
    assert "25 min" in page.model.data(page.model.index(0, 0))
    assert "still going" not in page.model.data(page.model.index(0, 0))


def test_the_indicator_is_reached_and_used_with_the_keyboard(qtbot, journal):
    page, _dialogs, ctx = journal
    live = add(ctx, 10)
    page.log_button.setFocus()
    qtbot.keyClick(page.log_button, Qt.Key.Key_Tab)  # the "New entry with details" button
    focused = page.focusWidget()
    while focused is not None and not page.live_bar.isAncestorOf(focused):
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        focused = page.focusWidget()
    assert focused.text() == "It's over now"
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert journal_store.get_episode(ctx.db, live.uid).duration_s == 10 * 60
    # The focus stays in the indicator, on what it offers next.
    assert page.focusWidget().text() == "Back to normal now"


def test_back_to_normal_now_stamps_recovery_and_hide_puts_the_question_away(qtbot, journal):
    page, _dialogs, ctx = journal
    live = add(ctx, 30)
    other = add(ctx, 20)
    ctx.clock.advance(0)
    page.live.end_now(live.uid)
    page.live.end_now(other.uid)
    assert [what for _t, _u, what in page.live_bar.shown] == ["over", "over"]
    assert page.live_bar.shown[1][0].endswith("is over (30 min)")
    ctx.clock.advance(40 * 60)
    back = bar_buttons(page, "Back to normal now")
    assert len(back) == 2
    back[1].click()  # the older one, from 30 minutes before the first "now"
    stored = journal_store.get_episode(ctx.db, live.uid)
    assert (stored.duration_s, stored.recovery_s) == (30 * 60, 70 * 60)
    bar_buttons(page, "Hide")[0].click()
    assert not page.live_bar.isVisible()
    assert journal_store.get_episode(ctx.db, other.uid).recovery_s is None  # hiding stores nothing


def test_two_live_episodes_each_end_on_their_own(qtbot, journal):
    page, _dialogs, ctx = journal
    calf = add(ctx, 45, kind="cramp")
    neck = add(ctx, 5, kind="tonic")
    texts = [text for text, _uid, what in page.live_bar.shown if what == "live"]
    assert len(texts) == 2 and texts[0].startswith("Long tension")  # newest first
    ctx.clock.advance(60)
    bar_buttons(page, "It's over now")[1].click()  # the calf, 46 minutes in
    assert journal_store.get_episode(ctx.db, calf.uid).duration_s == 46 * 60
    assert journal_store.get_episode(ctx.db, neck.uid).ongoing
    assert [what for _t, _u, what in page.live_bar.shown] == ["live", "over"]


def test_over_midnight_the_start_says_yesterday_and_the_length_counts_across(qtbot, journal):
    page, _dialogs, ctx = journal
    ctx.clock.wall = ctx.clock.wall.replace(hour=23, minute=30)
    live = add(ctx, 0)
    ctx.clock.advance(50 * 60)  # 00:20 the next day
    page.live_bar.refresh()
    assert page.live_bar.shown[0][0] == "Cramp, still going since yesterday 23:30"
    bar_buttons(page, "It's over now")[0].click()
    stored = journal_store.get_episode(ctx.db, live.uid)
    assert stored.duration_s == 50 * 60 and stored.day == live.day


def test_a_spasm_going_for_13_hours_can_be_ended(qtbot, journal):
    page, _dialogs, ctx = journal
    live = add(ctx, 13 * 60)
    bar_buttons(page, "It's over now")[0].click()
    assert journal_store.get_episode(ctx.db, live.uid).duration_s == 13 * 3600


def test_more_than_a_day_opens_the_editor_and_says_what_to_enter(qtbot, journal):
    page, dialogs, ctx = journal
    live = add(ctx, 30 * 60)
    assert "yesterday" in page.live_bar.shown[0][0] or "at" in page.live_bar.shown[0][0]
    bar_buttons(page, "It's over now")[0].click()
    editor = dialogs.editor
    assert editor is not None and editor.isVisible()
    assert "More than a day" in editor.errors["duration_s"].text() and editor.errors["duration_s"].isVisible()
    assert journal_store.get_episode(ctx.db, live.uid) == live  # nothing written
    editor.ongoing.setChecked(False)
    editor.duration.setValue(90)
    assert editor.save()
    assert journal_store.get_episode(ctx.db, live.uid).duration_s == 90 * 60


def test_the_timeline_row_ends_a_live_episode_and_undo_puts_it_back(qtbot, journal):
    page, _dialogs, ctx = journal
    add(ctx, 90, ongoing=False, duration_s=600, recovery_s=900)  # an older, complete one
    live = add(ctx, 15)
    assert page.model.row_at(0).uid == live.uid
    page.view.setCurrentIndex(page.model.index(1, 0))
    assert not page.over_button.isVisible()  # the complete one: nothing to stamp
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Up)
    assert page.over_button.isVisible() and not page.normal_button.isVisible()
    ctx.clock.advance(5 * 60)
    page.over_button.click()
    assert journal_store.get_episode(ctx.db, live.uid).duration_s == 20 * 60
    assert page.model.row_at(page.view.currentIndex().row()).uid == live.uid  # still on it
    assert page.normal_button.isVisible() and not page.over_button.isVisible()
    assert page.undo_button.isVisible() and page.undo_button.text() == "Undo edit"
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert journal_store.get_episode(ctx.db, live.uid) == live
    assert "still going" in page.model.data(page.model.index(0, 0))


def right_click(page, row):
    rect = page.view.visualRect(page.model.index(row, 0))
    viewport = page.view.viewport()
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, rect.center(),
                                                       viewport.mapToGlobal(rect.center())))
    return [a.text() for a in page.row_menu.actions()]


def test_the_row_menu_offers_what_fits_the_entry(qtbot, journal):
    page, _dialogs, ctx = journal
    add(ctx, 90, ongoing=False, duration_s=600, recovery_s=900)
    live = add(ctx, 15)
    page.view.setCurrentIndex(page.model.index(1, 0))
    assert right_click(page, 0) == ["It's over now", "Open details", "Delete entry"]
    assert page.view.currentIndex().row() == 0  # the row clicked is the one acted on
    page.row_menu.actions()[0].trigger()
    page.row_menu.close()
    assert not journal_store.get_episode(ctx.db, live.uid).ongoing
    assert right_click(page, 0)[0] == "Back to normal now"
    page.row_menu.close()
    assert right_click(page, 1) == ["Open details", "Delete entry"]
    page.row_menu.close()


def test_the_indicator_says_when_the_disk_refused(qtbot, journal, monkeypatch):
    import errno

    page, _dialogs, ctx = journal
    live = add(ctx, 5)

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(journal_ops, "end_episode_now", full)
    bar_buttons(page, "It's over now")[0].click()
    assert page.live_bar.error.isVisible() and "full" in page.live_bar.error.text()
    assert journal_store.get_episode(ctx.db, live.uid).ongoing


def test_the_quick_log_starts_a_live_episode_in_four_interactions(qtbot, shell):
    ctx = shell.ctx
    window = shell.window
    # 1: the app-wide shortcut, 2: how strong, 3: "It's still going", 4: Enter.
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = shell.state(journal_wiring.FEATURE).dialogs.quick_dialog
    qtbot.keyClick(dialog, Qt.Key.Key_8)
    assert dialog.still_going.minimumHeight() >= 40 and not dialog.still_going.isChecked()
    qtbot.mouseClick(dialog.still_going, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    episode = journal_store.get_episode(ctx.db, saved.args[0])
    assert episode.ongoing and episode.duration_s is None and episode.intensity == 8
    page = window.show_tab("journal")
    assert [what for _t, _u, what in page.live_bar.shown] == ["live"]
    assert "still going" in page.model.data(page.model.index(0, 0))


def test_a_still_going_prefill_from_another_tab_is_already_chosen(qtbot, journal):
    from fibro_desktop.core.journal.prefill import EpisodePrefill

    _page, dialogs, ctx = journal
    dialog = dialogs.quick_log(EpisodePrefill(ongoing=True, kind="tonic"))
    assert dialog.still_going.isChecked()
    dialog.still_going.click()  # the person says it has stopped after all
    dialog.intensity.set_value(4)
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button.click()
    assert not journal_store.get_episode(ctx.db, saved.args[0]).ongoing


def visible_tray_entries(shell):
    return [a for a in shell.tray_feature_actions if a is not None and a.isVisible()
            and (a.text().startswith("It's over now") or a.text().startswith("Back to normal now"))]


def test_the_tray_offers_it_is_over_now_for_each_live_episode(qtbot, shell, monkeypatch):
    ctx = shell.ctx
    assert visible_tray_entries(shell) == []
    calf = add(ctx, 40, kind="cramp")
    add(ctx, 10, kind="tonic")
    start = (ctx.clock.now() - timedelta(minutes=40)).strftime("%H:%M")
    texts = [a.text() for a in visible_tray_entries(shell)]
    assert len(texts) == 2 and texts[1] == f"It's over now: Cramp since {start}"
    messages = []
    monkeypatch.setattr(shell.notifier, "confirm", lambda title, text: messages.append(text))
    ctx.clock.advance(5 * 60)
    visible_tray_entries(shell)[1].trigger()
    stored = journal_store.get_episode(ctx.db, calf.uid)
    assert not stored.ongoing and stored.duration_s == 45 * 60
    assert messages == ["Saved: Cramp lasted 45 min."]
    # The ended one now awaits recovery; the other is still offered.
    texts = [a.text() for a in visible_tray_entries(shell)]
    assert texts[0].startswith("It's over now: Long tension") and texts[1] == f"Back to normal now: Cramp since {start}"
    ctx.clock.advance(15 * 60)
    visible_tray_entries(shell)[1].trigger()
    assert journal_store.get_episode(ctx.db, calf.uid).recovery_s == 60 * 60
    # A stamp from the tray is undone from the Journal tab like any edit.
    page = shell.window.show_tab("journal")
    assert page.undo_button.isVisible()


def test_a_tray_stamp_past_a_day_brings_the_window_and_the_editor(qtbot, shell):
    ctx = shell.ctx
    live = add(ctx, 26 * 60)
    shell.window.hide()
    visible_tray_entries(shell)[0].trigger()
    assert shell.window.isVisible()
    editor = shell.state(journal_wiring.FEATURE).dialogs.editor
    assert editor.isVisible() and "More than a day" in editor.errors["duration_s"].text()
    assert journal_store.get_episode(ctx.db, live.uid).ongoing


def test_unticking_still_going_in_the_editor_counts_the_length_from_the_start(qtbot, journal):
    page, dialogs, ctx = journal
    live = add(ctx, 20)
    editor = dialogs.edit(live.uid)
    assert editor.ongoing.isChecked() and not editor.duration.isEnabled()
    editor.ongoing.setChecked(False)
    assert editor.duration.isEnabled() and editor.duration.value() == 20
    assert editor.save()
    assert journal_store.get_episode(ctx.db, live.uid).duration_s == 20 * 60


def test_unticking_a_day_old_live_entry_leaves_the_length_to_the_person(qtbot, journal):
    page, dialogs, ctx = journal
    live = add(ctx, 25 * 60)
    editor = dialogs.edit(live.uid)
    editor.ongoing.setChecked(False)
    assert editor.duration.value() == -1  # "not sure": nothing guessed


def test_the_row_menu_opens_from_the_keyboard_on_the_selected_row(qtbot, journal):
    page, _dialogs, ctx = journal
    add(ctx, 90, ongoing=False, duration_s=600, recovery_s=900)
    add(ctx, 15)
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, 0))
    # The Menu key (or Shift+F10) arrives as a keyboard context-menu event at
    # the middle of the list, which may be another row: the selected one counts.
    middle = page.view.rect().center()
    QApplication.sendEvent(page.view, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, middle,
                                                        page.view.mapToGlobal(middle)))
    assert page.view.currentIndex().row() == 0
    assert page.row_menu.actions()[0].text() == "It's over now"
    page.row_menu.close()
