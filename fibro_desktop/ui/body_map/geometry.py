"""The two figures of the body map, drawn in code as QPainterPath shapes.

Everything is in *canvas units*: the canvas is ``CANVAS_W`` x ``CANVAS_H``
units, the widget scales it uniformly to fit. Each figure is 200 units tall
(about eight heads, a calm classical proportion) and is designed around its
own centre line ``x = 0``; :func:`figure_geometry` moves it into place.

The figure is a pictogram built from a few smooth pieces (head, neck, torso,
tapered limbs); muscle regions are cut out of it with horizontal bands and
left/right halves, so regions never overlap and always follow the outline.
Joints (elbows, knees, the pelvis front, shins, the head) stay neutral.

Sides: the front figure faces the viewer, so the person's right side is on
the viewer's left; the back figure is seen from behind, so the person's right
is on the viewer's right. Shapes are designed for the viewer's left half
(``x < 0``) and mirrored.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPolygonF, QTransform

from fibro_desktop.core.body_regions import BACK, FRONT, LEFT, RIGHT, RegionKey

FIGURE_H = 200.0
FIGURE_W = 84.0
TITLE_H = 18.0  # band above the figures for "Front" / "Back"
FOOTER_H = 16.0  # band below for the person's "Right" / "Left"
GAP = 12.0
CANVAS_W = 2 * FIGURE_W + GAP
CANVAS_H = TITLE_H + FIGURE_H + FOOTER_H
FIGURE_ORIGIN = {FRONT: QPointF(FIGURE_W / 2, TITLE_H), BACK: QPointF(FIGURE_W * 1.5 + GAP, TITLE_H)}

_BIG = 1000.0  # "infinite" extent for half-planes and bands


@dataclass(frozen=True)
class ViewGeometry:
    """One figure placed on the canvas."""

    view: str
    silhouette: QPainterPath  # the whole body, neutral parts included
    regions: dict[RegionKey, QPainterPath]  # muscle regions seen in this view
    box: QRectF  # the figure's box on the canvas (without title and footer)


# -- building blocks (figure units, centre line x = 0, viewer's left x < 0) ---
def _ellipse(cx: float, cy: float, rx: float, ry: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(cx, cy), rx, ry)
    return path


def _smooth(profile: tuple[tuple[float, float], ...], t: float) -> float:
    """Radius at ``t`` (0..1) eased between the profile's (t, radius) points."""
    for (t0, r0), (t1, r1) in zip(profile, profile[1:]):
        if t <= t1:
            u = (t - t0) / (t1 - t0) if t1 > t0 else 1.0
            u = u * u * (3 - 2 * u)  # smoothstep: no kinks where pieces meet
            return r0 + (r1 - r0) * u
    return profile[-1][1]


def _limb(x1: float, y1: float, x2: float, y2: float, *profile: tuple[float, float]) -> QPainterPath:
    """A rounded limb from (x1, y1) to (x2, y2) whose half-width follows ``profile``.

    ``profile`` lists (t, radius) with t from 0 at the first point to 1 at
    the second; both ends get a round cap. Sampled finely, so it reads as a
    smooth curve at any size the widget allows.
    """
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy)
    ux, uy = dx / length, dy / length
    nx, ny = -uy, ux
    steps = 28
    side_a, side_b = [], []
    for i in range(steps + 1):
        t = i / steps
        r = _smooth(profile, t)
        cx, cy = x1 + dx * t, y1 + dy * t
        side_a.append(QPointF(cx + nx * r, cy + ny * r))
        side_b.append(QPointF(cx - nx * r, cy - ny * r))
    end_cap, start_cap = [], []
    r_end, r_start = profile[-1][1], profile[0][1]
    for i in range(1, 12):
        a = math.pi * i / 12
        ca, sa = math.cos(a), math.sin(a)
        end_cap.append(QPointF(x2 + (nx * ca + ux * sa) * r_end, y2 + (ny * ca + uy * sa) * r_end))
        start_cap.append(QPointF(x1 + (-nx * ca - ux * sa) * r_start, y1 + (-ny * ca - uy * sa) * r_start))
    path = QPainterPath()
    path.addPolygon(QPolygonF(side_a + end_cap + side_b[::-1] + start_cap))
    path.closeSubpath()
    return path


def _mirror(path: QPainterPath) -> QPainterPath:
    return QTransform().scale(-1, 1).map(path)


