"""The kit's scrolling dialog body (issue 20): a dialog takes the height its
wrapped words need at its width, no more than the screen has, and then
scrolls inside, its buttons still in reach; a radio button's words wrap too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QRadioButton, QScrollArea

from fibro_desktop.ui.kit.check_row import CheckRow
from fibro_desktop.ui.kit.dialog_body import BODY_NAME, scrolling_body
from tests.ui import layout_checks
from tests.ui.layout_checks import settle

SENTENCE = "Eine Sicherung wird an jedem Tag gemacht, an dem du Fibro Desktop benutzt. "


def _dialog(qtbot, paragraphs: int) -> QDialog:
    dialog = QDialog()
    dialog.setWindowTitle("Sicherungen")
    qtbot.addWidget(dialog)
    body = scrolling_body(dialog)
    for _ in range(paragraphs):
        label = QLabel(SENTENCE * 4)
        label.setWordWrap(True)
        body.addWidget(label)
    body.addWidget(CheckRow("CSV in einer ZIP-Datei: eine Tabelle pro Datei, für Tabellen", box=QRadioButton()))
    dialog.layout().addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
    dialog.resize(320, 100)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle()
    return dialog


def test_a_short_dialog_shows_all_its_words(qtbot):
    dialog = _dialog(qtbot, 2)
    assert layout_checks.clipped(dialog) == []
    scroll = dialog.findChild(QScrollArea, BODY_NAME)
    assert not scroll.verticalScrollBar().isVisible()  # it got the height its words need
    row = dialog.findChild(CheckRow)
    qtbot.mouseClick(row.label, Qt.MouseButton.LeftButton)  # a click on its words picks the radio button
    assert row.box.isChecked()


def test_a_long_dialog_fits_the_screen_and_scrolls(qtbot):
    dialog = _dialog(qtbot, 40)
    assert dialog.height() <= dialog.screen().availableGeometry().height()
    scroll = dialog.findChild(QScrollArea, BODY_NAME)
    assert scroll.verticalScrollBar().maximum() > 0
    assert layout_checks.clipped(dialog) == []
    assert scroll.accessibleName() == "Sicherungen"


def test_a_dialog_that_would_scroll_grows_wider_first_but_not_past_a_comfortable_line(qtbot):
    # Large text on a laptop: wider lines take fewer of them, so less to scroll;
    # never wider than the screen, nor than about 75 characters a line.
    from fibro_desktop.ui.kit.dialog_body import COMFORTABLE_LINE

    few = _dialog(qtbot, 2)
    assert few.width() == 320  # its words fit: it keeps the width it was given
    many = _dialog(qtbot, 40)
    room = many.screen().availableGeometry()
    comfortable = COMFORTABLE_LINE * many.fontMetrics().averageCharWidth()
    assert many.width() > 320
    assert many.width() <= min(room.width(), comfortable)
