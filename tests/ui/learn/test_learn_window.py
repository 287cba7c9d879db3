"""The Learn window as a person meets it: open a guide, find a word in any
guide, land on a section, save it as a PDF, read with the keyboard only, in
the text size and theme they chose."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fibro_desktop.core.learn.guides import GUIDE_KEYS, search
from fibro_desktop.ui.learn.library import load_all
from fibro_desktop.ui.learn.window import LearnWindow

GUIDES = load_all()
CLOSING = "This is general information, not medical advice."


@pytest.fixture
def window(qtbot):
    built = LearnWindow(GUIDES, ask_pdf_path=lambda parent, suggested: None)
    qtbot.addWidget(built)
    built.resize(1000, 700)
    built.show()
    qtbot.waitExposed(built)
    return built


def heading_is_visible(reader, title: str) -> bool:
    block = reader.document().begin()
    while block.isValid() and block.text() != title:
        block = block.next()
    assert block.isValid(), title
    top = reader.document().documentLayout().blockBoundingRect(block).top() - reader.verticalScrollBar().value()
    return -2 <= top < reader.viewport().height() - 40  # -2: pixel rounding


@pytest.mark.parametrize("key", GUIDE_KEYS)
def test_each_guide_opens_with_its_title_and_closing_line(window, key):
    window.open_guide(key)
    guide = next(g for g in GUIDES if g.key == key)
    text = window.reader.toPlainText()
    assert text.startswith(guide.title)
    assert CLOSING in text.splitlines()[-1]
    assert window.current_key() == key
    assert window.guide_list.entries.currentItem().text().endswith(guide.title)
    assert window.reader.verticalScrollBar().value() == 0


def test_every_section_anchor_scrolls_its_heading_into_view(window):
    for guide in GUIDES:
        for section in guide.sections():
            if not section.anchor:
                continue
            window.open_guide(guide.key, section.anchor)
            bar = window.reader.verticalScrollBar()
            assert heading_is_visible(window.reader, section.title), (guide.key, section.anchor)
            if bar.value() < bar.maximum():  # not the last screenful: the heading is at the very top
                assert window.reader.top_line() == section.title


def test_an_unknown_section_opens_the_guide_at_its_top(window):
    window.open_guide("daily-prevention", "no-such-section")
    assert window.current_key() == "daily-prevention"
    assert window.reader.verticalScrollBar().value() == 0


def test_search_finds_a_word_in_another_guide_and_opens_it_there(window, qtbot):
    window.open_guide("why-spasms")
    qtbot.keyClicks(window.guide_list.search_field, "epsom")
    entries = window.guide_list.entries
    assert entries.count() == 1
    assert "Preventing spasms" in entries.item(0).text() and "Warmth" in entries.item(0).text()
    qtbot.keyClick(window.guide_list.search_field, Qt.Key.Key_Return)
    assert window.current_key() == "daily-prevention"
    assert window.reader.textCursor().selectedText().lower() == "epsom"
    assert heading_is_visible(window.reader, "Warmth")


def test_a_search_with_no_match_says_so_plainly(window, qtbot):
    qtbot.keyClicks(window.guide_list.search_field, "zebra")
    assert window.guide_list.entries.count() == 0
    assert "No guide mentions that" in window.guide_list.status.text()
    window.guide_list.search_field.clear()
    assert window.guide_list.entries.count() == len(GUIDE_KEYS)


def test_save_as_pdf_writes_a_real_pdf_of_the_guide(window, tmp_path):
    if not shutil.which("pdftotext"):
        # python3 dev.py test installs it on Debian and Ubuntu; elsewhere it may be absent.
        assert not sys.platform.startswith("linux"), "poppler-utils (pdftotext) is needed"
        pytest.skip("pdftotext (poppler) is not installed on this system")
    window.open_guide("when-to-see-a-doctor")
    path = tmp_path / "warning signs.pdf"
    window._ask_pdf_path = lambda parent, suggested: path
    window.pdf_button.click()
    assert path.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert "When to see a doctor" in flat
    assert "weakness, numbness" in flat
    assert CLOSING in flat


def test_keyboard_only_search_list_reader_and_guides(window, qtbot):
    window.activateWindow()
    qtbot.waitActive(window)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.guide_list.search_field
    qtbot.keyClicks(window.guide_list.search_field, "thyrod")
    qtbot.keyClick(window.guide_list.search_field, Qt.Key.Key_Escape)  # a typo: Escape clears it
    assert window.isVisible() and window.guide_list.query() == ""
    qtbot.keyClicks(window.guide_list.search_field, "thyroid")
    qtbot.keyClick(window.guide_list.search_field, Qt.Key.Key_Return)
    assert window.current_key() == search(GUIDES, "thyroid")[0].guide_key == "when-to-see-a-doctor"
    # Tab leads to the list; arrows walk the results or guides
    window.guide_list.search_field.clear()
    qtbot.keyClick(window.guide_list.search_field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.guide_list.entries
    qtbot.keyClick(window.guide_list.entries, Qt.Key.Key_Home)
    qtbot.keyClick(window.guide_list.entries, Qt.Key.Key_Down)
    assert window.current_key() == GUIDE_KEYS[1]
    # Tab again: the reader, which scrolls with Page Down and Space
    qtbot.keyClick(window.guide_list.entries, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.reader
    bar = window.reader.verticalScrollBar()
    qtbot.keyClick(window.reader, Qt.Key.Key_PageDown)
    first = bar.value()
    assert first > 0
    qtbot.keyClick(window.reader, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(window.reader, Qt.Key.Key_Home)
    assert bar.value() == 0
    qtbot.keyClick(window.reader, Qt.Key.Key_Space)
    assert bar.value() > 0
    # Ctrl+Page Down: the next guide, from its top
    qtbot.keyClick(window.reader, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == GUIDE_KEYS[2]
    assert bar.value() == 0
    qtbot.keyClick(window.reader, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_reading_text_is_larger_than_the_app_text(window):
    app_size = QApplication.font().pointSizeF()
    assert window.reader.reading_point_size() == pytest.approx(app_size * 1.25)


def test_a_pdf_that_cannot_be_written_leaves_nothing_and_says_why(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    path = tmp_path / "no such folder" / "guide.pdf"
    assert window.save_pdf(path) is False
    assert not path.parent.exists()
    assert said and "could not be saved" in said[0] and "Traceback" not in said[0]


def test_a_section_stays_at_the_top_when_the_window_changes_size(window, qtbot):
    window.open_guide("when-to-see-a-doctor", "what-to-do")
    assert window.reader.top_line() == "What to do"
    window.resize(760, 560)
    qtbot.waitUntil(lambda: window.reader.viewport().width() < 600)
    assert window.reader.top_line() == "What to do"
