"""Names for screen readers that Qt does not give by itself (WCAG 4.1.2).

Qt on Linux reports a combo box's current value as its name and its label
only as a relation, and table headers have no name at all. :func:`name_from_labels`
gives every field the words of its label (``QLabel.setBuddy``, which
``QFormLayout.addRow`` sets) as its accessible name, and names headers, unless a
name was already set by hand.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QWidget

from fibro_desktop.ui.translate import translator

_tr = translator("Accessibility")


def label_words(text: str) -> str:
    """A label's text as a name: no markup, no "&" mnemonic, no final colon."""
    plain = re.sub(r"<[^>]+>", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return plain.strip().rstrip(":").strip()


def name_from_labels(root: QWidget) -> None:
    """Name each unnamed buddy of a label in ``root`` by the label's words,
    and each unnamed table header by its direction."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and not buddy.accessibleName().strip():
            words = label_words(label.text())
            if words:
                buddy.setAccessibleName(words)
    for header in root.findChildren(QHeaderView):
        if not header.accessibleName():
            header.setAccessibleName(_tr("Column headings") if header.orientation() == Qt.Orientation.Horizontal
                                     else _tr("Row headings"))
