"""Design tokens: colours for both themes, spacing and the type scale.

Colour figures (WCAG contrast, computed by tests/ui/test_accessibility_walk.py):
``boundary`` is at least 3:1 against window, base, alternate and button
colours of its theme (control outlines, WCAG 1.4.11); ``focus`` is at least
3:1 against the same (focus ring, 2.4.7 / 2.4.11); ``text`` at least 7:1.
"""

from __future__ import annotations

LIGHT = {
    "window": "#F5F3EE", "base": "#FFFFFF", "alt": "#EFEBE4", "text": "#1E2A2E",
    "muted": "#5B676B", "button": "#E9E4DC", "accent": "#2A716B", "accent_text": "#FFFFFF",
    "tooltip": "#FFFFFF", "link": "#1F5F8B", "warning_bg": "#FFF3D6", "warning_text": "#4D3800",
    # Outlines of checkboxes, radio buttons, fields, spin and combo boxes.
    "boundary": "#6E777B",
    # The 2 px ring around whatever has keyboard focus.
    "focus": "#2A716B",
}
DARK = {
    "window": "#1D2225", "base": "#262C30", "alt": "#2C3337", "text": "#E8ECEE",
    "muted": "#A9B4B8", "button": "#30383C", "accent": "#67B8AF", "accent_text": "#0F1C1B",
    "tooltip": "#30383C", "link": "#8EC5F0", "warning_bg": "#4A3B12", "warning_text": "#FFE8B0",
    "boundary": "#8C989D",
    "focus": "#67B8AF",
}

#: Colours a control boundary or focus ring must stand out from (3:1).
BACKGROUND_KEYS = ("window", "base", "alt", "button")

#: Spacing steps in pixels (layouts use these, not ad-hoc numbers).
SPACE_S = 6
SPACE_M = 12
SPACE_L = 20

#: Type scale, relative to the app's body font (which follows the text-size setting).
HEADING_1 = 1.35
HEADING_2 = 1.25
HEADING_3 = 1.1

#: The least height of a big target (buttons and fields for sore hands), in
#: pixels at 100 % text; it grows with the text (see ``widgets.big_target``).
TARGET_PX = 40
#: Padding and border above and below the text of a button, in pixels (style.py).
BUTTON_BOX_PX = 10

#: Width of the focus ring and of control outlines, in pixels.
FOCUS_WIDTH_PX = 2
BOUNDARY_WIDTH_PX = 1


def target_height(line_px: int) -> int:
    """The least height of a big target for text lines ``line_px`` high."""
    return max(TARGET_PX, line_px + 2 * SPACE_M)


def colors(dark: bool) -> dict[str, str]:
    """The named colours of the light or dark theme."""
    return DARK if dark else LIGHT


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two ``#RRGGBB`` colours (1.0 to 21.0)."""
    def luminance(hex_color: str) -> float:
        value = hex_color.lstrip("#")
        channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)
