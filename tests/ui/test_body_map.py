"""The body map: pick by mouse and by keyboard, read it back, see it as a list or a heat map."""

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible, QColor, QMouseEvent, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from fibro_desktop.core.body_regions import REGIONS
from fibro_desktop.ui.body_map import BodyMapPanel, BodyMapWidget
from fibro_desktop.ui.body_map.colors import map_colors
from fibro_desktop.ui.body_map.geometry import drawn_keys
from fibro_desktop.ui.theme import build_palette

FIRST, SECOND, LAST = REGIONS[0].key, REGIONS[1].key, REGIONS[-1].key


@pytest.fixture
def body_map(qtbot):
    widget = BodyMapWidget()
    qtbot.addWidget(widget)
    widget.resize(380, widget.heightForWidth(380))  # below the height cap
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def panel(qtbot):
    """A panel after a line edit, as in a form, focused on the line edit."""
    form = QWidget()
    layout = QVBoxLayout(form)
    before = QLineEdit()
    layout.addWidget(before)
    panel = BodyMapPanel()
    layout.addWidget(panel)
    qtbot.addWidget(form)
    form.resize(760, 560)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    panel.before = before
    yield panel  # the fixture holds ``form``: qtbot keeps only a weak reference
    del form


def point_of(widget, key) -> QPoint:
    return widget.region_point(key).toPoint()


def test_every_region_is_drawn_and_found_by_its_own_hit_test(body_map):
    assert drawn_keys() == {r.key for r in REGIONS}
    for region in REGIONS:
        assert body_map.region_at(body_map.region_point(region.key)) == region.key, region.key


def test_clicking_a_region_toggles_it(qtbot, body_map):
    key = ("calves", "left")
    with qtbot.waitSignal(body_map.selection_changed) as blocker:
        qtbot.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=point_of(body_map, key))
    assert blocker.args == [frozenset({key})]
    assert body_map.selection() == {key}
    qtbot.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=point_of(body_map, key))
    assert body_map.selection() == frozenset()


def test_the_front_figure_shows_the_persons_right_on_the_viewers_left(body_map):
    right, left = body_map.region_point(("hands", "right")), body_map.region_point(("hands", "left"))
    assert right.x() < left.x()  # both on the front figure, which faces the viewer
    back_right = body_map.region_point(("calves", "right"))
    back_left = body_map.region_point(("calves", "left"))
    assert back_left.x() < back_right.x()  # the back figure is seen from behind


