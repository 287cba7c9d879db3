"""200 % text and a scale factor of 2 (issue 18, WCAG 1.4.4 and 1.4.10): the
window still fits a 1366x768 laptop screen, and no tab cuts anything off.

Before: the window could not be smaller than 760x560 logical pixels (1520x1120
real ones at ``QT_SCALE_FACTOR=2``), the Pacing tab needed 1517 px of width
at 200 % text, and the Relax library buttons were squeezed into a 420 px column.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTabWidget

from fibro_desktop.ui import preferences as prefs
from tests.ui.layout_checks import clipped, settle

REPO_ROOT = Path(__file__).resolve().parents[2]
#: A common laptop screen, less a task bar.
SCREEN_WIDTH, SCREEN_HEIGHT = 1366, 768
TASK_BAR = 40


def _every_inner_page(page):
    """Show each section of each tab widget inside ``page``, yielding its name."""
    yield ""
    for tabs in page.findChildren(QTabWidget):
        for index in range(tabs.count()):
            if tabs.isVisibleTo(page):
                tabs.setCurrentIndex(index)
                settle()
                yield tabs.tabText(index).replace("&", "")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_no_tab_cuts_anything_off_at_two_hundred_percent(shell, app_context, theme):
    app_context.preferences.set(prefs.THEME, theme)
    app_context.preferences.set(prefs.TEXT_SCALE, 200)
    window = shell.window
    window.resize(SCREEN_WIDTH, SCREEN_HEIGHT - TASK_BAR)
    problems = []
    try:
        for key in window.tab_keys():
            page = window.show_tab(key)
            settle()
            for section in _every_inner_page(page):
                problems += [f"{key} {section}: {problem}" for problem in clipped(window)]
    finally:
        app_context.preferences.set(prefs.TEXT_SCALE, 100)
    assert not problems, "Cut off at 200 % text:\n" + "\n".join(dict.fromkeys(problems))


def test_the_window_fits_a_laptop_screen_at_two_hundred_percent(shell, app_context):
    app_context.preferences.set(prefs.TEXT_SCALE, 200)
    window = shell.window
    try:
        for key in window.tab_keys():
            window.show_tab(key)
            settle()
        for size in (window.minimumSize(), window.minimumSizeHint()):
            assert size.width() <= SCREEN_WIDTH and size.height() <= SCREEN_HEIGHT - TASK_BAR, size
    finally:
        app_context.preferences.set(prefs.TEXT_SCALE, 100)


@pytest.mark.parametrize("text_scale", [100, 200])
def test_the_window_fits_a_laptop_screen_at_scale_factor_two(tmp_path, text_scale):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2")
    result = subprocess.run([sys.executable, str(REPO_ROOT / "tests" / "ui" / "scale_factor_child.py"),
                             str(tmp_path / "data"), str(text_scale)],
                            capture_output=True, text=True, env=env, cwd=REPO_ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    line = next(row for row in result.stdout.splitlines() if row.startswith("min "))
    _, min_w, min_h, _, hint_w, hint_h = line.split()
    # The screen in logical pixels at that scale: 683 x 384, less the task bar.
    width, height = SCREEN_WIDTH // 2, (SCREEN_HEIGHT - TASK_BAR) // 2
    assert int(min_w) <= width and int(min_h) <= height, line
    assert int(hint_w) <= width and int(hint_h) <= height, line
