"""A walk through every tab, in the light and the dark theme, as a screen
reader and a low-vision person meet it (issue 18): every interactive widget
has a name, and the kit's colours keep their contrast ratios."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QSlider,
    QTabBar,
    QWidget,
)

from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.kit import style, tokens
from fibro_desktop.ui.kit.tokens import BACKGROUND_KEYS, contrast_ratio

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QSlider, QAbstractItemView, QTabBar)


def _visible_text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "").strip() or widget.toolTip()
    if isinstance(widget, QComboBox):
        return widget.currentText().strip()
    return ""


def _has_label(widget: QWidget) -> bool:
    """A QLabel with this widget as buddy names it for screen readers too."""
    from PySide6.QtWidgets import QLabel

    window = widget.window()
    return any(label.buddy() is widget for label in window.findChildren(QLabel))


def _unnamed(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            # A spin box's or combo box's own text field: a screen reader
            # meets the box, so the box is what must have the name.
            widget = widget.parentWidget()
        if widget.accessibleName().strip() or _visible_text(widget) or _has_label(widget):
            continue
        parent = widget.parentWidget()
        found.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(parent).__name__}")
    return found


@pytest.mark.parametrize(("theme", "scale"), [("light", 100), ("dark", 100), ("dark", 200)])
def test_every_tab_names_its_interactive_widgets(shell, app_context, theme, scale):
    app_context.preferences.set(prefs.THEME, theme)
    app_context.preferences.set(prefs.TEXT_SCALE, scale)
    window = shell.window
    problems = []
    try:
        for key in window.tab_keys():
            window.show_tab(key)
            problems += [f"{key}: {where}" for where in _unnamed(window)]
    finally:
        # The app's font outlives the test: later tests would start at 200 %.
        app_context.preferences.set(prefs.TEXT_SCALE, 100)
    assert not problems, "Widgets a screen reader cannot name:\n" + "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("dark", [False, True])
def test_control_outlines_and_focus_ring_stand_out_three_to_one(dark):
    colors = tokens.colors(dark)
    for key in ("boundary", "focus"):
        for background in BACKGROUND_KEYS:
            assert contrast_ratio(colors[key], colors[background]) >= 3.0, (key, background)


@pytest.mark.parametrize("dark", [False, True])
def test_text_is_readable_four_and_a_half_to_one(dark):
    colors = tokens.colors(dark)
    for background in BACKGROUND_KEYS:
        assert contrast_ratio(colors["text"], colors[background]) >= 4.5, background
        assert contrast_ratio(colors["muted"], colors[background]) >= 4.5, ("muted", background)
    assert contrast_ratio(colors["accent_text"], colors["accent"]) >= 4.5
    assert contrast_ratio(colors["warning_text"], colors["warning_bg"]) >= 4.5


@pytest.mark.parametrize("dark", [False, True])
def test_the_style_uses_the_tokens_for_outlines_and_a_two_pixel_focus_ring(dark):
    sheet = style.style_sheet(dark, font_px=16)
    colors = tokens.colors(dark)
    assert colors["boundary"] in sheet
    assert f"{tokens.FOCUS_WIDTH_PX}px solid {colors['focus']}" in sheet
    assert tokens.FOCUS_WIDTH_PX >= 2
    for selector in ("QPushButton:focus", "QTabBar::tab:focus", "QCheckBox:focus", "QLineEdit:focus",
                     "QComboBox:focus", "QAbstractSpinBox:focus", "QAbstractItemView:focus", "QSlider:focus"):
        assert selector in sheet


def test_text_size_goes_up_to_two_hundred_percent(shell, app_context):
    from PySide6.QtWidgets import QApplication

    assert max(prefs.TEXT_SCALE_CHOICES) == 200
    before = QApplication.font().pointSizeF()
    app_context.preferences.set(prefs.TEXT_SCALE, 200)
    assert QApplication.font().pointSizeF() == pytest.approx(before * 2)
    app_context.preferences.set(prefs.TEXT_SCALE, 100)


def test_kit_widgets_grow_with_the_text(qapp, qtbot):
    from PySide6.QtGui import QFont

    from fibro_desktop.ui.kit.widgets import action_button, empty_state, error_state

    small = action_button("Log a spasm")
    qtbot.addWidget(small)
    big_font = QFont(small.font())
    big_font.setPointSizeF(small.font().pointSizeF() * 2)
    big = action_button("Log a spasm")
    big.setFont(big_font)
    big.setMinimumHeight(round(big.fontMetrics().height() * 3.0))
    qtbot.addWidget(big)
    assert small.minimumHeight() >= 3 * small.fontMetrics().height() - 1
    assert big.minimumHeight() > small.minimumHeight() * 1.5
    for label in (empty_state("Nothing noted yet."), error_state("The disk is full.")):
        qtbot.addWidget(label)
        assert label.wordWrap() and label.text()
