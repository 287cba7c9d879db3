"""Where the defaults suggest magnesium or electrolytes (the routine's
minerals line, the plan's magnesium and water steps), one quiet line says
to check with a doctor or pharmacist first; no amounts anywhere."""

import re

from PySide6.QtCore import Qt

from fibro_desktop.store import routine as routine_store
from tests.conftest import TEST_NOW

NOTE = ("Magnesium and electrolyte products: if you have kidney or heart conditions or take other medicines, "
        "check with your doctor or pharmacist first.")


def test_the_routine_says_it_once_under_its_minerals_line(page):
    note = page.routine.minerals_note
    assert note.isVisibleTo(page) and note.text() == NOTE
    assert not re.search(r"\d", note.text())  # no amounts
    minerals = next(i for i in routine_store.list_routine_items(page._db) if i.kind == "minerals")
    routine_store.archive_routine_item(page._db, TEST_NOW, minerals.id)
    page.routine.refresh()
    assert not page.routine.minerals_note.isVisibleTo(page)


def test_the_plan_says_it_on_the_magnesium_and_water_steps_only(launcher, app_context, qtbot):
    app_context.intents.rescue_plan.emit()
    dialog = launcher.dialog
    qtbot.waitUntil(dialog.isVisible)
    shown = {}
    for _ in range(len(dialog.stepper.steps)):
        shown[dialog.step_title.text()] = dialog.minerals_note.isVisibleTo(dialog)
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert shown == {"Move gently": False, "Warmth, then a light stretch": False,
                     "Press or massage the knot": False, "Magnesium on the skin": True,
                     "Drink some water": True, "Slow breathing": False}
    assert dialog.minerals_note.text() == NOTE
