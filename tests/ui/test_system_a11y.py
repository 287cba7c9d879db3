"""Following the system's accessibility settings (issue 18): its high-contrast
palette, and its reduce-motion setting unless the person chose their own.
The platform readers get fake commands and Windows calls, so this runs anywhere."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui import system_a11y as sa
from fibro_desktop.ui.kit.tokens import contrast_ratio
from fibro_desktop.ui.theme import ThemeController, follow_system_motion


def answering(table: dict[tuple[str, ...], str | None]):
    asked = []

    def run(args):
        asked.append(tuple(args))
        return table.get(tuple(args))
    run.asked = asked
    return run


GNOME_CONTRAST = ("gsettings", "get", "org.gnome.desktop.a11y.interface", "high-contrast")
GNOME_ANIMATIONS = ("gsettings", "get", "org.gnome.desktop.interface", "enable-animations")
MAC_MOTION = ("defaults", "read", "com.apple.universalaccess", "reduceMotion")


def test_gnome_readers():
    assert sa.gnome_high_contrast(answering({GNOME_CONTRAST: "true"})) is True
    assert sa.gnome_high_contrast(answering({GNOME_CONTRAST: "false"})) is False
    assert sa.gnome_high_contrast(answering({})) is None  # no gsettings: cannot tell
    assert sa.gnome_reduce_motion(answering({GNOME_ANIMATIONS: "false"})) is True
    assert sa.gnome_reduce_motion(answering({GNOME_ANIMATIONS: "true"})) is False
    assert sa.gnome_reduce_motion(answering({GNOME_ANIMATIONS: "No such schema"})) is None


def test_macos_reader():
    assert sa.macos_reduce_motion(answering({MAC_MOTION: "1"})) is True
    assert sa.macos_reduce_motion(answering({MAC_MOTION: "0"})) is False
    assert sa.macos_reduce_motion(answering({})) is None


def test_windows_readers():
    values = {sa.SPI_GETHIGHCONTRAST: sa.HCF_HIGHCONTRASTON | 0x2, sa.SPI_GETCLIENTAREAANIMATION: False}
    assert sa.windows_high_contrast(values.get) is True
    assert sa.windows_reduce_motion(values.get) is True
    values = {sa.SPI_GETHIGHCONTRAST: 0x2, sa.SPI_GETCLIENTAREAANIMATION: True}
    assert sa.windows_high_contrast(values.get) is False
    assert sa.windows_reduce_motion(values.get) is False
    assert sa.windows_reduce_motion(lambda _action: None) is None


def test_a_missing_command_or_a_broken_reader_cannot_tell():
    assert sa.run_command(["fibro-desktop-no-such-command-here"]) is None

    def broken():
        raise RuntimeError("boom")
    readers = sa.Readers(high_contrast=(broken, lambda: None, lambda: True), reduce_motion=(lambda: None,))
    assert sa.read(readers) == sa.SystemAccessibility(high_contrast=True, reduce_motion=None)


def test_each_platform_has_its_readers():
    assert sa.readers_for("win32").reduce_motion == (sa.windows_reduce_motion,)
    assert sa.readers_for("darwin").reduce_motion == (sa.macos_reduce_motion,)
    assert sa.readers_for("linux").high_contrast == (sa.gnome_high_contrast,)


def test_the_reader_answers_on_the_gui_thread_without_blocking(qtbot):
    reader = sa.SystemAccessibilityReader(sa.Readers((lambda: True,), (lambda: False,)))
    with qtbot.waitSignal(reader.read_done) as blocker:
        reader.start()
    assert blocker.args == [sa.SystemAccessibility(high_contrast=True, reduce_motion=False)]


def test_reduce_motion_follows_the_system_unless_the_person_chose(app_context):
    preferences = app_context.preferences
    follow_system_motion(preferences, True)
    assert preferences.get(prefs.REDUCE_MOTION) is True
    follow_system_motion(preferences, False)  # the system changed back
    assert preferences.get(prefs.REDUCE_MOTION) is False
    follow_system_motion(preferences, None)  # cannot tell: nothing changes
    assert preferences.get(prefs.REDUCE_MOTION) is False


def test_the_persons_own_choice_in_settings_wins(qtbot, app_context):
    from fibro_desktop.ui.settings_dialog import SettingsDialog

    preferences = app_context.preferences
    follow_system_motion(preferences, True)
    dialog = SettingsDialog(preferences)
    qtbot.addWidget(dialog)
    dialog.reduce_motion.setChecked(False)  # "I want the animations"
    dialog.accept()
    follow_system_motion(preferences, True)
    assert preferences.get(prefs.REDUCE_MOTION) is False


def test_saving_settings_without_touching_motion_leaves_it_to_the_system(qtbot, app_context):
    from fibro_desktop.ui.settings_dialog import SettingsDialog

    preferences = app_context.preferences
    dialog = SettingsDialog(preferences)
    qtbot.addWidget(dialog)
    dialog.accept()
    follow_system_motion(preferences, True)
    assert preferences.get(prefs.REDUCE_MOTION) is True


def _high_contrast_palette() -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    for which, colour in ((role.Window, "#000000"), (role.Base, "#000000"), (role.AlternateBase, "#000000"),
                          (role.Button, "#000000"), (role.WindowText, "#FFFFFF"), (role.Text, "#FFFFFF"),
                          (role.ButtonText, "#FFFFFF"), (role.Highlight, "#1AEBFF"), (role.HighlightedText, "#000000"),
                          (role.Link, "#FFFF00"), (role.ToolTipBase, "#000000"), (role.ToolTipText, "#FFFFFF")):
        palette.setColor(which, QColor(colour))
    return palette


def test_high_contrast_uses_the_system_palette_and_back(qapp, app_context):
    system = _high_contrast_palette()
    theme = ThemeController(qapp, app_context.preferences, system_palette=system)
    try:
        theme.set_system_accessibility(sa.SystemAccessibility(high_contrast=True))
        assert theme.high_contrast()
        assert qapp.palette().color(QPalette.ColorRole.Window) == QColor("#000000")
        assert qapp.palette().color(QPalette.ColorRole.WindowText) == QColor("#FFFFFF")
        # Hints and placeholders are not grey in high contrast: full text colour.
        assert qapp.palette().color(QPalette.ColorRole.PlaceholderText) == QColor("#FFFFFF")
        sheet = qapp.styleSheet()
        assert "#ffffff" in sheet.lower()  # outlines in the system's text colour
        colors = theme.colors()
        assert contrast_ratio(colors["boundary"], colors["window"]) >= 3.0
        theme.set_system_accessibility(sa.SystemAccessibility(high_contrast=False))
        assert not theme.high_contrast()
        assert qapp.palette().color(QPalette.ColorRole.Window) != QColor("#000000")
    finally:
        theme.set_system_accessibility(sa.SystemAccessibility(high_contrast=False))
        theme.deleteLater()
