"""The main window as a person meets it: tabs, menus, dialogs, theme."""

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.dialogs import AboutDialog, WelcomeDialog
from fibro_desktop.ui.settings_dialog import SettingsDialog
from tests.conftest import REPO_ROOT

TAB_TITLES = ["Journal", "Pacing", "Relax", "Toolkit", "Charts"]


def test_the_five_tabs_are_there_in_order(shell):
    tabs = shell.window.tab_widget
    assert [tabs.tabText(i) for i in range(tabs.count())] == TAB_TITLES


def test_every_tab_opens_and_shows_its_page(shell, qtbot):
    for key in shell.window.tab_keys():
        page = shell.window.show_tab(key)
        qtbot.waitUntil(page.isVisible)
        assert page.findChildren(QLabel) or page.layout() is not None


def test_pages_are_built_only_when_first_shown(shell):
    window = shell.window
    assert window.is_built(window.current_tab())
    others = [k for k in window.tab_keys() if k != window.current_tab()]
    assert not any(window.is_built(k) for k in others)
    window.show_tab(others[-1])
    assert window.is_built(others[-1])


def test_ctrl_number_switches_tabs(shell, qtbot):
    # The shortcut belongs to the window: make it the active one, as a person's
    # click would (a window another test left open may hold the activation).
    from PySide6.QtGui import QAction, QKeySequence

    ctrl_3 = QKeySequence("Ctrl+3")
    qtbot.waitUntil(lambda: any(ctrl_3 in a.shortcuts() for a in shell.window.findChildren(QAction)),
                    timeout=10_000)  # shortcuts are set just after the first paint
    shell.window.show()
    shell.window.activateWindow()
    qtbot.waitUntil(shell.window.isActiveWindow, timeout=5000)
    qtbot.keyClick(shell.window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert shell.window.current_tab() == shell.window.tab_keys()[2]


def test_menus_offer_settings_quit_about_and_the_welcome(shell):
    texts = {m: [a.text().replace("&", "") for a in menu.actions() if a.text()]
             for m, menu in shell.menus.items()}
    assert "Quit" in texts["file"] and "Settings…" in texts["file"]
    assert "About Fibro Desktop" in texts["help"]
    assert any("Welcome" in t for t in texts["help"])
    assert shell.actions.quit.menuRole() == shell.actions.quit.MenuRole.QuitRole
    assert shell.actions.settings.menuRole() == shell.actions.settings.MenuRole.PreferencesRole


def test_about_says_version_where_data_lives_and_not_a_medical_device(qtbot, data_dir):
    dialog = AboutDialog(data_dir, data_dir / "logs")
    qtbot.addWidget(dialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "0.1.0" in text
    assert str(data_dir) in text
    assert "not a medical device" in text
    assert "talk to your doctor" in text.lower()


def test_welcome_says_what_the_app_does_privacy_and_disclaimer(qtbot):
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "spasm" in text
    assert "stays on this computer" in text
    assert "not a medical device" in text


def test_first_start_shows_welcome_once(shell, app_context, qtbot, monkeypatch):
    from fibro_desktop import app as app_module

    shown = []
    monkeypatch.setattr(QDialog, "exec", lambda self: shown.append(type(self).__name__) or 1)
    app_module._open_welcome(shell.window, app_context)
    assert shown == ["WelcomeDialog"]
    assert app_context.preferences.get(prefs.WELCOME_SEEN) is True


def test_forcing_dark_in_settings_darkens_the_palette(shell, app_context, qtbot):
    dialog = SettingsDialog(app_context.preferences, shell.window)
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.accept()
    window_colour = QApplication.palette().color(QPalette.ColorRole.Window)
    text_colour = QApplication.palette().color(QPalette.ColorRole.WindowText)
    assert window_colour.lightness() < 60 and text_colour.lightness() > 200
    dialog = SettingsDialog(app_context.preferences, shell.window)
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.accept()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 200


def test_settings_controls_have_accessible_labels(app_context, qtbot):
    dialog = SettingsDialog(app_context.preferences)
    qtbot.addWidget(dialog)
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    assert dialog.theme in buddies and dialog.text_scale in buddies


def test_larger_text_setting_grows_the_font(shell, app_context):
    before = QApplication.font().pointSizeF()
    app_context.preferences.set(prefs.TEXT_SCALE, 130)
    assert QApplication.font().pointSizeF() > before * 1.2
    app_context.preferences.set(prefs.TEXT_SCALE, 100)


def test_window_geometry_and_tab_are_restored(qapp, qtbot, app_context):
    from fibro_desktop.shell import build_shell

    first = build_shell(qapp, app_context, with_tray=False)
    qtbot.addWidget(first.window)
    first.window.show()
    first.window.resize(780, 580)  # fits the 800x600 offscreen screen
    first.window.show_tab("relax")
    first.window.close()
    from fibro_desktop.ui.preferences import WindowState

    app_context.window_state = WindowState(app_context.data_dir)
    second = build_shell(qapp, app_context, with_tray=False)
    qtbot.addWidget(second.window)
    assert second.window.current_tab() == "relax"
    assert (second.window.width(), second.window.height()) == (780, 580)


def test_startup_imports_no_heavy_modules():
    """pyqtgraph, QtMultimedia and PDF code load only when first needed."""
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM']='offscreen';"
        "import tempfile, pathlib;"
        "from fibro_desktop import locations; locations.apply_identity();"
        "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from fibro_desktop.app import AppContext, build_shell;"
        "from fibro_desktop.core.clock import SystemClock;"
        "from fibro_desktop.store.database import open_database;"
        "from fibro_desktop.ui.preferences import Preferences, WindowState;"
        "d = pathlib.Path(tempfile.mkdtemp());"
        "ctx = AppContext(d, d, open_database(d), SystemClock(), Preferences(d), WindowState(d));"
        "shell = build_shell(app, ctx, with_tray=False); shell.window.show(); app.processEvents();"
        "heavy = [m for m in ('pyqtgraph', 'PySide6.QtMultimedia', 'PySide6.QtPdf', 'numpy') if m in sys.modules];"
        "print('HEAVY', heavy)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT)
    assert result.returncode == 0, result.stderr
    assert "HEAVY []" in result.stdout, result.stdout


def test_the_app_is_in_the_fusion_style_from_the_start_whatever_the_environment():
    """run_gui makes its QApplication with ``-style Fusion`` (issue 14: asking
    for the style from Python before the first paint costs ~5 ms)."""
    import os

    code = ("from fibro_desktop.ui.theme import make_application; import sys; "
            "app = make_application(['fibro-desktop', '--demo']); "
            "print(app.style().name(), app.arguments()[1:])")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_STYLE_OVERRIDE="Windows")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split(None, 1) == ["fusion", "['--demo']\n"]


def test_a_second_theme_controller_starts_from_the_systems_text_size(qapp, tmp_path):
    # One app, two controllers (a second window's, or the next test's): the
    # second must not take the first one's 200 % as the system's size.
    from fibro_desktop.ui.theme import ThemeController

    system = qapp.font().pointSizeF()
    large, plain = prefs.Preferences(tmp_path / "a"), prefs.Preferences(tmp_path / "b")
    large.set(prefs.TEXT_SCALE, 200)
    first = ThemeController(qapp, large)
    assert qapp.font().pointSizeF() == pytest.approx(system * 2)
    second = ThemeController(qapp, plain)
    assert qapp.font().pointSizeF() == pytest.approx(system)
    first.deleteLater(), second.deleteLater()
