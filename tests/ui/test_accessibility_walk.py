"""A walk through every tab, in the light and the dark theme, as a screen
reader and a low-vision person meet it (issue 18): every interactive widget
has a name, and the kit's colours keep their contrast ratios."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QTabWidget

from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.kit import style, tokens
from fibro_desktop.ui.kit.tokens import BACKGROUND_KEYS, contrast_ratio
from fibro_desktop.ui.system_a11y import SystemAccessibility
from tests.charts_data_set import fill_known
from tests.conftest import TEST_NOW, make_active
from tests.ui import kit_checks
from tests.ui.layout_checks import settle

#: Theme and text size of each walk: both themes, both at 200 % text, and
#: the system's high-contrast palette (black, white text, as Windows offers).
WALKS = [("light", 100), ("dark", 100), ("light", 200), ("dark", 200), ("high-contrast", 100)]



def _walk_tabs(window):
    """Every tab and every inner tab, shown in turn: yields (where, page)."""
    for key in window.tab_keys():
        page = window.show_tab(key)
        if hasattr(page, "finish_building"):
            page.finish_building()
        inner = [(tabs, i) for tabs in page.findChildren(QTabWidget) for i in range(tabs.count())]
        if not inner:
            settle()
            yield key, page
        for tabs, index in inner:
            tabs.setCurrentIndex(index)
            settle()
            yield f"{key} / {tabs.tabText(index).replace('&', '')}", page


def _dialog_buttons(page) -> list[QPushButton]:
    """The page's buttons that open a dialog (their text ends with "…")."""
    return [b for b in page.findChildren(QPushButton)
            if b.isVisibleTo(page) and b.isEnabled() and b.text().rstrip().endswith("…")]


def _menu_actions(shell) -> list[QAction]:
    """Menu entries that open a window (not Quit, not the file manager, not the tabs)."""
    skip = {shell.actions.quit, shell.actions.open_data_folder, *shell.actions.tabs}
    return [action for menu in shell.menus.values() for action in menu.actions()
            if action.text() and not action.isSeparator() and action not in skip and action.isEnabled()
            and action.menu() is None]


class _Windows:
    """Opens each window a menu entry or a button opens, without blocking:
    ``exec()`` shows the dialog, checks it, hides it and answers "cancel";
    Qt's own file, question and input boxes answer "cancel" at once."""

    def __init__(self, qtbot, monkeypatch, check):
        self._qtbot = qtbot
        self._check = check
        self.seen: list[str] = []
        from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

        monkeypatch.setattr(QDialog, "exec", lambda dialog: self.visit(dialog) or 0)
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self.visit(box) or QMessageBox.StandardButton.Cancel)
        for name in ("getOpenFileName", "getSaveFileName"):
            monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
        for name in ("question", "warning", "information", "critical"):
            monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel))
        monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))

    def open_from(self, label: str, trigger) -> None:
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        trigger()
        settle()
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and id(window) not in before and not isinstance(window, QMenu):
                self.visit(window, label)

    def visit(self, window, label: str = "") -> None:
        window.show()
        # Generous waits: a busy CI machine builds a dialog slowly (no sleeping: returns at once when done).
        self._qtbot.waitExposed(window, timeout=20_000)
        make_active(self._qtbot, window)
        settle()
        name = label or window.windowTitle()
        self.seen.append(name)
        self._check(name, window)
        # Hide, never close: closing an editor with unsaved words asks first.
        window.hide()


@pytest.mark.parametrize(("theme", "scale"), WALKS)
def test_the_walk_every_tab_and_every_dialog(shell, app_context, db, qtbot, monkeypatch, request, theme, scale):
    """Fails on an interactive widget without a name, text or a control
    outline below its contrast ratio (from the palette in use), a dialog
    without initial focus, a widget cut off by its parent."""
    fill_known(db, TEST_NOW)  # charts and lists with something in them
    if theme == "high-contrast":
        from tests.ui.test_system_a11y import _high_contrast_palette

        shell.theme._system_palette = _high_contrast_palette()
        shell.theme.set_system_accessibility(SystemAccessibility(high_contrast=True))
        request.addfinalizer(lambda: shell.theme.set_system_accessibility(SystemAccessibility(high_contrast=False)))
    else:
        app_context.preferences.set(prefs.THEME, theme)
    app_context.preferences.set(prefs.TEXT_SCALE, scale)
    problems: list[str] = []
    # Windows other tests left behind are not this walk's: only windows this
    # walk made are visited at the end (touching another test's half-deleted
    # window crashed the whole run).
    earlier = {id(w) for w in QApplication.topLevelWidgets()}

    def check(place: str, root, dialog: bool = True) -> None:
        problems.extend(f"{place}: unnamed {w}" for w in kit_checks.unnamed(root))
        problems.extend(f"{place}: {w}" for w in kit_checks.low_contrast(root))
        problems.extend(f"{place}: clipped {w}" for w in kit_checks.clipped(root))
        problems.extend(f"{place}: empty Tab stop {w}" for w in kit_checks.bare_tab_stops(root))
        if dialog and (focus := kit_checks.focus_problem(root)):
            problems.append(f"{place}: {focus}")

    windows = _Windows(qtbot, monkeypatch, check)
    window = shell.window
    pressed: set[int] = set()
    for place, page in _walk_tabs(window):
        check(place, page, dialog=False)
        tables = [b for b in page.findChildren(QPushButton) if b.isCheckable() and b.text() == "Show as table"
                  and b.isVisibleTo(page) and b.isEnabled()]
        if tables:  # the charts' numbers, as a screen reader meets them
            for button in tables:
                button.click()
            settle()
            check(f"{place} as tables", page, dialog=False)
            for button in tables:
                button.click()
        for button in _dialog_buttons(page):
            if id(button) in pressed:
                continue
            pressed.add(id(button))
            windows.open_from(f"{place} → {button.text().replace('&', '')}", button.click)
    window.show_tab(window.tab_keys()[0])
    for action in _menu_actions(shell):
        windows.open_from(f"menu → {action.text().replace('&', '')}", action.trigger)
    app_context.preferences.set(prefs.TEXT_SCALE, 100)
    assert len(windows.seen) >= 8, windows.seen
    # A window that showed itself a little later is checked (and hidden) too: none is left open.
    for late in [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window
                 and not isinstance(w, QMenu) and id(w) not in earlier]:
        windows.visit(late, f"shown later: {late.windowTitle()}")
    assert not problems, "Problems a person would meet:\n" + "\n".join(dict.fromkeys(problems))


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
