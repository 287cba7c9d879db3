"""Features are declared as data (``wiring/feature.py``): the shell orders
the menus, the tray and the quit hooks from the declarations, and each
feature's ``wire`` makes exactly what its declaration names."""

from __future__ import annotations

from fibro_desktop.shell import SHELL_MENU_ENTRIES, _place_features, run_quit_hooks
from fibro_desktop.wiring import FEATURES
from fibro_desktop.wiring.feature import Feature, Group, Menu, MenuEntry, QuitHook, QuitStep, Wired, menu_layout

FILE_MENU = [
    "Log a spasm…", "A spasm is starting…", None,
    "Export…", "Import…", "Backups and restore…",
    "Protect with a passphrase…", "Change passphrase…", "Remove passphrase protection…", None,
    "Provider report…", None,
    "Settings…", None,
    "Quit",
]


def entries(menu):
    return [None if a.isSeparator() else a.text().replace("&", "") for a in menu.actions()]


def test_the_file_menu_is_ordered_on_purpose_log_a_spasm_first(shell):
    assert entries(shell.menus["file"]) == FILE_MENU


def test_the_help_menu_opens_with_the_guides(shell):
    assert entries(shell.menus["help"]) == [
        "Learn: guides in plain words", "Welcome and safety notes", "Open the data folder", None,
        "About Fibro Desktop"]


def test_every_declaration_is_complete_and_matches_what_its_wiring_made(shell):
    assert not shell.startup_problems
    assert len({feature.key for feature in FEATURES}) == len(FEATURES)
    tab_keys = [feature.key for feature in FEATURES if feature.tab is not None]
    assert shell.window.tab_keys() == tab_keys
    for feature in FEATURES:
        assert feature.key and feature.smoke_check is not None, feature.key
        assert feature.key in shell.wired, feature.key
        assert feature.mismatch(shell.wired[feature.key]) == [], feature.key
        for entry in feature.menu_entries:  # every entry in a group its menu has
            assert entry.group in {Group.LOG, Group.DATA, Group.REPORTS, Group.GUIDES}, entry
        made = set(shell.wired[feature.key].actions)
        placed = feature.action_names()
        assert made == placed, feature.key  # nothing made that is not shown somewhere


def test_the_tray_lists_the_declared_actions_in_feature_order(shell):
    # (the journal's entries for episodes going on now are there, hidden and empty, while none is)
    texts = [a.text().replace("&", "") for a in shell.tray_feature_actions if a is not None and a.text()]
    assert texts == ["Log a spasm…", "Take a break now", "Pause breaks", "Resume breaks",
                     "Spasm now: a recovery break", "Relaxation: play or pause", "A spasm is starting…"]


def test_the_backup_at_exit_runs_after_every_other_quit_hook_whatever_the_feature_order(shell):
    names = {hook: name for feature in FEATURES
             for name, hook in shell.wired[feature.key].hooks.items()}
    assert [names[hook] for hook in shell.quit_hooks] == ["save_desk_time", "stop_players", "exit_backup"]
    # The feature list reversed (data safety before pacing): same order.
    shell.tray_feature_actions.clear()
    _place_features(shell, tuple(reversed(FEATURES)))
    assert [names[hook] for hook in shell.quit_hooks] == ["save_desk_time", "stop_players", "exit_backup"]
    assert entries(shell.menus["file"])[0] == "Log a spasm…"


def test_quit_hooks_run_in_order_and_one_failing_does_not_stop_the_next(shell, monkeypatch):
    import sys

    ran, reported = [], []
    monkeypatch.setattr(sys, "excepthook", lambda *info: reported.append(info[0]))

    def broken():
        ran.append("broken")
        raise OSError("disk full")

    shell.quit_hooks[:] = [broken, lambda: ran.append("backup")]
    run_quit_hooks(shell)
    assert ran == ["broken", "backup"] and reported == [OSError]


def test_a_feature_that_makes_something_it_did_not_declare_is_reported():
    feature = Feature(key="tiny", wire=lambda shell, ctx: Wired(),
                      menu_entries=(MenuEntry("hello", Menu.FILE, Group.LOG),),
                      quit_hooks=(QuitHook("bye", QuitStep.SAVE),))
    problems = feature.mismatch(Wired(hooks={"other": lambda: None}))
    assert any("hello" in problem for problem in problems)
    assert any("bye" in problem for problem in problems)


def test_menu_layout_sorts_by_group_then_rank_then_feature_order():
    first = Feature(key="a", wire=lambda shell, ctx: Wired(),
                    menu_entries=(MenuEntry("report", Menu.FILE, Group.REPORTS),
                                  MenuEntry("later", Menu.FILE, Group.LOG, rank=9)))
    second = Feature(key="b", wire=lambda shell, ctx: Wired(),
                     menu_entries=(MenuEntry("now", Menu.FILE, Group.LOG, rank=0),))
    layout = menu_layout((first, second), SHELL_MENU_ENTRIES)
    assert layout[Menu.FILE] == [[("b", "now"), ("a", "later")], [], [("a", "report")],
                                 [("", "settings")], [("", "quit")]]


def test_a_new_feature_is_one_declaration_in_under_50_lines(qapp, qtbot, app_context):
    """The worked example of docs/architecture.md, built into the app."""
    from fibro_desktop.shell import build_shell
    from fibro_desktop.store import routine as routine_store
    from tests import example_feature
    from tests.conftest import REPO_ROOT, TEST_NOW

    source = (REPO_ROOT / "tests" / "example_feature.py").read_text(encoding="utf-8")
    assert len(source.splitlines()) < 50
    code = source.split('"""\n\n', 1)[1]  # the doc shows everything after the docstring
    assert code in (REPO_ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")

    shell = build_shell(qapp, app_context, with_tray=False, features=FEATURES + (example_feature.FEATURE,))
    qtbot.addWidget(shell.window)
    assert not shell.startup_problems
    assert entries(shell.menus["file"])[:3] == ["Log a spasm…", "A spasm is starting…", "I drank a glass of water"]
    assert shell.tray_feature_actions[-1].text() == "I drank a &glass of water"
    shell.wired["water"].actions["glass"].trigger()
    day = routine_store.routine_day(app_context.db, TEST_NOW.date())
    assert day.line_for_kind("water").amount == 1 and shell.state(example_feature.FEATURE).glasses == 1
    example_feature.smoke_check(shell, app_context)
