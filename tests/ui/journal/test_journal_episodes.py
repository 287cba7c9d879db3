"""The Journal tab as a person uses it: quick log, editor, timeline, filters,
delete and undo, red-flag banner. Everything is asserted on what is shown
and on what the store then holds."""

from datetime import timedelta

from PySide6.QtCore import Qt

from fibro_desktop.core.journal.prefill import EpisodePrefill
from fibro_desktop.core.journal.records import Episode, EpisodeFilter
from fibro_desktop.ops import journal as journal_ops
from fibro_desktop.store import journal as journal_store
from fibro_desktop.store import red_flags
from fibro_desktop.ui.operations import run_for
from fibro_desktop.wiring import journal as journal_wiring
from tests.conftest import TEST_NOW


def add(ctx, hours_ago=2, **changes):
    base = dict(started=TEST_NOW - timedelta(hours=hours_ago), kind="cramp", intensity=4)
    base.update(changes)
    # As every writer does: an operation, announced once.
    saved = run_for(ctx.data_events, lambda: journal_ops.save_episode(ctx.db, Episode(**base), TEST_NOW), origin=None)
    return saved


def shown_rows(page):
    return [page.model.data(page.model.index(i, 0)) for i in range(page.model.rowCount())]


def test_empty_journal_says_how_to_start(journal):
    page, _dialogs, _ctx = journal
    assert page.stack.currentWidget() is page.empty
    assert "Log a spasm" in page.empty.text()


def test_quick_log_from_anywhere_in_three_interactions(qtbot, shell):
    ctx = shell.ctx
    window = shell.window
    window.show_tab("pacing")  # somewhere else in the app
    # 1: the app-wide shortcut.
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = shell.state(journal_wiring.FEATURE).dialogs.quick_dialog
    assert dialog is not None and dialog.isVisible()
    # 2: how strong it is. 3: Enter saves.
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog, Qt.Key.Key_7)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    rows = journal_store.episode_rows(ctx.db, EpisodeFilter(), 0, 10)
    assert [(r.intensity, r.complete) for r in rows] == [(7, False)]
    assert abs(rows[0].started - ctx.clock.now()) < timedelta(seconds=1)
    page = window.show_tab("journal")
    assert "intensity 7 of 10" in shown_rows(page)[0]
    assert "details can be added" in shown_rows(page)[0]


def test_quick_log_asks_for_intensity_and_saves_nothing_without_it(qtbot, journal):
    page, dialogs, ctx = journal
    dialog = dialogs.quick_log()
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.intensity_error.isVisible() and "0 to 10" in dialog.intensity_error.text()
    assert journal_store.count_episodes(ctx.db) == 0


def test_quick_log_time_picks_and_prefill_from_another_tab(qtbot, journal):
    page, dialogs, ctx = journal
    dialog = dialogs.quick_log(EpisodePrefill(kind="tonic", muscles=frozenset({("neck", None)})))
    assert dialog.selected_kind() == "tonic"
    thirty = [b for b in dialog.time_group.buttons() if b.property("minutes_ago") == 30][0]
    thirty.click()
    dialog.intensity.set_value(5)
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button.click()
    episode = journal_store.get_episode(ctx.db, saved.args[0])
    assert episode.kind == "tonic" and episode.muscles == {("neck", None)}
    assert episode.started == ctx.clock.now() - timedelta(minutes=30)


def test_the_next_quick_log_starts_on_the_kind_logged_last(qtbot, journal):
    page, dialogs, ctx = journal
    dialog = dialogs.quick_log()
    [b for b in dialog.kind_group.buttons() if b.property("kind_id") == "nocturnal"][0].click()
    dialog.intensity.set_value(3)
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    assert dialogs.quick_log().selected_kind() == "nocturnal"


