"""A form label shows all its letters: Qt measured "&To" with its letters
kerned but drew the underlined "T" apart from the "o", unkerned, so at 200 %
text the label lost the right of its "o" (seen in the provider report)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QDateEdit, QLabel, QWidget

from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.kit.widgets import form_layout
from fibro_desktop.ui.theme import ThemeController


def test_a_label_with_an_alt_letter_has_room_for_its_letters_as_drawn(qapp, qtbot, app_context):
    theme = ThemeController(qapp, app_context.preferences, app_context.window_state)
    app_context.preferences.set(prefs.TEXT_SCALE, 200)
    try:
        host = QWidget()
        qtbot.addWidget(host)
        form = form_layout(host)
        form.addRow("&To", QDateEdit())
        form.addRow("Plain", QDateEdit())
        host.show()
        qtbot.waitExposed(host)
        to, plain = host.findChildren(QLabel)
        unkerned = QFont(to.font())
        unkerned.setKerning(False)
        drawn = QFontMetrics(unkerned).horizontalAdvance("To")  # as Qt paints it, split by the underline
        assert to.width() >= drawn
        assert plain.font().kerning()  # a label without an Alt-letter keeps its kerning
        large = to.font().pointSizeF()
        assert large == qapp.font().pointSizeF()
    finally:
        app_context.preferences.set(prefs.TEXT_SCALE, 100)
        theme.deleteLater()
    # It follows a change of text size in Settings (passed on from the event loop).
    qtbot.waitUntil(lambda: to.font().pointSizeF() == qapp.font().pointSizeF() < large)
