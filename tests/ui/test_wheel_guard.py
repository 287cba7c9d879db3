"""No silent edits: the mouse wheel over a field that does not have keyboard
focus scrolls the page and changes nothing; in a focused field it still
changes the value. Every form of the app is scrolled over every field."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QScrollBar,
    QSpinBox,
    QWidget,
)

from fibro_desktop.core.journal.records import Episode, ReliefTried
from fibro_desktop.store import journal as journal_store
from fibro_desktop.ui.wheel_guard import install_wheel_guard, is_guarded
from tests.conftest import TEST_NOW


def wheel(widget: QWidget, notches: int = -1, *, innermost: bool = False) -> None:
    """One wheel notch (down by default) at the middle of ``widget``; with
    ``innermost``, sent to the child under that point, as the window system
    does (Qt passes only window-system wheel events on to the parents)."""
    centre = widget.rect().center()
    target = (widget.childAt(centre) or widget) if innermost else widget
    local = target.mapFrom(widget, centre) if target is not widget else centre
    event = QWheelEvent(QPointF(local), QPointF(target.mapToGlobal(local)), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(target, event)


def value_of(field: QWidget):
    if isinstance(field, QDateTimeEdit):
        return field.dateTime()
    if isinstance(field, QAbstractSpinBox):
        return field.text()
    if isinstance(field, QComboBox):
        return field.currentIndex()
    if isinstance(field, QAbstractSlider):
        return field.value()
    raise AssertionError(field)


def visible_fields(root: QWidget) -> list[QWidget]:
    kinds = (QAbstractSpinBox, QComboBox, QAbstractSlider)
    return [w for w in root.findChildren(QWidget) if isinstance(w, kinds) and not isinstance(w, QScrollBar)
            and w.isVisible() and w.isEnabled()]


def assert_wheel_changes_nothing(root: QWidget, qtbot) -> int:
    fields = visible_fields(root)
    focus_sink = root  # focus somewhere else, as when reading the form
    for field in fields:
        if isinstance(root, QWidget) and root.isWindow():
            root.activateWindow()
        focus_sink.setFocus()
        field.clearFocus()
        before = value_of(field)
        wheel(field)
        wheel(field, +1)
        wheel(field, innermost=True)
        assert value_of(field) == before, f"{field.accessibleName() or field.objectName() or field}"
    return len(fields)


@pytest.fixture
def guarded(qapp):
    install_wheel_guard(qapp)


def test_every_tab_and_form_keeps_its_values_under_the_wheel(qapp, qtbot, shell, app_context, guarded):
    from fibro_desktop.ui.charts.report_dialog import ReportDialog
    from fibro_desktop.ui.data_safety.export_dialog import ExportDialog
    from fibro_desktop.ui.journal.dialogs import JournalDialogs
    from fibro_desktop.ui.pacing.exercises_form import OwnExerciseDialog
    from fibro_desktop.ui.settings_dialog import SettingsDialog
    from fibro_desktop.ui.toolkit.kit_editor import KitItemDialog
    from fibro_desktop.ui.toolkit.routine_editor import RoutineEditorDialog

    ctx = app_context
    saved = journal_store.save_episode(ctx.db, Episode(
        started=TEST_NOW - timedelta(hours=3), kind="cramp", intensity=6, muscles=frozenset({("calves", "left")}),
        reliefs=(ReliefTried("heat", helped="a_little"),)), TEST_NOW)
    checked = 0
    window = shell.window
    for key in ("journal", "pacing", "relax", "toolkit", "charts"):
        page = window.show_tab(key)
        sections = getattr(page, "sections", None)
        for index in range(sections.count() if sections is not None else 1):
            if sections is not None:
                sections.setCurrentIndex(index)
            qapp.processEvents()
            checked += assert_wheel_changes_nothing(window, qtbot)
    dialogs = JournalDialogs(ctx.db, ctx.clock, ctx.data_events, ctx.preferences)
    forms = [dialogs.edit(saved.uid), dialogs.quick_log(), SettingsDialog(ctx.preferences),
             ExportDialog(TEST_NOW.date()), ReportDialog(TEST_NOW.date()), KitItemDialog(None, []),
             RoutineEditorDialog(ctx.db, ctx.clock, lambda *_a, **_k: None), OwnExerciseDialog()]
    for form in forms:
        qtbot.addWidget(form)
        form.show()
        qtbot.waitExposed(form)
        checked += assert_wheel_changes_nothing(form, qtbot)
    assert checked >= 35  # 39 today: the episode editor alone has over a dozen


def test_the_wheel_over_an_unfocused_field_scrolls_the_long_editor(qtbot, app_context, guarded):
    from fibro_desktop.ui.journal.dialogs import JournalDialogs

    ctx = app_context
    editor = JournalDialogs(ctx.db, ctx.clock, ctx.data_events, ctx.preferences).new_episode()
    editor.resize(760, 500)  # shorter than the form, so it scrolls
    qtbot.waitExposed(editor)
    area = editor.findChild(QAbstractScrollArea)
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0
    field = next(f for f in visible_fields(editor) if area.viewport().rect().contains(
        f.mapTo(area.viewport(), f.rect().center())))
    field.clearFocus()
    before = value_of(field)
    wheel(field, innermost=True)
    assert bar.value() > 0  # the page moved
    assert value_of(field) == before


def test_a_focused_field_still_answers_the_wheel(qtbot, guarded):
    box = QSpinBox()
    box.setRange(0, 10)
    box.setValue(5)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    box.activateWindow()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    wheel(box, +1)
    assert box.value() == 6


def test_scroll_bars_are_not_guarded():
    assert not is_guarded(QScrollBar())
    assert is_guarded(QComboBox()) and is_guarded(QSpinBox())