def _both(path: QPainterPath) -> QPainterPath:
    return path.united(_mirror(path))


def _band(top: float, bottom: float, half: int = 0) -> QPainterPath:
    """Rows ``top..bottom``; ``half`` -1 keeps x < 0 only, +1 x > 0, 0 both."""
    left = -_BIG if half <= 0 else 0.0
    right = _BIG if half >= 0 else 0.0
    path = QPainterPath()
    path.addRect(QRectF(QPointF(left, top), QPointF(right, bottom)))
    return path


def _torso() -> QPainterPath:
    """Shoulders to crotch, one smooth outline (drawn for x < 0, mirrored)."""
    p = QPainterPath(QPointF(0, 28.5))
    p.lineTo(-6.5, 28.5)
    p.cubicTo(-9, 33, -16, 33.5, -21, 35.5)  # slope of the trapezius
    p.cubicTo(-25, 37, -26.5, 41, -25.8, 46)  # round of the shoulder
    p.cubicTo(-25, 49.5, -21.5, 50.5, -19.5, 51.5)  # into the armpit
    p.cubicTo(-18.5, 60, -16.2, 67, -15.9, 74)  # flank to waist
    p.cubicTo(-15.6, 80, -18.4, 88, -18.8, 96)  # waist to hip
    p.cubicTo(-19.1, 101, -18, 105, -15, 107.5)  # round of the hip
    p.cubicTo(-10, 109.5, -3, 109.5, 0, 108.5)  # down to the crotch
    p.closeSubpath()
    return _both(p)


def _neck() -> QPainterPath:
    p = QPainterPath(QPointF(0, 18))
    p.lineTo(-5.2, 18)
    p.cubicTo(-5.2, 25, -5.8, 28.5, -8.5, 31.5)
    p.lineTo(0, 31.5)
    p.closeSubpath()
    return _both(p)


HEAD = (0.0, 13.0, 9.6, 12.2)  # centre x, centre y, radius x, radius y


def _head() -> QPainterPath:
    return _ellipse(*HEAD)


def _upper_arm() -> QPainterPath:
    return _limb(-21.8, 42, -27.0, 72, (0, 6.0), (0.4, 5.3), (1, 4.1))


def _forearm() -> QPainterPath:
    return _limb(-27.0, 72, -31.4, 99, (0, 4.1), (0.25, 4.5), (1, 2.8))


def _hand(view: str) -> QPainterPath:
    palm = _limb(-31.6, 100, -33.4, 113, (0, 2.9), (0.45, 3.8), (1, 3.0))
    if view == BACK:  # the thumb is hidden in front of the palm
        return palm
    return palm.united(_limb(-29.6, 102.5, -28.4, 108.5, (0, 1.7), (1, 1.4)))


def _thigh() -> QPainterPath:
    return _limb(-10.4, 102, -8.4, 147, (0, 9.4), (0.3, 8.8), (1, 5.3))


def _lower_leg() -> QPainterPath:
    return _limb(-8.4, 147, -7.6, 187, (0, 5.1), (0.3, 6.0), (0.7, 3.8), (1, 2.8))


def _foot(view: str) -> QPainterPath:
    if view == FRONT:  # toes towards the viewer, a little turned out
        return _ellipse(-8.8, 194.6, 4.2, 4.4).united(_limb(-7.6, 186, -8.4, 193, (0, 2.8), (1, 3.4)))
    return _ellipse(-7.8, 194.8, 3.6, 4.2).united(_limb(-7.6, 186, -7.8, 193, (0, 2.8), (1, 3.2)))


