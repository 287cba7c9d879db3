"""Readable, translated names of body-map regions ("Calves (left)")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fibro_desktop.core.body_regions import BOTH, LEFT, REGION_BY_KEY, RIGHT, RegionKey
from fibro_desktop.ui.translate import fill


def region_label(key: RegionKey) -> str:
    """The region's name as shown in lists and read by screen readers.

    ``key`` may also be ``(muscle, "both")`` for a sided group picked on
    both sides. The group label is translated in the ``vocabulary`` context;
    the side is part of a whole phrase so that translators can place it
    freely.
    """
    muscle, side = key
    term = REGION_BY_KEY[(muscle, LEFT) if side == BOTH else key]
    group = QCoreApplication.translate("vocabulary", term.label)
    if side == BOTH:
        return fill(QCoreApplication.translate("BodyMap", "%1 (both sides)"), group)
    if side == LEFT:
        return fill(QCoreApplication.translate("BodyMap", "%1 (left)"), group)
    if side == RIGHT:
        return fill(QCoreApplication.translate("BodyMap", "%1 (right)"), group)
    return group


def region_state_text(key: RegionKey, selected: bool, heat_text: str | None = None) -> str:
    """Label plus state, e.g. "Calves (left), selected" or "Neck, 3 episodes"."""
    label = region_label(key)
    if heat_text is not None:
        return fill(QCoreApplication.translate("BodyMap", "%1, %2"), label, heat_text)
    if selected:
        return fill(QCoreApplication.translate("BodyMap", "%1, selected"), label)
    return fill(QCoreApplication.translate("BodyMap", "%1, not selected"), label)
