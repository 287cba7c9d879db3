"""The UI walk of issue 18, once per shipped language (issue 20): German and
French run about 30 % longer than English, and no widget may be cut off in
any language, at 100 % and at 200 % text. The app is built after the
language's catalogue is installed, as at a real start; the walk and its
checks are the accessibility walk's (tests/ui/test_accessibility_walk.py,
tests/ui/kit_checks.py), and on every tab and dialog the large-text test's
too (tests/ui/layout_checks.py: no text cut or squeezed, nothing cut at the
side)."""

from __future__ import annotations

import sys

import pytest

from fibro_desktop.ui import preferences as prefs
from tests.conftest import REPO_ROOT, TEST_NOW
from tests.test_translations_complete import SHIPPED

kit_checks = pytest.importorskip("tests.ui.kit_checks", reason="the walk's checks come with issue 18")
walk = pytest.importorskip("tests.ui.test_accessibility_walk")

sys.path.insert(0, str(REPO_ROOT / "packaging"))
import check_translations  # noqa: E402

from tests.ui import layout_checks  # noqa: E402
from tests.ui.language_shell import shell_in  # noqa: E402, F401 (a fixture)


def _translation(language: str, context: str, source: str) -> str:
    ts = check_translations.TRANSLATIONS / f"fibro_desktop_{language}.ts"
    return next(m.forms[0] for m in check_translations.read_ts(ts) if (m.context, m.source) == (context, source))


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("language", SHIPPED)
def test_no_widget_is_cut_off_in_any_language(shell_in, app_context, db, qtbot, monkeypatch, language, scale):
    from tests.charts_data_set import fill_known

    fill_known(db, TEST_NOW)  # charts and lists with something in them
    shell = shell_in(language)
    window = shell.window
    assert window.tab_widget.tabText(0) == _translation(language, "JournalTab", "Journal")  # it is that language
    app_context.preferences.set(prefs.TEXT_SCALE, scale)
    problems: list[str] = []

    def check(place: str, root) -> None:
        problems.extend(f"{place}: clipped {w}" for w in kit_checks.clipped(root))
        # no text cut or squeezed either, nothing cut at the side, as in English at 200 %
        problems.extend(f"{place}: cut {w}" for w in layout_checks.clipped(root))

    windows = walk._Windows(qtbot, monkeypatch, check)
    pressed: set[int] = set()
    for place, page in walk._walk_tabs(window):
        check(place, page)
        for button in walk._dialog_buttons(page):
            if id(button) not in pressed:
                pressed.add(id(button))
                windows.open_from(f"{place} → {button.text().replace('&', '')}", button.click)
    window.show_tab(window.tab_keys()[0])
    for action in walk._menu_actions(shell):
        windows.open_from(f"menu → {action.text().replace('&', '')}", action.trigger)
    app_context.preferences.set(prefs.TEXT_SCALE, 100)
    assert len(windows.seen) >= 8, windows.seen
    assert not problems, f"Cut off in {language} at {scale} %:\n" + "\n".join(dict.fromkeys(problems))
