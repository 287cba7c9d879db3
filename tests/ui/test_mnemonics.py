"""Every form has each Alt+letter once: two fields answering the same
mnemonic (Alt+T twice on the Pacing tab) make Alt jump to the wrong one.

The test shows every tab (and every inner tab), then every dialog, and
collects the mnemonics of what is visible together: buttons, labels with
a buddy, group boxes and tab titles.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QDialog, QGroupBox, QLabel, QTabBar, QTabWidget, QWidget

from tests.ui.pacing.conftest import driver, quick_prefs  # noqa: F401 (fixtures)


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` ("&&" is a literal ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].casefold()
        i += 1
    return None


def visible_mnemonics(root: QWidget) -> dict[str, list[str]]:
    """Mnemonic letter -> the texts that use it, among widgets visible in ``root``."""
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str) -> None:
        key = mnemonic(text)
        if key:
            found[key].append(text)

    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or (isinstance(widget, QDialog) and widget is not root):
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget.tabText(index))
    return found


def duplicates(root: QWidget) -> dict[str, list[str]]:
    return {key: texts for key, texts in visible_mnemonics(root).items() if len(texts) > 1}


def walk_inner_tabs(root: QWidget, qtbot, where: str, problems: list[str]) -> None:
    """Check ``root`` as shown, then with each page of each inner tab widget."""
    seen = duplicates(root)
    if seen:
        problems.append(f"{where}: {seen}")
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            seen = duplicates(root)
            if seen:
                problems.append(f"{where} / {tabs.tabText(index)}: {seen}")
        tabs.setCurrentIndex(0)


def test_the_mnemonic_of_a_text():
    assert mnemonic("&Save") == "s" and mnemonic("Fish && &Chips") == "c" and mnemonic("Plain") is None


def tab_problems(window, qtbot) -> list[str]:
    """Alt-letters used twice on any tab (and inner tab) of ``window``."""
    problems: list[str] = []
    for key in window.tab_keys():
        page = window.show_tab(key)
        qtbot.waitUntil(page.isVisible)
        walk_inner_tabs(page, qtbot, key, problems)
    return problems


def test_every_tab_has_each_mnemonic_once(shell, qtbot):
    problems = tab_problems(shell.window, qtbot)
    assert problems == [], "\n".join(problems)


def _open(shell, app_context, opener: str) -> QDialog:
    from fibro_desktop.core.journal.prefill import EpisodePrefill

    made = None
    if opener == "settings":
        from fibro_desktop.ui.settings_dialog import SettingsDialog

        made = SettingsDialog(app_context.preferences, shell.window)
    elif opener == "own_exercise":
        from fibro_desktop.ui.pacing.exercises_form import OwnExerciseDialog

        made = OwnExerciseDialog(shell.window)
    elif opener == "kit_item":
        from fibro_desktop.ui.toolkit.kit_editor import KitItemDialog

        made = KitItemDialog(None, [], shell.window)
    elif opener == "routine_editor":
        from fibro_desktop.ui.toolkit.routine_editor import RoutineEditorDialog

        page = shell.window.show_tab("toolkit")
        made = RoutineEditorDialog(app_context.db, app_context.clock, page.write, shell.window)
    if made is not None:
        made.show()
        return made
    before = set(shell.window.findChildren(QDialog))
    if opener == "rescue_plan":
        app_context.intents.rescue_plan.emit()
    elif opener == "quick_log":
        app_context.intents.quick_log.emit(EpisodePrefill())
    else:
        app_context.intents.new_episode.emit(EpisodePrefill())
    return next(d for d in set(shell.window.findChildren(QDialog)) - before | set(before) if d.isVisible())


@pytest.mark.parametrize("opener", ["rescue_plan", "quick_log", "new_episode", "settings", "own_exercise",
                                    "kit_item", "routine_editor"])
def test_every_dialog_has_each_mnemonic_once(shell, app_context, qtbot, opener):
    dialog = _open(shell, app_context, opener)
    problems: list[str] = []
    walk_inner_tabs(dialog, qtbot, opener, problems)
    dialog.close()
    assert problems == []


def test_the_break_panel_has_each_mnemonic_once(driver, qtbot, quick_prefs):  # noqa: F811 (fixture)
    """Its buttons change with the kind of break: all of them together."""
    from fibro_desktop.ui.pacing.panel import BreakPanel

    panel = BreakPanel(driver, quick_prefs)
    qtbot.addWidget(panel)
    keys: dict[str, list[str]] = defaultdict(list)
    for button in panel.findChildren(QAbstractButton):
        if mnemonic(button.text()):
            keys[mnemonic(button.text())].append(button.text())
    assert {k: t for k, t in keys.items() if len(t) > 1} == {}