def test_clicking_outside_the_figures_changes_nothing(qtbot, body_map):
    body_map.set_selection([("neck", None)])
    qtbot.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert body_map.selection() == {("neck", None)}


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    """Type a key where the keyboard focus is, as a person would."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_tab_and_space_pick_a_region_and_the_list_shows_it(qtbot, panel):
    press(qtbot, Qt.Key.Key_Tab)
    assert panel.body_map.has_keyboard_focus()
    assert panel.body_map.focused_region() == FIRST
    press(qtbot, Qt.Key.Key_Tab)
    assert panel.body_map.focused_region() == SECOND
    assert panel.body_map.region_button(SECOND).hasFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert panel.selection() == {SECOND}
    assert panel.selected_labels() == ["Jaw (left)"]
    assert panel.list.isVisibleTo(panel) and not panel.empty_label.isVisibleTo(panel)


def test_arrow_keys_home_and_end_move_and_enter_toggles(qtbot, panel):
    press(qtbot, Qt.Key.Key_Tab)
    bm = panel.body_map
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Right)
    assert bm.focused_region() == REGIONS[2].key
    press(qtbot, Qt.Key.Key_Up)
    assert bm.focused_region() == SECOND
    press(qtbot, Qt.Key.Key_End)
    assert bm.focused_region() == LAST
    press(qtbot, Qt.Key.Key_Return)
    assert panel.selected_labels() == ["Feet (left)"]
    press(qtbot, Qt.Key.Key_Home)
    assert bm.focused_region() == FIRST and bm.region_button(FIRST).hasFocus()


def test_tab_past_the_last_region_leaves_the_map(qtbot, panel):
    panel.set_selection([("neck", None)])
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_Tab)
    assert panel.list.hasFocus()
    press(qtbot, Qt.Key.Key_Backtab)
    assert panel.body_map.has_keyboard_focus() and panel.body_map.focused_region() == LAST


def test_ctrl_tab_leaves_the_map_from_any_region(qtbot, panel):
    panel.set_selection([("neck", None)])
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert panel.list.hasFocus()


def test_screen_readers_meet_each_region_as_a_named_check_box(qtbot, panel):
    bm = panel.body_map
    assert bm.accessibleName() == "Body map"
    press(qtbot, Qt.Key.Key_Tab)
    focused = QAccessible.queryAccessibleInterface(QApplication.focusWidget())
    assert focused.text(QAccessible.Text.Name) == "Jaw (right)"
    assert focused.role() == QAccessible.Role.CheckBox
    assert not focused.state().checked
    press(qtbot, Qt.Key.Key_Space)
    assert focused.state().checked
    assert "Picked: Jaw (right)." in bm.accessibleDescription()
    press(qtbot, Qt.Key.Key_Down)
    focused = QAccessible.queryAccessibleInterface(QApplication.focusWidget())
    assert focused.text(QAccessible.Text.Name) == "Jaw (left)"
    tree = QAccessible.queryAccessibleInterface(bm)
    names = [tree.child(i).text(QAccessible.Text.Name) for i in range(tree.childCount())]
    assert names == [f"{r.label} ({r.side})" if r.side else r.label for r in REGIONS]
    # Each region's rectangle, as a screen reader reports it, covers the shape.
    button = bm.region_button(("calves", "left"))
    assert button.geometry().contains(bm.region_point(("calves", "left")).toPoint())


def test_focus_ring_appears_only_after_keyboard_use(qtbot, panel):
    bm = panel.body_map
    key = ("chest", None)
    qtbot.mouseClick(bm, Qt.MouseButton.LeftButton, pos=point_of(bm, key))
    assert bm.region_button(key).hasFocus() and bm.selection() == {key}
    clicked = bm.grab().toImage()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Up)
    assert bm.focused_region() == key
    assert bm.grab().toImage() != clicked  # same selection, now with the ring


def test_set_selection_and_selection_round_trip(qtbot, body_map):
    wanted = {("calves", "left"), ("neck", None), ("shoulders", "right")}
    with qtbot.waitSignal(body_map.selection_changed):
        body_map.set_selection(wanted)
    assert body_map.selection() == wanted
    with qtbot.assertNotEmitted(body_map.selection_changed):
        body_map.set_selection(list(wanted))  # unchanged: no signal
    body_map.set_selection([("feet", "both")])
    assert body_map.selection() == {("feet", "left"), ("feet", "right")}
    with pytest.raises(ValueError):
        body_map.set_selection([("wings", None)])
    body_map.clear()
    assert body_map.selection() == frozenset()


def test_clear_button_and_delete_key_in_the_list(qtbot, panel):
    panel.set_selection([("calves", "left"), ("neck", None)])
    assert panel.selected_labels() == ["Neck", "Calves (left)"]
    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert panel.selection() == {("calves", "left")}
    assert panel.clear_button.isEnabled()
    panel.set_selection([("feet", "both"), ("calves", "left"), ("jaw", "right")])
    assert panel.selected_labels() == ["Jaw (right)", "Calves (left)", "Feet (both sides)"]
    panel.list.setCurrentRow(2)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)  # one entry, both sides
    assert panel.selection() == {("calves", "left"), ("jaw", "right")}
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert panel.selection() == frozenset()
    assert panel.selected_labels() == []
    assert panel.empty_label.isVisibleTo(panel) and not panel.clear_button.isEnabled()


def close(a: QColor, b: QColor, tolerance: int = 12) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3]))


def test_heat_mode_renders_and_can_be_read_only(qtbot, body_map):
    colors = map_colors(body_map.palette())
    body_map.set_heat({("calves", "left"): 1.0, ("neck", None): 0.0}, texts={("calves", "left"): "9 episodes"})
    body_map.set_interactive(False)
    image = body_map.grab().toImage()
    assert close(image.pixelColor(point_of(body_map, ("calves", "left"))), colors.heat(1.0))
    assert close(image.pixelColor(point_of(body_map, ("neck", None))), colors.region)
    assert body_map.heightForWidth(380) > BodyMapWidget().heightForWidth(380)  # room for the legend
    qtbot.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=point_of(body_map, ("calves", "left")))
    assert body_map.selection() == frozenset()
    assert body_map.region_button(("calves", "left")).accessibleName() == "Calves (left), 9 episodes"
    assert body_map.region_button(("neck", None)).accessibleName() == "Neck, 0% of the highest"


def test_selected_regions_use_the_palette_in_light_and_dark(qtbot, body_map):
    body_map.set_selection([("chest", None)])
    seen = []
    for dark in (False, True):
        body_map.setPalette(build_palette(dark))
        image = body_map.grab().toImage()
        point = point_of(body_map, ("chest", None))
        assert close(image.pixelColor(point), body_map.palette().color(QPalette.ColorRole.Highlight))
        seen.append(image.pixelColor(point_of(body_map, ("abdomen", None))).lightness())
    assert seen[0] > seen[1]  # unpicked regions are light on light, dark on dark


def test_the_map_keeps_its_proportions_when_resized(qtbot, body_map):
    before = body_map.region_point(("hands", "left"))
    body_map.resize(body_map.width() * 2, body_map.height() * 2)
    after = body_map.region_point(("hands", "left"))
    assert after.x() == pytest.approx(before.x() * 2, rel=0.02)
    assert body_map.region_at(after) == ("hands", "left")
    # A wide form does not make it taller than the screen.
    assert body_map.heightForWidth(3000) == body_map.natural_height_cap() < 3000


def test_hovering_a_region_highlights_it(qtbot, body_map):
    colors = map_colors(body_map.palette())
    point = point_of(body_map, ("abdomen", None))
    assert close(body_map.grab().toImage().pixelColor(point), colors.region)
    # Sent straight to the map: a real pointer move would go to whichever
    # test window happens to lie on top at that screen position.
    move = QMouseEvent(QEvent.Type.MouseMove, QPointF(point), QPointF(body_map.mapToGlobal(point)),
                       Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(body_map, move)
    assert close(body_map.grab().toImage().pixelColor(point), colors.hover)
    assert body_map.cursor().shape() == Qt.CursorShape.PointingHandCursor


FRENCH_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context><name>vocabulary</name>
<message><source>Calves</source><translation>Mollets</translation></message>
</context>
<context><name>BodyMap</name>
<message><source>%1 (left)</source><translation>%1 (gauche)</translation></message>
</context>
</TS>
"""


