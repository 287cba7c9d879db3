"""Alt-letters stay unique in every shipped language (issue 20): a
translation picks its own letters, and two labels shown together must not
answer the same one. The checks are tests/ui/test_mnemonics.py's."""

import pytest

from tests.test_translations_complete import SHIPPED
from tests.ui.language_shell import shell_in  # noqa: F401 (a fixture)
from tests.ui.test_mnemonics import _open, tab_problems, walk_inner_tabs

DIALOGS = ["rescue_plan", "quick_log", "new_episode", "settings", "own_exercise", "kit_item", "routine_editor"]


@pytest.mark.parametrize("language", SHIPPED)
def test_each_alt_letter_once_on_every_tab_and_dialog(shell_in, app_context, qtbot, language):  # noqa: F811
    shell = shell_in(language)
    problems = tab_problems(shell.window, qtbot)
    for opener in DIALOGS:
        dialog = _open(shell, app_context, opener)
        walk_inner_tabs(dialog, qtbot, opener, problems)
        dialog.hide()  # never close: an editor with words in it would ask first
    assert problems == [], f"Alt-letters used twice in {language}:\n" + "\n".join(problems)
