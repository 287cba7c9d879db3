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
#: Dynamic property: the palette the platform gave before ours replaced it.
_SYSTEM_PALETTE = "fibroSystemPalette"
#: Dynamic property: the system's text size in points, before the person's scale changed it.
_SYSTEM_POINT_SIZE = "fibroSystemPointSize"


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


def colors_of_palette(palette: QPalette) -> dict[str, str]:
    """The kit's named colours taken from a system palette (high contrast):
    outlines in the text colour, the focus ring in the highlight colour, so
    they stand out as much as the system's own text does."""
    role = QPalette.ColorRole

    def name(which: QPalette.ColorRole) -> str:
        return palette.color(which).name()

    return {
        "window": name(role.Window), "base": name(role.Base), "alt": name(role.AlternateBase),
        "text": name(role.WindowText), "muted": name(role.WindowText), "button": name(role.Button),
        "accent": name(role.Highlight), "accent_text": name(role.HighlightedText),
        "tooltip": name(role.ToolTipBase), "link": name(role.Link), "warning_bg": name(role.ToolTipBase),
        "warning_text": name(role.ToolTipText), "boundary": name(role.WindowText), "focus": name(role.Highlight),
    }


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


def high_contrast_palette(system: QPalette) -> QPalette:
    """The system's palette, with the kit's muted text (hints, placeholders)
    and warning text in its full text colours: high contrast has no grey."""
    palette = QPalette(system)
    role = QPalette.ColorRole
    palette.setColor(role.PlaceholderText, system.color(role.WindowText))
    palette.setColor(role.BrightText, system.color(role.ToolTipText))
    return palette


class ThemeController(QObject):
    """Applies palette and text size; follows live OS light/dark changes.

    Reading the OS colour scheme makes PySide6 build every enum of the ``Qt``
    namespace (~40 ms), so the first paint uses the scheme seen last time
    (kept in window state) and :meth:`follow_system` reads the live one right
    after the window is shown.
    """

    def __init__(self, app: QApplication, preferences: prefs.Preferences,
                 window_state: prefs.WindowState | None = None, parent: QObject | None = None,
                 *, system_palette: QPalette | None = None):
        super().__init__(parent)
        self._app = app
        self._prefs = preferences
        self._window_state = window_state
        self._system_dark = window_state.last_system_dark() if window_state else False
        self._following = False
        # The platform's own palette (Windows high contrast gives its colours
        # there), kept before ours replaces it.
        if system_palette is None:
            kept = app.property(_SYSTEM_PALETTE)
            # app.palette() is already a copy; QPalette(...) would resolve its
            # overloads through Qt's enums and build the whole Qt namespace
            # (20-40 ms) before the first paint.
            system_palette = kept if isinstance(kept, QPalette) else app.palette()
            app.setProperty(_SYSTEM_PALETTE, system_palette)
        self._system_palette = system_palette
        #: What the system says about high contrast (Qt's hint, or the desktop's setting).
        self._system_high_contrast = False
        self._desktop_high_contrast = False
        # The system's text size, kept before the person's scale changes it:
        # a second controller of the same app must not scale a scaled size.
        base = app.property(_SYSTEM_POINT_SIZE)
        if not isinstance(base, float):
            base = app.font().pointSizeF()
            app.setProperty(_SYSTEM_POINT_SIZE, base)
        self._base_point_size = base
        if not app.property(_FUSION_FROM_START) and app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        preferences.changed.connect(self._on_preference_changed)
        self.apply()

    def follow_system(self) -> None:
        """Read the OS light/dark scheme now and follow its live changes."""
        hints = QGuiApplication.styleHints()
        if not self._following:
            self._following = True
            hints.colorSchemeChanged.connect(self._on_system_scheme_changed)
            if hasattr(hints, "accessibility"):  # Qt 6.10+: Windows high contrast, the desktop portal
                hints.accessibility().contrastPreferenceChanged.connect(self._on_qt_contrast)
        self._on_system_scheme_changed(hints.colorScheme())
        self._on_qt_contrast()

    def _on_qt_contrast(self, *_preference) -> None:
        """Follow Qt's own high-contrast hint."""
        from fibro_desktop.ui.system_a11y import qt_high_contrast

        high = bool(qt_high_contrast())
        if high != self._system_high_contrast:
            self._system_high_contrast = high
            self.apply()

    def high_contrast(self) -> bool:
        """Whether the system's high-contrast palette is in use."""
        return self._system_high_contrast or self._desktop_high_contrast

    def set_system_accessibility(self, info) -> None:
        """Follow what the system asks for (a :class:`~fibro_desktop.ui.system_a11y.SystemAccessibility`,
        read after the first paint): its high-contrast palette, and its reduce-motion
        setting unless the person chose their own in Settings."""
        desktop = bool(info.high_contrast)
        if desktop != self._desktop_high_contrast:
            self._desktop_high_contrast = desktop
            self.apply()
        follow_system_motion(self._prefs, info.reduce_motion)

    def is_dark(self) -> bool:
        if self.high_contrast():
            return self._system_palette.color(QPalette.ColorRole.Window).lightness() < 128
        mode = self._prefs.get(prefs.THEME)
        if mode == "dark":
            return True
        if mode == "light":
            return False
        return self._system_dark

    def colors(self) -> dict[str, str]:
        """Named colours of the current palette, for widgets that paint."""
        if self.high_contrast():
            return colors_of_palette(self._system_palette)
        return palette_colors(self.is_dark())

    def apply(self) -> None:
        # Each of these reaches every widget of the app, even when nothing
        # changes (a preference the theme does not use): set only what differs.
        high_contrast = self.high_contrast()
        palette = high_contrast_palette(self._system_palette) if high_contrast else build_palette(self.is_dark())
        if palette != self._app.palette():
            self._app.setPalette(palette)
        font = self._app.font()
        font.setPointSizeF(self._base_point_size * self._prefs.get(prefs.TEXT_SCALE) / 100)
        if font != self._app.font():
            self._app.setFont(font)
        font_px = QFontMetrics(font).height()
        sheet = style.style_sheet(self.is_dark(), font_px, self.colors() if high_contrast else None)
        if sheet != self._app.styleSheet():
            self._app.setStyleSheet(sheet)

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


def follow_system_motion(preferences: prefs.Preferences, system_reduce: bool | None) -> None:
    """Set "Reduce motion" to the system's setting, unless the person chose
    their own in Settings (then theirs stays)."""
    if system_reduce is None:
        return
    chosen = preferences.is_stored(prefs.REDUCE_MOTION) and not preferences.get(prefs.REDUCE_MOTION_FROM_SYSTEM)
    if chosen:
        return
    preferences.set(prefs.REDUCE_MOTION_FROM_SYSTEM, True)
    preferences.set(prefs.REDUCE_MOTION, system_reduce)