def test_region_names_go_through_the_translation_catalogue(qtbot, tmp_path):
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    tool = Path(sys.executable).parent / "pyside6-lrelease"
    tool = str(tool) if tool.exists() else shutil.which("pyside6-lrelease")
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed")
    (tmp_path / "fr.ts").write_text(FRENCH_TS, encoding="utf-8")
    subprocess.run([tool, str(tmp_path / "fr.ts"), "-qm", str(tmp_path / "fr.qm")], check=True,
                   capture_output=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "fr.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        panel = BodyMapPanel()
        qtbot.addWidget(panel)
        panel.set_selection([("calves", "left")])
        assert panel.selected_labels() == ["Mollets (gauche)"]
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_read_only_map_is_one_tab_stop_walked_with_the_arrows(qtbot, panel):
    bm = panel.body_map
    bm.set_heat({("neck", None): 0.5})
    bm.set_interactive(False)
    panel.set_selection([("neck", None)])  # so the list after the map is a tab stop
    press(qtbot, Qt.Key.Key_Tab)
    assert bm.focused_region() == FIRST and bm.has_keyboard_focus()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)
    assert bm.focused_region() == SECOND and bm.region_button(SECOND).hasFocus()
    assert not bm.region_button(SECOND).isChecked()
    press(qtbot, Qt.Key.Key_Tab)
    assert panel.list.hasFocus()  # one Tab left the map
    press(qtbot, Qt.Key.Key_Backtab)
    assert bm.region_button(SECOND).hasFocus()  # back where the person was


def test_keys_sent_to_the_map_itself_act_on_the_current_region(qtbot, panel):
    bm = panel.body_map
    bm.setFocus()  # hands the focus to the current region
    qtbot.waitUntil(bm.has_keyboard_focus)
    qtbot.keyClick(bm, Qt.Key.Key_Down)
    qtbot.keyClick(bm, Qt.Key.Key_Space)
    assert bm.selection() == {SECOND}
