"""Where the guides come from: the bundled resources, in the person's language.

Qt-side helpers around :mod:`fibro_desktop.core.learn.guides`, which does the
reading itself and knows no paths of its own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale

from fibro_desktop.core.learn.guides import (
    WARNING_SIGNS_GUIDE,
    WARNING_SIGNS_SUMMARY,
    Guide,
    load_guides,
)
from fibro_desktop.resources import resource_path


def guides_root() -> Path:
    """``resources/guides`` (one folder per language inside)."""
    return resource_path("guides")


def current_language() -> str:
    """The language the guides are shown in, e.g. ``"pt_BR"`` (English
    stands in for any guide not translated yet)."""
    return QLocale().name()


def load_all() -> list[Guide]:
    """Every guide, in order, in the current language where translated."""
    return load_guides(guides_root(), current_language())


def warning_signs_summary() -> str:
    """The short summary of "When to see a doctor", for the welcome text."""
    guide = next(g for g in load_all() if g.key == WARNING_SIGNS_GUIDE)
    section = guide.section(WARNING_SIGNS_SUMMARY)
    return section.text if section is not None else ""
