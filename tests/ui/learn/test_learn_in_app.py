"""Learn inside the app: the Help menu entry, the ``learn`` intent, the
welcome's safety notes, the text size and theme preferences, and nothing of
it loaded before the first paint."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.dialogs import WelcomeDialog
from fibro_desktop.ui.learn.window import LearnWindow
from fibro_desktop.ui.theme import DARK, LIGHT


def learn_windows():
    """The Learn windows a person can see (of any shell)."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, LearnWindow) and w.isVisible()]


@pytest.fixture(autouse=True)
def close_learn_windows():
    yield
    for window in learn_windows():
        window.close()


@pytest.fixture
def learn_action(shell):
    actions = [a for a in shell.menus["help"].actions() if a.objectName() == "learn"]
    assert len(actions) == 1
    return actions[0]


def test_help_menu_offers_learn_above_the_welcome(shell, learn_action):
    help_actions = shell.menus["help"].actions()
    assert "Learn" in learn_action.text()
    assert help_actions.index(learn_action) < help_actions.index(shell.actions.welcome)


def test_help_learn_opens_the_guides(shell, learn_action, qtbot):
    learn_action.trigger()
    opened = learn_windows()
    assert len(opened) == 1
    assert opened[0].current_key() == "why-spasms"
    learn_action.trigger()  # the same window again, not a second one
    assert learn_windows() == opened


def test_f1_opens_learn_from_the_main_window(shell, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QKeySequence

    # Shortcuts are set just after the first paint (ui/actions.py): press F1
    # once the window has it, as a person would after the window is up.
    qtbot.waitUntil(lambda: any(QKeySequence(Qt.Key.Key_F1) in a.shortcuts()
                                for a in shell.window.findChildren(QAction)), timeout=10_000)
    from PySide6.QtWidgets import QApplication

    # Shortcuts of a window fire only while it is the active one: make sure
    # it is (after other tests' windows, it may not be yet).
    shell.window.raise_()
    shell.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shell.window, timeout=10_000)
    qtbot.keyClick(shell.window, Qt.Key.Key_F1)
    assert len(learn_windows()) == 1


def test_the_learn_intent_opens_a_guide_at_a_section(shell, app_context):
    app_context.intents.open_guide("when-a-spasm-starts", "heat-then-stretch")
    (window,) = learn_windows()
    assert window.current_key() == "when-a-spasm-starts"
    assert window.reader.top_line() == "Heat, then a light stretch"


def test_text_size_preference_reaches_the_reader(shell, app_context, learn_action):
    learn_action.trigger()
    (window,) = learn_windows()
    before = window.reader.reading_point_size()
    app_context.preferences.set(prefs.TEXT_SCALE, 130)
    assert window.reader.reading_point_size() == pytest.approx(before * 1.3, rel=0.02)
    app_context.preferences.set(prefs.TEXT_SCALE, 100)
    assert window.reader.reading_point_size() == pytest.approx(before, rel=0.02)


@pytest.mark.parametrize("theme, colors", [("dark", DARK), ("light", LIGHT)])
def test_the_reader_follows_the_theme(shell, app_context, learn_action, theme, colors):
    learn_action.trigger()
    (window,) = learn_windows()
    app_context.preferences.set(prefs.THEME, theme)
    style = window.reader.document().defaultStyleSheet().lower()
    assert colors["text"].lower() in style and colors["accent"].lower() in style
    palette = window.reader.palette()
    assert palette.color(palette.ColorRole.Base).name().lower() == colors["base"].lower()


def test_welcome_and_safety_notes_sum_up_when_to_see_a_doctor(qtbot):
    opened = []
    dialog = WelcomeDialog(open_warning_signs=lambda: opened.append(True))
    qtbot.addWidget(dialog)
    summary = dialog.safety_summary.text()
    for sign in ("weakness", "numbness", "balance", "every night", "fever", "racing heart", "swollen"):
        assert sign in summary
    dialog.guide_button.click()
    assert opened == [True] and dialog.result() == WelcomeDialog.DialogCode.Accepted


def test_the_welcome_button_opens_the_warning_signs_guide(shell, app_context, qtbot, monkeypatch):
    from fibro_desktop import app as app_module

    def click_guide_button(dialog):
        dialog.guide_button.click()
        return dialog.result()

    monkeypatch.setattr(WelcomeDialog, "exec", click_guide_button)
    app_module._open_welcome(shell.window, app_context)
    (window,) = learn_windows()
    assert window.current_key() == "when-to-see-a-doctor"
    assert window.reader.top_line() == "The signs to watch for"


def test_nothing_of_learn_is_loaded_before_the_first_paint(tmp_path):
    from tests.test_startup_first_frame import _everyday_data_folder, _first_paint

    seen = _first_paint(_everyday_data_folder(tmp_path))
    early = [m for m in seen["modules"] if m.startswith(("fibro_desktop.ui.learn", "fibro_desktop.core.learn"))]
    assert early == []
    assert "PySide6.QtPrintSupport" not in seen["modules"]


def test_the_reader_keeps_its_place_when_the_text_size_changes(shell, app_context):
    app_context.intents.open_guide("daily-prevention", "stretching")
    (window,) = learn_windows()
    assert window.reader.top_line() == "Stretching morning and evening"
    app_context.preferences.set(prefs.TEXT_SCALE, 130)
    assert window.reader.top_line() == "Stretching morning and evening"
    app_context.preferences.set(prefs.THEME, "dark")
    assert window.reader.top_line() == "Stretching morning and evening"
