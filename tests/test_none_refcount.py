"""Regression guard: PySide6 6.12.0 on Python 3.11 leaks a reference *from*
None on every QPainter.drawLine, until the interpreter aborts with
"Fatal Python error: none_dealloc". Charts draw many lines, so keep this."""

import sys

from PySide6.QtCore import QLineF, QPointF
from PySide6.QtGui import QImage, QPainter


def test_drawing_many_lines_keeps_none_alive(qapp):
    image = QImage(200, 200, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for i in range(5000):
        painter.drawLine(0, i % 200, 199, (i * 7) % 200)
        painter.drawLine(QLineF(QPointF(0, 0), QPointF(i % 200, 199)))
    after = sys.getrefcount(None)
    painter.end()
    # A few references may come and go; 10,000 calls must not cost 10,000.
    assert after >= before - 50, f"None lost {before - after} references in 10,000 drawLine calls"
