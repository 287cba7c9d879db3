"""The app-wide style sheet, built from the kit's tokens.

Fusion draws control outlines from the window colour (about 1.1:1 in the
dark theme) and a faint focus frame, so the sheet gives every control a
boundary of at least 3:1 (WCAG 1.4.11) and a 2 px focus ring of at least
3:1 (2.4.7, 2.4.11). Sizes follow the font, so 200 % text stays readable.

A ``min-height`` here replaces any ``setMinimumHeight`` made before the
widget is polished, so the kit's big targets get theirs from this sheet too
(the ``kitTarget`` property), and follow the text size when it changes.
"""

from __future__ import annotations

from fibro_desktop.resources import resources_root
from fibro_desktop.ui.kit import tokens


def _icon(name: str, dark: bool) -> str:
    path = resources_root() / "kit" / f"{name}-{'dark' if dark else 'light'}.svg"
    return path.as_posix()


def style_sheet(dark: bool, font_px: int, colors: dict[str, str] | None = None) -> str:
    """The global style sheet for one theme; ``font_px`` is the body text
    height; ``colors`` replace the theme's (the system's high-contrast palette)."""
    c = colors or tokens.colors(dark)
    indicator = max(16, round(font_px * 0.95))
    target = max(32, round(font_px * 2.1))  # comfortable targets for sore hands
    ring = tokens.FOCUS_WIDTH_PX
    line = tokens.BOUNDARY_WIDTH_PX
    return f"""
QPushButton, QToolButton {{
    min-height: 32px; padding: 4px 14px;
    border: {line}px solid {c['boundary']}; border-radius: 6px;
    background: {c['button']}; color: {c['text']};
}}
QPushButton:hover, QToolButton:hover {{ background: {c['alt']}; }}
QPushButton:pressed, QToolButton:pressed {{ background: {c['window']}; }}
QPushButton:checked, QToolButton:checked {{
    background: {c['accent']}; color: {c['accent_text']}; border-color: {c['accent']};
}}
QPushButton:disabled, QToolButton:disabled {{ color: {c['muted']}; border-style: dashed; }}
QPushButton:focus, QToolButton:focus {{
    border: {ring}px solid {c['focus']}; padding: {4 - ring + line}px {14 - ring + line}px;
}}
QPushButton:checked:focus, QToolButton:checked:focus {{ border-color: {c['text']}; }}
QPushButton::menu-indicator {{ subcontrol-position: right center; right: 6px; }}
QToolButton[popupMode="1"] {{ padding-right: 20px; }}

QTabBar::tab {{
    min-height: {target + 2}px; padding: 4px 18px; margin-right: 2px;
    border: {line}px solid {c['boundary']}; border-bottom: none;
    border-top-left-radius: 6px; border-top-right-radius: 6px;
    background: {c['button']}; color: {c['text']};
}}
QTabBar::tab:selected {{ background: {c['base']}; font-weight: bold; }}
QTabBar::tab:focus {{ border: {ring}px solid {c['focus']}; border-bottom: none; }}
QTabBar:focus {{ outline: none; }}

QCheckBox, QRadioButton {{
    min-height: {max(28, indicator + 8)}px; spacing: 8px;
    border: {ring}px solid transparent; border-radius: 4px; padding: 0 4px;
}}
QCheckBox:focus, QRadioButton:focus {{ border-color: {c['focus']}; }}
QCheckBox::indicator, QRadioButton::indicator, QGroupBox::indicator, QAbstractItemView::indicator {{
    width: {indicator}px; height: {indicator}px;
    border: {line}px solid {c['boundary']}; background: {c['base']};
}}
QCheckBox::indicator, QGroupBox::indicator, QAbstractItemView::indicator {{ border-radius: 3px; }}
QRadioButton::indicator {{ border-radius: {indicator // 2}px; }}
QCheckBox::indicator:checked, QGroupBox::indicator:checked, QAbstractItemView::indicator:checked {{
    background: {c['accent']}; border-color: {c['accent']}; image: url({_icon('check', dark)});
}}
QCheckBox::indicator:indeterminate {{
    background: {c['accent']}; border-color: {c['accent']}; image: url({_icon('dash', dark)});
}}
QRadioButton::indicator:checked {{ border-color: {c['accent']}; image: url({_icon('dot', dark)}); }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border-style: dashed; }}

QLineEdit, QAbstractSpinBox, QComboBox, QTextEdit, QPlainTextEdit, QAbstractItemView {{
    border: {line}px solid {c['boundary']}; border-radius: 4px;
}}
QLineEdit, QAbstractSpinBox, QComboBox {{ padding: 3px 6px; min-height: {max(24, font_px + 8)}px; }}
QComboBox {{ background: {c['button']}; color: {c['text']}; }}
QComboBox:editable, QLineEdit, QAbstractSpinBox {{ background: {c['base']}; color: {c['text']}; }}
QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus {{
    border: {ring}px solid {c['focus']}; padding: {3 - ring + line}px {6 - ring + line}px;
}}
QTextEdit:focus, QPlainTextEdit:focus, QAbstractItemView:focus {{
    border: {ring}px solid {c['focus']};
}}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ width: 20px; }}

QSlider {{ border: {ring}px solid transparent; border-radius: 4px; }}
QSlider:focus {{ border-color: {c['focus']}; }}

*[kitTarget="true"] {{ min-height: {tokens.target_height(font_px) - tokens.BUTTON_BOX_PX}px; }}
"""