# -- one figure ----------------------------------------------------------------
def _build_view(view: str) -> tuple[QPainterPath, dict[RegionKey, QPainterPath]]:
    head, neck, torso = _head(), _neck(), _torso()
    arms = [_upper_arm(), _forearm(), _hand(view)]
    legs = [_thigh(), _lower_leg(), _foot(view)]
    core = torso.united(_both(legs[0])).united(_both(legs[1])).united(_both(legs[2]))
    silhouette = core.united(head).united(neck)
    for part in arms:
        silhouette = silhouette.united(_both(part))

    # The viewer's left half is the person's right on the front figure and
    # the person's left on the back one.
    near_side, far_side = (RIGHT, LEFT) if view == FRONT else (LEFT, RIGHT)

    def sided(muscle: str, shape_viewer_left: QPainterPath) -> dict[RegionKey, QPainterPath]:
        return {(muscle, near_side): shape_viewer_left, (muscle, far_side): _mirror(shape_viewer_left)}

    shoulder = _ellipse(-22.6, 41.5, 6.3, 7.6).intersected(torso.united(arms[0])).intersected(_band(0, 52))
    neck_region = neck.subtracted(head).intersected(_band(0, 31.5))
    torso_free = torso.subtracted(_both(shoulder)).subtracted(neck_region)
    regions: dict[RegionKey, QPainterPath] = {}
    regions[("neck", None)] = neck_region
    regions.update(sided("shoulders", shoulder))
    regions.update(sided("upper_arms", arms[0].subtracted(shoulder).intersected(_band(0, 69.5))))
    lower_arm = arms[1].united(arms[2])
    regions.update(sided("forearms", lower_arm.intersected(_band(74.5, 99.2))))
    regions.update(sided("hands", lower_arm.intersected(_band(99.2, _BIG))))
    regions.update(sided("feet", legs[2].intersected(_band(188.5, _BIG))))
    if view == FRONT:
        # The jawline: the rim of the lower face, split at the chin (the
        # separator stroke draws the split).
        jaw = head.subtracted(_ellipse(0, 10.2, 7.6, 10.2)).intersected(_band(13.5, _BIG, half=-1))
        regions.update(sided("jaw", jaw))
        regions[("chest", None)] = torso_free.intersected(_band(0, 63))
        regions[("abdomen", None)] = torso_free.intersected(_band(63, 97))
        regions.update(sided("front_thighs", core.intersected(_band(104, 142.5, half=-1))))
    else:
        regions[("upper_back", None)] = torso_free.intersected(_band(0, 63))
        regions[("lower_back", None)] = torso_free.intersected(_band(63, 89))
        regions.update(sided("hips_glutes", core.intersected(_band(89, 117, half=-1))))
        regions.update(sided("back_thighs", core.intersected(_band(117, 142.5, half=-1))))
        regions.update(sided("calves", core.intersected(_band(151.5, 180, half=-1))))
    return silhouette, regions


@cache
def figure_geometry() -> dict[str, ViewGeometry]:
    """Both figures in canvas units (built once; ~20 ms the first time)."""
    result = {}
    for view in (FRONT, BACK):
        silhouette, regions = _build_view(view)
        origin = FIGURE_ORIGIN[view]
        move = QTransform.fromTranslate(origin.x(), origin.y())
        result[view] = ViewGeometry(
            view=view,
            silhouette=move.map(silhouette),
            regions={key: move.map(path) for key, path in regions.items()},
            box=QRectF(origin.x() - FIGURE_W / 2, origin.y(), FIGURE_W, FIGURE_H),
        )
    return result


def region_at(point: QPointF) -> RegionKey | None:
    """The region under ``point`` (canvas units), or ``None``."""
    for geometry in figure_geometry().values():
        if not geometry.box.contains(point):
            continue
        for key, path in geometry.regions.items():
            if path.contains(point):
                return key
    return None


@cache
def region_center(key: RegionKey) -> tuple[str, QPointF]:
    """A point well inside the region (canvas units) and its view.

    The first view that shows the region is used. The point is the centre
    of the region's bounding box when that lies inside the shape, otherwise
    the inside point nearest to it found on a small grid.
    """
    for view in (FRONT, BACK):
        path = figure_geometry()[view].regions.get(key)
        if path is None:
            continue
        rect = path.boundingRect()
        centre = rect.center()
        if path.contains(centre):
            return view, centre
        best, best_d = None, math.inf
        steps = 24
        for i in range(steps + 1):
            for j in range(steps + 1):
                candidate = QPointF(rect.left() + rect.width() * i / steps,
                                    rect.top() + rect.height() * j / steps)
                d = (candidate - centre).manhattanLength()
                if d < best_d and path.contains(candidate):
                    best, best_d = candidate, d
        if best is not None:
            return view, best
    raise KeyError(key)


def drawn_keys() -> set[RegionKey]:
    """Every region key that has a shape in at least one view."""
    keys: set[RegionKey] = set()
    for geometry in figure_geometry().values():
        keys.update(geometry.regions)
    return keys

