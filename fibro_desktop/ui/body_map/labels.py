"""Readable, translated names of body-map regions ("Calves (left)")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fibro_desktop.core.body_regions import BOTH, LEFT, REGION_BY_KEY, RIGHT, RegionKey


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
        return QCoreApplication.translate("BodyMap", "{group} (both sides)").format(group=group)
    if side == LEFT:
        return QCoreApplication.translate("BodyMap", "{group} (left)").format(group=group)
    if side == RIGHT:
        return QCoreApplication.translate("BodyMap", "{group} (right)").format(group=group)
    return group


def region_state_text(key: RegionKey, selected: bool, heat_text: str | None = None) -> str:
    """Label plus state, e.g. "Calves (left), selected" or "Neck, 3 episodes"."""
    label = region_label(key)
    if heat_text is not None:
        return QCoreApplication.translate("BodyMap", "{region}, {value}").format(region=label, value=heat_text)
    if selected:
        return QCoreApplication.translate("BodyMap", "{region}, selected").format(region=label)
    return QCoreApplication.translate("BodyMap", "{region}, not selected").format(region=label)
