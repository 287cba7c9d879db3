"""Light and dark palettes, following the OS or forced in Settings.

The app uses the Fusion style everywhere so that both palettes render the
same on every platform; colours (ui/kit/tokens.py) were chosen for calm and
for contrast (text on background at least 7:1, accent at least 4.5:1, control outlines and the
focus ring at least 3:1); the style sheet comes from ui/kit/style.py.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QFontMetrics, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from fibro_desktop import identity
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.kit import style, tokens

LIGHT = tokens.LIGHT
DARK = tokens.DARK


#: Dynamic property of a QApplication made by :func:`make_application`.
_FUSION_FROM_START = "fibroFusionFromStart"


def make_application(argv: list[str]) -> QApplication:
    """A QApplication in the Fusion style from the start (``-style Fusion``,
    which wins over ``QT_STYLE_OVERRIDE``). Asking an app for its style from
    Python makes PySide6 build the ``QStyle`` class with all its enums
    (~5 ms), which the first frame need not wait for (issue 14)."""
    app = QApplication([*argv[:1], "-style", "Fusion", *argv[1:]])
    app.setProperty(_FUSION_FROM_START, True)
    # Wayland compositors match a window to its menu entry and icon by the
    # desktop file's name (packaging/linux/fibro-desktop.desktop).
    app.setDesktopFileName(identity.APPLICATION_NAME)
    return app


def palette_colors(dark: bool) -> dict[str, str]:
    return DARK if dark else LIGHT


def build_palette(dark: bool) -> QPalette:
    c = {k: QColor(v) for k, v in palette_colors(dark).items()}
    pal = QPalette()
    role = QPalette.ColorRole
    pal.setColor(role.Window, c["window"])
    pal.setColor(role.WindowText, c["text"])
    pal.setColor(role.Base, c["base"])
    pal.setColor(role.AlternateBase, c["alt"])
    pal.setColor(role.Text, c["text"])
    pal.setColor(role.Button, c["button"])
    pal.setColor(role.ButtonText, c["text"])
    pal.setColor(role.Highlight, c["accent"])
    pal.setColor(role.HighlightedText, c["accent_text"])
    pal.setColor(role.ToolTipBase, c["tooltip"])
    pal.setColor(role.ToolTipText, c["text"])
    pal.setColor(role.PlaceholderText, c["muted"])
    pal.setColor(role.Link, c["link"])
    pal.setColor(role.BrightText, c["warning_text"])
    for group in (QPalette.ColorGroup.Disabled,):
        pal.setColor(group, role.WindowText, c["muted"])
        pal.setColor(group, role.Text, c["muted"])
        pal.setColor(group, role.ButtonText, c["muted"])
    return pal


class ThemeController(QObject):
    """Applies palette and text size; follows live OS light/dark changes.

    Reading the OS colour scheme makes PySide6 build every enum of the ``Qt``
    namespace (~40 ms), so the first paint uses the scheme seen last time
    (kept in window state) and :meth:`follow_system` reads the live one right
    after the window is shown.
    """

    def __init__(self, app: QApplication, preferences: prefs.Preferences,
                 window_state: prefs.WindowState | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._app = app
        self._prefs = preferences
        self._window_state = window_state
        self._system_dark = window_state.last_system_dark() if window_state else False
        self._following = False
        self._base_point_size = app.font().pointSizeF()
        if not app.property(_FUSION_FROM_START) and app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        preferences.changed.connect(self._on_preference_changed)
        self.apply()

    def follow_system(self) -> None:
        """Read the OS light/dark scheme now and follow its live changes."""
        if not self._following:
            self._following = True
            QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme_changed)
        self._on_system_scheme_changed(QGuiApplication.styleHints().colorScheme())

    def is_dark(self) -> bool:
        mode = self._prefs.get(prefs.THEME)
        if mode == "dark":
            return True
        if mode == "light":
            return False
        return self._system_dark

    def colors(self) -> dict[str, str]:
        """Named colours of the current palette, for widgets that paint."""
        return palette_colors(self.is_dark())

    def apply(self) -> None:
        self._app.setPalette(build_palette(self.is_dark()))
        font = self._app.font()
        font.setPointSizeF(self._base_point_size * self._prefs.get(prefs.TEXT_SCALE) / 100)
        self._app.setFont(font)
        font_px = QFontMetrics(font).height()
        self._app.setStyleSheet(style.style_sheet(self.is_dark(), font_px))

    def _on_preference_changed(self, key: str) -> None:
        if key in (prefs.THEME.key, prefs.TEXT_SCALE.key):
            self.apply()

    def _on_system_scheme_changed(self, scheme) -> None:
        dark = scheme.name == "Dark"
        if dark == self._system_dark:
            return
        self._system_dark = dark
        if self._window_state is not None:
            self._window_state.save_last_system_dark(dark)
        if self._prefs.get(prefs.THEME) == "system":
            self.apply()
