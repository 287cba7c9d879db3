"""Every tab is built from the UI kit (issue 18): headings, big buttons,
forms, empty and error states come from ``fibro_desktop/ui/kit``, so the
look, the spacing and the behaviour at 200 % text are right in one place.

Fails when a tab builds its own heading helper or gives a button a size in
pixels again (the Relax library buttons were 90 px wide and unreadable at
200 %; big buttons were 32 to 40 px high whatever the text size)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from fibro_desktop.ui.kit.widgets import HEADING_NAME

UI = Path(__file__).resolve().parents[2] / "fibro_desktop" / "ui"
#: The packages the main tabs are built from.
TAB_PACKAGES = ("journal", "pacing", "relax", "toolkit", "charts")
#: Helpers the kit replaced; a tab must not bring them back.
OLD_HELPERS = ("LARGE_TARGET_PX", "large")
SIZE_CALLS = {"setFixedHeight", "setFixedWidth", "setFixedSize", "setMinimumHeight", "setMinimumWidth",
              "setMinimumSize", "setMaximumWidth", "setMaximumSize"}
QWIDGETSIZE_MAX = (1 << 24) - 1


def _tab_sources() -> list[Path]:
    return sorted(path for package in TAB_PACKAGES for path in (UI / package).glob("*.py"))


def _receiver(node: ast.Attribute) -> str:
    return ast.unparse(node.value)


def test_no_module_outside_the_kit_defines_its_own_heading():
    own = []
    for path in sorted(UI.rglob("*.py")):
        if "kit" in path.relative_to(UI).parts[:1]:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name in ("heading", "_heading") and \
                    path.name != "report.py":  # the PDF report writes HTML headings, not widgets
                own.append(f"{path.relative_to(UI)}:{node.lineno} def {node.name}")
    assert not own, "Use fibro_desktop.ui.kit.widgets.heading instead:\n" + "\n".join(own)


def test_tabs_give_buttons_no_size_in_pixels():
    found = []
    for path in _tab_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and node.id in OLD_HELPERS or \
                    isinstance(node, ast.alias) and node.name in OLD_HELPERS:
                found.append(f"{path.relative_to(UI)}:{getattr(node, 'lineno', '?')} uses the old helper "
                             f"{getattr(node, 'id', getattr(node, 'name', ''))}")
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr not in SIZE_CALLS or "button" not in _receiver(node.func).lower():
                continue
            fixed = node.func.attr.startswith("setFixed") or node.func.attr.startswith("setMaximum")
            literal = any(isinstance(arg, ast.Constant) for arg in node.args)
            if fixed or literal:
                found.append(f"{path.relative_to(UI)}:{node.lineno} {ast.unparse(node)}")
    assert not found, ("Buttons take their size from the kit (action_button, big_target), "
                       "not from pixels:\n" + "\n".join(found))


@pytest.mark.parametrize("scale", [100, 200])
def test_every_tab_has_kit_headings_and_no_fixed_size_button(shell, app_context, scale):
    from fibro_desktop.ui import preferences as prefs

    app_context.preferences.set(prefs.TEXT_SCALE, scale)
    window = shell.window
    problems = []
    try:
        for key in window.tab_keys():
            page = window.show_tab(key)
            if not page.findChildren(QLabel, HEADING_NAME):
                problems.append(f"{key}: no kit heading")
            for button in page.findChildren(QPushButton):
                if button.maximumWidth() < QWIDGETSIZE_MAX or button.maximumHeight() < QWIDGETSIZE_MAX:
                    problems.append(f"{key}: {button.text()!r} has a fixed or capped size "
                                    f"({button.maximumWidth()} x {button.maximumHeight()})")
    finally:
        app_context.preferences.set(prefs.TEXT_SCALE, 100)
    assert not problems, "\n".join(problems)


def test_big_targets_keep_their_height_under_the_app_style(shell, app_context, qtbot):
    """The style sheet's own ``min-height`` replaced the kit's heights when a
    button was first shown: big targets were 42 px at any text size."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from fibro_desktop.ui import preferences as prefs
    from fibro_desktop.ui.kit import tokens
    from fibro_desktop.ui.kit.widgets import action_button, big_target

    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    action = action_button("Log a spasm", scale=1.25, lines=2.6)
    target = QPushButton("Save")
    big_target(target)
    layout.addWidget(action)
    layout.addWidget(target)
    host.show()
    qtbot.waitExposed(host)
    line = target.fontMetrics().height()
    assert action.height() >= round(action.fontMetrics().height() * 2.6) - 1
    assert target.height() >= tokens.target_height(line) - 1
    app_context.preferences.set(prefs.TEXT_SCALE, 200)  # the style sheet follows the text size
    try:
        _process_events()
        assert target.minimumHeight() >= tokens.target_height(2 * line) - 4
    finally:
        app_context.preferences.set(prefs.TEXT_SCALE, 100)


def _process_events() -> None:  # noqa: N802
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()


def test_form_labels_sit_level_with_their_fields(qtbot):
    """Qt puts a label in the top part of a tall row: "Rhythm:" sat above
    the middle of its 40 px field on the Pacing tab."""
    from PySide6.QtWidgets import QLineEdit, QWidget

    from fibro_desktop.ui.kit.widgets import big_target, form_layout

    host = QWidget()
    qtbot.addWidget(host)
    form = form_layout(host)
    field = QLineEdit()
    big_target(field)
    form.addRow("Rhythm:", field)
    host.show()
    qtbot.waitExposed(host)
    label = form.labelForField(field)
    assert label.geometry().height() >= field.height() - 1
    assert abs(label.geometry().center().y() - field.geometry().center().y()) <= 2
