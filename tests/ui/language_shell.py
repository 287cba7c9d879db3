"""A fixture: the whole UI built in one of the shipped languages, its
catalogue compiled from the .ts in the repository and installed before the
window is made, as a start with that language chosen does (issue 20)."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "packaging"))
import build_translations  # noqa: E402
import check_translations  # noqa: E402


@pytest.fixture
def shell_in(qapp, qtbot, app_context, tmp_path, request):
    """Build the whole UI in ``language`` (its catalogue compiled from the
    .ts in the repository), as a start with that language chosen does."""
    from fibro_desktop import app
    from fibro_desktop.ui.translations import apply_language

    built = []
    from PySide6.QtWidgets import QApplication as _App

    # Windows other tests left behind are theirs: hiding one runs its own
    # hide handler on objects already gone (it crashed the run).
    earlier = {id(w) for w in _App.topLevelWidgets()}

    def build(language: str):
        if build_translations.lrelease() is None:
            pytest.skip("pyside6-lrelease is not installed")
        ts = check_translations.TRANSLATIONS / f"fibro_desktop_{language}.ts"
        build_translations.compile_catalogue(ts, tmp_path / f"fibro_desktop_{language}.qm")
        assert "fibro_desktop" in apply_language(qapp, tmp_path, language)
        shell = app.build_shell(qapp, app_context, with_tray=False)
        qtbot.addWidget(shell.window)
        shell.window.show()
        qtbot.waitExposed(shell.window)
        # The active window, as a person's click makes it: the dialogs it opens then take the focus.
        shell.window.activateWindow()
        qtbot.waitUntil(shell.window.isActiveWindow, timeout=20_000)
        built.append(shell)
        return shell

    yield build
    from PySide6.QtWidgets import QApplication

    for shell in built:
        shell.window.close()
    # Nothing of this language's windows may stay behind to take the next walk's focus.
    for window in QApplication.topLevelWidgets():
        if id(window) not in earlier:
            window.hide()
    for shell in built:
        shell.window.deleteLater()
    QApplication.processEvents()
    # The catalogue and the default locale go back in tests/conftest.py
    # (language_as_the_run_began), after every Qt test.
