"""The box layout of the kit's ``ReflowRow``: a ``QBoxLayout`` whose height
for a width, when its widgets are stacked, is the height they really take.

Qt's own ``QBoxLayout`` asks each widget for its height at the layout's full
width, but lays it out at that width bounded by the widget's minimum and
maximum width (``QBoxLayout::setGeometry``). A widget with a maximum width
whose text wraps to more lines at that narrower width then came out taller
than the row told its parent (a scroll area sizes its content by that
answer), and the widget under it was cut off at the bottom: 10-30 px of the
Relax tab's player in German, Spanish, French and Portuguese (issue 20).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QBoxLayout, QLayoutItem


class StackingBox(QBoxLayout):
    """A ``QBoxLayout`` that answers height-for-width, stacked, as it lays out."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        if self.direction() != QBoxLayout.Direction.TopToBottom or not self.hasHeightForWidth():
            return super().heightForWidth(width)
        return self._stacked_height(width, lambda item: item.sizeHint().height())

    def minimumHeightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        if self.direction() != QBoxLayout.Direction.TopToBottom or not self.hasHeightForWidth():
            return super().minimumHeightForWidth(width)
        return self._stacked_height(width, lambda item: item.minimumSize().height())

    def _stacked_height(self, width: int, fixed_height: Callable[[QLayoutItem], int]) -> int:
        """The items' heights one under the other, each at the width
        ``setGeometry`` will give it; ``fixed_height(item)`` for an item
        whose height does not depend on its width."""
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right()
        heights = []
        for index in range(self.count()):
            item: QLayoutItem | None = self.itemAt(index)
            if item is None or item.isEmpty():
                continue
            if item.hasHeightForWidth():
                # As QBoxLayout::setGeometry: the width bounded by the item's own.
                own = max(item.minimumSize().width(), min(inner, item.maximumSize().width()))
                heights.append(item.heightForWidth(own))
            else:
                heights.append(fixed_height(item))
        gaps = self.spacing() * max(0, len(heights) - 1)
        return sum(heights) + gaps + margins.top() + margins.bottom()