def test_editing_an_entry_shows_the_change_in_the_timeline(qtbot, journal):
    page, dialogs, ctx = journal
    saved = add(ctx)
    page.view.setCurrentIndex(page.model.index(0, 0))
    page.edit_button.click()
    editor = dialogs.editor
    assert editor.intensity.value() == 4
    editor.intensity.set_value(9)
    editor.duration.setValue(12)
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
    assert "intensity 9 of 10" in shown_rows(page)[0] and "12 min" in shown_rows(page)[0]
    assert journal_store.get_episode(ctx.db, saved.uid).complete


def test_editor_picks_places_on_the_body_map_by_keyboard(qtbot, journal):
    page, dialogs, ctx = journal
    saved = add(ctx)
    editor = dialogs.edit(saved.uid)
    qtbot.waitExposed(editor)
    body = editor.body_map.body_map
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_Space)
    assert editor.body_map.selection()
    assert editor.spread_label.text().startswith("In one place")
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
    assert journal_store.get_episode(ctx.db, saved.uid).muscles == editor.body_map.selection()


def test_bad_input_is_explained_next_to_the_field_and_nothing_is_written(qtbot, journal):
    page, dialogs, ctx = journal
    editor = dialogs.new_episode()
    editor.intensity.set_value(5)
    future = editor.started_edit.dateTime().addSecs(3 * 3600)
    editor.started_edit.setDateTime(future)
    editor.save_button.click()
    assert editor.isVisible()
    assert editor.errors["started"].isVisible()
    assert "future" in editor.errors["started"].text()
    assert journal_store.count_episodes(ctx.db) == 0


def test_filters_narrow_the_timeline(qtbot, journal):
    page, dialogs, ctx = journal
    add(ctx, 1, kind="cramp", notes="after the stairs")
    add(ctx, 3, kind="tonic", muscles=frozenset({("neck", None)}))
    add(ctx, 24 * 40, kind="cramp")
    assert page.model.total() == 3
    page.filters.kind.setCurrentIndex(page.filters.kind.findData("tonic"))
    assert page.model.total() == 1 and "Long tension" in shown_rows(page)[0]
    page.filters.clear()
    page.filters.period.setCurrentIndex(page.filters.period.findData(30))
    assert page.model.total() == 2
    with qtbot.waitSignal(page.filters.changed):
        page.filters.search.setText("STAIRS")
    assert page.model.total() == 1
    page.filters.search.setText("nothing like this")
    qtbot.waitSignal(page.filters.changed).wait()
    assert page.stack.currentWidget() is page.empty
    assert "No entries match" in page.empty.text()


def test_delete_with_the_key_then_undo_with_ctrl_z(qtbot, journal):
    page, dialogs, ctx = journal
    first = add(ctx, 1, notes="keep me")
    add(ctx, 2)
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert page.model.total() == 1 and journal_store.get_episode(ctx.db, first.uid) is None
    assert page.undo_button.isVisible()
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.model.total() == 2
    assert journal_store.get_episode(ctx.db, first.uid) == first
    assert not page.undo_button.isVisible()


def test_a_warning_sign_brings_a_calm_banner_that_can_be_acknowledged(qtbot, journal):
    page, dialogs, ctx = journal
    assert not page.banner.isVisible()
    editor = dialogs.new_episode()
    editor.intensity.set_value(6)
    editor.warning_boxes["numbness"].setChecked(True)
    assert editor.warning_note.isVisible() and "doctor" in editor.warning_note.text()
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
    qtbot.waitUntil(page.banner.isVisible)  # checked right after the entry is shown
    assert "numbness" in page.banner.heading.text() and "doctor" in page.banner.advice.text()
    page.banner.read_button.click()
    assert not page.banner.isVisible()
    assert red_flags.open_red_flags(ctx.db) == []
    # Kept for the provider report, never raised twice.
    page.check_red_flags()
    assert not page.banner.isVisible()
    assert len(red_flags.red_flags_between(ctx.db, TEST_NOW.date() - timedelta(days=1), TEST_NOW.date())) == 1


