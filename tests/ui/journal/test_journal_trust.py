"""The journal in everyday use loses no input: one editor per entry, a
question before changes are thrown away, an editor that fits a small laptop
screen with its buttons in view, and Undo for edits as well as deletes."""

import json
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from fibro_desktop.core.journal.records import ReliefTried
from fibro_desktop.store import journal as journal_store
from fibro_desktop.ui.journal.editor import EpisodeEditor
from tests.conftest import REPO_ROOT
from tests.ui.journal.test_journal_episodes import add


def open_editors(uid: str) -> list:
    """The visible editors of the entry ``uid`` (other tests may leave theirs)."""
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, EpisodeEditor) and w.isVisible() and w.episode().uid == uid]


def answer_question(qtbot, button_text: str) -> None:
    """Click ``button_text`` in the question box as soon as it opens."""
    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        next(b for b in box.buttons() if b.text() == button_text).click()
    QTimer.singleShot(0, click)


def test_a_double_click_on_a_row_opens_one_editor(qtbot, journal):
    page, dialogs, ctx = journal
    saved = add(ctx, 1)
    page.view.setFocus()
    rect = page.view.visualRect(page.model.index(0, 0))
    # A real double-click: the first click, then the second (Qt reports it as a
    # double-click, and the view emits both doubleClicked and activated).
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: len(open_editors(saved.uid)) >= 1)
    assert len(open_editors(saved.uid)) == 1
    page.edit_button.click()  # asking again brings the same one forward
    assert len(open_editors(saved.uid)) == 1
    for editor in open_editors(saved.uid):
        editor.done(0)


def test_esc_after_an_edit_asks_and_keep_editing_keeps_everything(qtbot, journal):
    page, dialogs, ctx = journal
    saved = add(ctx, 1, notes="calf, left")
    editor = dialogs.edit(saved.uid)
    qtbot.waitExposed(editor)
    editor.notes.setPlainText("calf, left, after the stairs")
    answer_question(qtbot, "Keep editing")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible() and editor.notes.toPlainText() == "calf, left, after the stairs"
    answer_question(qtbot, "Discard changes")
    editor.close()  # the window's close button
    assert not editor.isVisible()
    assert journal_store.get_episode(ctx.db, saved.uid).notes == "calf, left"


def test_cancel_after_an_edit_can_save_instead(qtbot, journal):
    page, dialogs, ctx = journal
    saved = add(ctx, 1, notes="neck")
    editor = dialogs.edit(saved.uid)
    editor.intensity.set_value(8)
    answer_question(qtbot, "Save")
    editor.reject()  # Cancel
    assert not editor.isVisible()
    assert journal_store.get_episode(ctx.db, saved.uid).intensity == 8


def test_leaving_an_unchanged_editor_asks_nothing(qtbot, journal):
    page, dialogs, ctx = journal
    saved = add(ctx, 1)
    editor = dialogs.edit(saved.uid)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible() and editor.discard_box is None


def test_ctrl_z_after_a_save_puts_the_previous_version_back(qtbot, journal):
    page, dialogs, ctx = journal
    saved = add(ctx, 1, notes="before", reliefs=(ReliefTried("heat", helped="a_little"),))
    editor = dialogs.edit(saved.uid)
    editor.notes.setPlainText("after")
    assert editor.save()
    assert journal_store.get_episode(ctx.db, saved.uid).notes == "after"
    assert page.undo_button.isVisible() and page.undo_button.text() == "Undo edit"
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = journal_store.get_episode(ctx.db, saved.uid)
    assert restored.notes == "before" and restored.reliefs == saved.reliefs
    assert not page.undo_button.isVisible()


SMALL_SCREEN = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                             "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}

CHILD = """
import sys
from fibro_desktop.core.fake_clock import FakeClock
from fibro_desktop.store.database import open_database
from fibro_desktop.ui.events import DataEvents
from fibro_desktop.ui.journal.editor import EpisodeEditor
from PySide6.QtWidgets import QApplication
from tests.conftest import TEST_NOW
app = QApplication([])
db = open_database(sys.argv[1], now=TEST_NOW)
editor = EpisodeEditor(db, FakeClock(wall=TEST_NOW), DataEvents())
editor.show()
app.processEvents()
screen = editor.screen().availableGeometry()
frame = editor.frameGeometry()
save = editor.save_button
corner = save.mapTo(editor, save.rect().bottomRight())
print(screen.width(), screen.height(), frame.width(), frame.height(),
      int(editor.rect().contains(corner)), int(save.isVisible()))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="the offscreen platform's screen configuration")
def test_the_editor_fits_a_1366_by_768_screen_with_its_buttons_in_view(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SMALL_SCREEN))
    result = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "data")], capture_output=True, text=True,
                            cwd=REPO_ROOT, timeout=120,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"})
    assert result.returncode == 0, result.stderr
    screen_w, screen_h, width, height, save_inside, save_visible = map(int, result.stdout.split())
    assert (screen_w, screen_h) == (1366, 768)
    assert width <= screen_w and height <= screen_h
    assert save_inside == 1 and save_visible == 1
