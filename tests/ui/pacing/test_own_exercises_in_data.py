"""Own exercises are part of the data: moved out of preferences.ini at start,
listed in the Pacing settings from the database, refreshed after an import."""

import json

from PySide6.QtCore import Qt

from fibro_desktop.store.export import export_json
from fibro_desktop.store.own_exercises import own_exercises, remove_own_exercise
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.wiring import pacing as pacing_wiring
from fibro_desktop.wiring.data_safety import DataSafety
from tests.store.test_own_exercises import OLD_PREFERENCE, SHOULDERS, WALK


def listed(page):
    box = page.settings.exercises.list
    return [box.item(i).text() for i in range(box.count())]


def pacing(shell, app_context, qtbot):
    page = shell.window.show_tab("pacing")
    qtbot.waitUntil(page.isVisible)
    return page, shell.state(pacing_wiring.FEATURE)


def test_exercises_from_an_older_version_move_into_the_database_at_start(qapp, qtbot, app_context):
    from fibro_desktop.shell import build_shell

    app_context.preferences.set(prefs.PACING_OWN_EXERCISES, OLD_PREFERENCE)
    shell = build_shell(qapp, app_context, with_tray=False)
    qtbot.addWidget(shell.window)
    shell.window.show()
    page, state = pacing(shell, app_context, qtbot)
    assert own_exercises(app_context.db) == [SHOULDERS, WALK]
    assert app_context.preferences.get(prefs.PACING_OWN_EXERCISES) == ""
    ini = (app_context.data_dir / prefs.PREFERENCES_FILE).read_text()
    assert "own_exercises" not in ini and "shoulder" not in ini
    assert "Therapist's shoulder set (yours)" in listed(page)
    assert "Walk to the window" in {e.title for e in state.driver._exercises}
    shell.window.close()


def test_added_in_settings_means_stored_in_the_database(shell, app_context, qtbot):
    page, state = pacing(shell, app_context, qtbot)
    page.settings.exercises.add_exercise(WALK)
    assert own_exercises(app_context.db) == [WALK]
    assert app_context.preferences.get(prefs.PACING_OWN_EXERCISES) == ""
    assert "Walk to the window (yours)" in listed(page)
    box = page.settings.exercises
    row = next(i for i in range(box.list.count()) if box.list.item(i).data(Qt.ItemDataRole.UserRole) == WALK.id)
    box.list.setCurrentRow(row)
    assert box.remove_button.isEnabled()
    box.remove_button.click()
    assert own_exercises(app_context.db) == []
    assert "Walk to the window (yours)" not in listed(page)
    assert WALK.id not in {e.id for e in state.driver._exercises}


def test_after_an_import_the_settings_and_the_breaks_know_the_imported_exercises(shell, app_context, qtbot,
                                                                                   tmp_path):
    page, state = pacing(shell, app_context, qtbot)
    page.settings.exercises.add_exercise(SHOULDERS)
    out = tmp_path / "moved.json"
    export_json(app_context.db.connection(), out, app_context.clock.now())
    assert json.loads(out.read_text())["tables"]["pacing_own_exercise"]["rows"]
    remove_own_exercise(app_context.db, SHOULDERS.id)  # as on a new computer
    safety = DataSafety(app_context)
    safety.import_data(safety.read_import(out), lambda done, total: True)
    assert "Therapist's shoulder set (yours)" in listed(page)
    assert SHOULDERS in state.driver._exercises
