"""BodyMapWidget: pick muscle groups on a front and a back figure.

The widget paints the shapes of :mod:`.geometry` scaled to its size (the
aspect ratio is kept; ``heightForWidth`` tells layouts the right height) and
keeps a selection of region keys ``(muscle id, side)``, side ``"left"``,
``"right"`` or ``None`` for unsided groups (see ``core/body_regions.py``).

Mouse or touch: a click (press and release on the same region) toggles it;
the region under the pointer is highlighted. Keyboard: each region is an
invisible check box (``region_button.py``) in the tab chain, so Tab /
Shift+Tab and the arrow keys move between regions (the map draws a focus
ring), Home/End jump to the first/last, Space or Enter toggles; Tab past the
last region, or Ctrl+Tab anywhere, leaves the map. Screen readers meet each
region as a named check box ("Calves (left)", checked or not).

For charts, :meth:`set_heat` colours regions by a value 0..1 and
``set_interactive(False)`` makes the map read-only: it is then a single tab
stop, and the arrow keys move between regions so each value can be heard.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent, QTransform
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from fibro_desktop.core.body_regions import (
    BACK,
    FRONT,
    REGIONS,
    RegionKey,
    normalize_heat,
    normalize_selection,
    sorted_keys,
)
from fibro_desktop.ui.body_map import geometry as geo
from fibro_desktop.ui.body_map.colors import MapColors, map_colors
from fibro_desktop.ui.body_map.labels import region_label, region_state_text
from fibro_desktop.ui.body_map.painting import LEGEND_H, OutlineLayer, paint_figures, paint_labels, paint_legend
from fibro_desktop.ui.body_map.region_button import RegionButton
from fibro_desktop.ui.translate import fill

_KEYS: tuple[RegionKey, ...] = tuple(r.key for r in REGIONS)
_KEYBOARD_REASONS = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                     Qt.FocusReason.ShortcutFocusReason, Qt.FocusReason.OtherFocusReason)


class BodyMapWidget(QWidget):
    """A front and a back figure whose regions are the muscle groups.

    Signal ``selection_changed(frozenset)`` carries the new selection (a
    ``frozenset`` of ``(muscle, side)``) each time it changes, whether the
    person clicked or code called :meth:`set_selection` / :meth:`clear`; it
    is not emitted when a call leaves the selection as it was.
    """

    selection_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._selected: frozenset[RegionKey] = frozenset()
        self._heat: dict[RegionKey, float] | None = None
        self._heat_texts: dict[RegionKey, str] = {}
        self._interactive = True
        self._focus_index = 0
        self._focus_visible = False  # ring only after keyboard use, like :focus-visible
        self._hover: RegionKey | None = None
        self._pressed: RegionKey | None = None
        self._outline = OutlineLayer()
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # Focus lives on the region buttons; the map itself is not a tab stop.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        self._buttons: list[RegionButton] = []
        for key in _KEYS:  # creation order is the tab order
            button = RegionButton(key, self)
            # Bound methods and sender(), not lambdas: a lambda holding
            # ``self`` would keep an unparented map alive forever.
            button.clicked.connect(self._on_button_clicked)
            button.navigate.connect(self._move_focus)
            button.leave.connect(self._leave)
            button.focus_changed.connect(self._on_button_focus)
            self._buttons.append(button)
        self._sync_buttons()
        self._update_accessible()

    # -- public API ------------------------------------------------------------
    def selection(self) -> frozenset[RegionKey]:
        """The selected regions as ``(muscle, side)`` keys."""
        return self._selected

    def set_selection(self, items: Iterable[tuple[str, str | None]]) -> None:
        """Replace the selection. ``"both"`` selects both sides; unknown ids raise ``ValueError``."""
        self._set_selected(normalize_selection(items))

    def clear(self) -> None:
        """Select nothing."""
        self._set_selected(frozenset())

    def toggle(self, key: RegionKey) -> None:
        """Select the region if it was not selected, otherwise deselect it."""
        self._set_selected(self._selected ^ normalize_selection([key]))

    def set_heat(self, values: Mapping[tuple[str, str | None], float] | None,
                 texts: Mapping[tuple[str, str | None], str] | None = None) -> None:
        """Colour regions by ``values`` (0..1, clamped) instead of the selection.

        ``texts`` optionally says what a value means for tooltips and screen
        readers (e.g. ``{("calves", "left"): "12 episodes"}``); without it the
        value is read as a percentage of the highest. ``None`` ends heat mode.
        Keys follow :meth:`set_selection` (``"both"`` counts for each side).
        """
        if values is None:
            self._heat, self._heat_texts = None, {}
        else:
            self._heat = normalize_heat(values)
            self._heat_texts = {}
            for (muscle, side), text in (texts or {}).items():
                for key in normalize_selection([(muscle, side)]):
                    self._heat_texts[key] = text
        self.updateGeometry()
        self._place_buttons()
        self._sync_buttons()
        self._update_accessible()
        self.update()

    def heat(self) -> dict[RegionKey, float] | None:
        return None if self._heat is None else dict(self._heat)

    def set_interactive(self, interactive: bool) -> None:
        """When false, clicks and Space no longer change the selection."""
        self._interactive = bool(interactive)
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self._sync_buttons()
        self._update_accessible()
        self.update()

    def focused_region(self) -> RegionKey:
        """The region the keyboard is on (shown with a ring while focused)."""
        return _KEYS[self._focus_index]

    def set_focused_region(self, key: RegionKey) -> None:
        """Make ``key`` the current region; focus moves there if the map has it."""
        self._set_current(_KEYS.index(key), Qt.FocusReason.OtherFocusReason)

    def has_keyboard_focus(self) -> bool:
        """Whether one of the map's regions has the keyboard focus."""
        return any(button.hasFocus() for button in self._buttons)

    def region_button(self, key: RegionKey) -> RegionButton:
        """The invisible check box standing for ``key`` (focus, screen readers)."""
        return self._buttons[_KEYS.index(key)]

    def region_at(self, pos: QPointF) -> RegionKey | None:
        """Hit test: the region under ``pos`` (widget pixels), or ``None``."""
        inverse, ok = self._canvas_transform().inverted()
        return geo.region_at(inverse.map(QPointF(pos))) if ok else None

    def region_point(self, key: RegionKey) -> QPointF:
        """A point inside ``key``'s shape in widget pixels (for tests and tools)."""
        _view, point = geo.region_center(key)
        return self._canvas_transform().map(point)

    # -- size ------------------------------------------------------------------
    def _canvas_height(self) -> float:
        return geo.CANVAS_H + (LEGEND_H if self._heat is not None else 0.0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        # Capped, so that a wide form (the episode editor) does not get a
        # map taller than the screen; given more room, the map still fills it.
        return min(round(width * self._canvas_height() / geo.CANVAS_W), self.natural_height_cap())

    def natural_height_cap(self) -> int:
        """The most height the map asks of a layout, in pixels (grows with the font)."""
        return max(560, 32 * self.fontMetrics().height())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(440, self.heightForWidth(440))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        # Below this the hands and jaw would get smaller than a fingertip.
        return QSize(300, self.heightForWidth(300))

    def _canvas_transform(self) -> QTransform:
        canvas_h = self._canvas_height()
        scale = min(self.width() / geo.CANVAS_W, self.height() / canvas_h)
        dx = (self.width() - geo.CANVAS_W * scale) / 2
        dy = (self.height() - canvas_h * scale) / 2
        return QTransform(scale, 0, 0, scale, dx, dy)

    # -- selection internals -------------------------------------------------------
    def _set_selected(self, keys: frozenset[RegionKey]) -> None:
        if keys == self._selected:
            return
        self._selected = keys
        self._sync_buttons()
        self._update_accessible()
        self.update()
        self.selection_changed.emit(keys)

    def _state_text(self, key: RegionKey) -> str:
        heat_text = None
        if self._heat is not None:
            heat_text = self._heat_texts.get(key)
            if heat_text is None:
                percent = round(100 * self._heat.get(key, 0.0))
                heat_text = fill(self.tr("%1% of the highest"), percent)
        return region_state_text(key, key in self._selected, heat_text)

    def _update_accessible(self) -> None:
        self.setAccessibleName(self.tr("Body map"))
        picked = ", ".join(region_label(k) for k in sorted_keys(self._selected))
        how = self.tr("Front and back figures. Tab or the arrow keys move between muscle groups; "
                      "Space picks or unpicks one; Ctrl+Tab leaves the map.") if self._interactive else \
            self.tr("Front and back figures. The arrow keys move between muscle groups.")
        status = fill(self.tr("Picked: %1."), picked) if picked else self.tr("Nothing picked.")
        self.setAccessibleDescription(f"{how} {status}" if self._heat is None else how)

    def _sync_buttons(self) -> None:
        """Mirror selection, mode and names onto the region buttons."""
        for index, button in enumerate(self._buttons):
            key = button.key
            button.setCheckable(self._interactive)
            button.setChecked(self._interactive and key in self._selected)
            # Interactive: every region is a tab stop. Read-only: only the
            # current one ("roving" focus), so Tab passes the map in one step.
            tab_stop = self._interactive or index == self._focus_index
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if tab_stop else Qt.FocusPolicy.NoFocus)
            name = region_label(key) if self._heat is None else self._state_text(key)
            button.setAccessibleName(name)

    def _place_buttons(self) -> None:
        """Lay each button over its region (screen readers show that rectangle)."""
        transform = self._canvas_transform()
        for button in self._buttons:
            view, _point = geo.region_center(button.key)
            shape = geo.figure_geometry()[view].regions[button.key]
            button.setGeometry(transform.mapRect(shape.boundingRect()).toAlignedRect())

    def _set_current(self, index: int, reason: Qt.FocusReason) -> None:
        had_focus = self.has_keyboard_focus()
        self._focus_index = index
        if not self._interactive:
            self._sync_buttons()
        if had_focus:
            self._buttons[index].setFocus(reason)
        self.update()

    def _move_focus(self, step: int) -> None:
        index = min(len(_KEYS) - 1, max(0, self._focus_index + step))
        self._set_current(index, Qt.FocusReason.OtherFocusReason)

    def _leave(self, forward: bool) -> None:
        # Step off the last (or first) region, then let Qt take the next stop.
        edge = self._buttons[-1 if forward else 0]
        edge.setFocus(Qt.FocusReason.OtherFocusReason)
        QWidget.focusNextPrevChild(edge, forward)

    def _on_button_clicked(self) -> None:
        if self._interactive:
            self.toggle(self.sender().key)
        else:
            self._sync_buttons()  # keep read-only buttons unchecked

    def _on_button_focus(self, reason: Qt.FocusReason | None) -> None:
        if reason is not None:
            self._focus_index = _KEYS.index(self.sender().key)
            self._focus_visible = reason in _KEYBOARD_REASONS
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        # Someone called setFocus() on the map: hand it to the current region.
        self._buttons[self._focus_index].setFocus(event.reason())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Keys sent to the map itself (code, tests) act on the current region.
        self._buttons[self._focus_index].keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        self._buttons[self._focus_index].keyReleaseEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_buttons()

    # -- mouse and touch ------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        region = self.region_at(event.position())
        if region != self._hover:
            self._hover = region
            pointing = region is not None and self._interactive
            self.setCursor(Qt.CursorShape.PointingHandCursor if pointing else Qt.CursorShape.ArrowCursor)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802
        if self._hover is not None:
            self._hover = None
            self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self._pressed = self.region_at(event.position())
        if self._pressed is not None:
            # Keyboard use continues from the clicked region, without a ring.
            self._focus_index = _KEYS.index(self._pressed)
            if not self._interactive:
                self._sync_buttons()
            self._buttons[self._focus_index].setFocus(Qt.FocusReason.MouseFocusReason)
            self.update()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pressed, self._pressed = self._pressed, None
        # Toggle only when released on the region pressed, so sliding a
        # finger off a region cancels (as with any button).
        if (event.button() == Qt.MouseButton.LeftButton and pressed is not None and self._interactive
                and self.region_at(event.position()) == pressed):
            self.toggle(pressed)
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            region = self.region_at(event.position() if hasattr(event, "position") else QPointF(event.pos()))
            if region is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._state_text(region), self)
            return True
        return super().event(event)

    # -- painting --------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        colors = map_colors(self.palette())
        transform = self._canvas_transform()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        button = self._buttons[self._focus_index]
        ring = self.focused_region() if self._focus_visible and button.hasFocus() else None
        outline = self._outline.pixmap(self.size(), self.devicePixelRatioF(), transform, colors.outline)
        paint_figures(painter, transform, colors, lambda key: self._fill_for(key, colors), ring, outline)
        # The person's sides: mirrored on the front figure, which faces us.
        paint_labels(painter, transform, colors, self.font(),
                     titles={FRONT: self.tr("Front"), BACK: self.tr("Back")},
                     sides={FRONT: (self.tr("Right"), self.tr("Left")), BACK: (self.tr("Left"), self.tr("Right"))})
        if self._heat is not None:
            paint_legend(painter, transform, colors, self.tr("Less"), self.tr("More"))
        painter.end()

    def _fill_for(self, key: RegionKey, colors: MapColors) -> QColor:
        if self._heat is not None:
            fill = colors.heat(self._heat.get(key, 0.0))
        else:
            fill = colors.selected if key in self._selected else colors.region
        if key == self._hover and self._interactive and self._heat is None and key not in self._selected:
            fill = colors.hover
        return fill