def test_every_journal_control_has_an_accessible_name_or_buddy(journal):
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit

    from fibro_desktop.ui.journal.scale_picker import ScalePicker

    page, dialogs, ctx = journal
    kinds = (QComboBox, QLineEdit, QAbstractSpinBox, QPlainTextEdit, ScalePicker)
    for widget in (page, dialogs.quick_log(), dialogs.new_episode()):
        buddies = {label.buddy() for label in widget.findChildren(QLabel) if label.buddy()}
        for kind in kinds:
            for control in widget.findChildren(kind):
                if control.objectName().startswith("qt_") or not control.isVisibleTo(widget):
                    continue  # Qt's own parts of a spin box or combo box
                assert control.accessibleName() or control in buddies, control


def test_the_evening_reminder_opens_the_check_in(shell):
    reminder = shell.state(journal_wiring.FEATURE).reminder
    reminder.due.emit()  # no tray in tests: the window itself comes forward
    page = shell.window.page("journal")
    assert shell.window.current_tab() == "journal"
    assert page.sections.currentIndex() == 1
    assert page.checkin_form.isVisible()


def test_editor_records_triggers_reliefs_and_the_users_own(qtbot, journal):
    page, dialogs, ctx = journal
    editor = dialogs.new_episode()
    editor.intensity.set_value(5)
    editor.triggers.button("stress").click()
    editor.triggers.add_own("Long drive")
    heat = editor.relief_rows["heat"]
    heat.tried.setChecked(True)
    heat.helped.setCurrentIndex(heat.helped.findData("yes"))
    heat.minutes.setValue(15)
    editor.own_relief.setText("Hot bath")
    with qtbot.waitSignal(editor.saved) as saved:
        editor.save_button.click()
    stored = journal_store.get_episode(ctx.db, saved.args[0])
    assert stored.triggers == {"stress", "own:Long drive"}
    assert [(r.relief, r.helped, r.minutes_to_relief) for r in stored.reliefs] == [
        ("heat", "yes", 15), ("own:Hot bath", None, None)]
    # The person's own words are offered again next time.
    again = dialogs.new_episode()
    assert "own:Long drive" in again.triggers.ids()
    assert "own:Hot bath" in again.relief_rows


def test_the_rescue_plan_prefill_reaches_the_editor_with_its_note(qtbot, journal):
    """The rescue plan opens the episode editor (not the quick log): the
    note saying where the entry comes from is shown, what was tried is
    ticked, and saving keeps it."""
    page, dialogs, ctx = journal
    prefill = EpisodePrefill(reliefs=("heat", "gentle_stretch", "own:Slow walk", "heat"),
                             notes="Tried from my rescue plan", source_note="From your rescue plan.")
    editor = dialogs.new_episode(prefill)
    assert editor.source_note.isVisibleTo(editor) and editor.source_note.text() == "From your rescue plan."
    assert editor.relief_rows["heat"].tried.isChecked() and editor.relief_rows["gentle_stretch"].tried.isChecked()
    assert editor.notes.toPlainText() == "Tried from my rescue plan"
    editor.intensity.set_value(6)
    with qtbot.waitSignal(editor.saved) as saved:
        editor.save_button.click()
    stored = journal_store.get_episode(ctx.db, saved.args[0])
    assert [r.relief for r in stored.reliefs] == ["heat", "gentle_stretch", "own:Slow walk"]
    assert stored.notes == "Tried from my rescue plan"


def test_a_note_from_another_tab_shows_in_the_quick_log(qtbot, journal):
    page, dialogs, ctx = journal
    dialog = dialogs.quick_log(EpisodePrefill(reliefs=("heat",), source_note="From your break."))
    assert dialog.prefill_note.isVisibleTo(dialog) and dialog.prefill_note.text() == "From your break."
    dialog.intensity.set_value(6)
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button.click()
    stored = journal_store.get_episode(ctx.db, saved.args[0])
    assert [r.relief for r in stored.reliefs] == ["heat"] and not stored.complete
