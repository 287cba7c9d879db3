"""Colours of the body map, taken from the current palette.

Nothing is hard-coded per theme except the heat ramp's warm end, which is
picked for the palette's lightness so it reads on light and dark windows.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved towards ``b`` by ``t`` (0..1), in RGB."""
    t = min(1.0, max(0.0, t))
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                           a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


@dataclass(frozen=True)
class MapColors:
    background: QColor
    body: QColor  # neutral parts (head, joints)
    region: QColor  # a region that can be picked
    hover: QColor
    selected: QColor
    outline: QColor
    focus: QColor
    text: QColor
    muted: QColor
    heat_low: QColor
    heat_high: QColor

    @property
    def dark(self) -> bool:
        return self.background.lightnessF() < 0.5

    def heat(self, value: float) -> QColor:
        """Fill for a heat value 0..1 (0 is the plain region colour)."""
        if value <= 0:
            return self.region
        return mix(self.heat_low, self.heat_high, value)


def map_colors(palette: QPalette) -> MapColors:
    role = QPalette.ColorRole
    window = palette.color(role.Window)
    text = palette.color(role.WindowText)
    accent = palette.color(role.Highlight)
    dark = window.lightnessF() < 0.5
    body = mix(window, text, 0.07)
    region = mix(window, text, 0.17)
    if dark:
        heat_low, heat_high = QColor("#5B4A3A"), QColor("#F0946A")
    else:
        heat_low, heat_high = QColor("#F6DCC2"), QColor("#B84A2E")
    return MapColors(
        background=window, body=body, region=region, hover=mix(region, accent, 0.35),
        selected=accent, outline=mix(window, text, 0.45), focus=text, text=text,
        muted=palette.color(role.PlaceholderText), heat_low=heat_low, heat_high=heat_high,
    )
