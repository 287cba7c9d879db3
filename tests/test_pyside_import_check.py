"""PySide6's per-module "does it use PySide6?" check, answered cheaply at
start-up (fibro_desktop/ui/pyside_import_check.py, issue 14), gives the
same answers as PySide6's own."""

import importlib
import sys
import types

import PySide6  # noqa: F401 (loads the check)
import pytest

from fibro_desktop.ui import pyside_import_check

feature = sys.modules.get("shibokensupport.feature")
pytestmark = pytest.mark.skipif(not hasattr(feature, "_mod_uses_pyside"), reason="this PySide6 has no such check")


@pytest.fixture
def installed():
    before = feature._mod_uses_pyside
    original = getattr(before, "original", before)
    feature._mod_uses_pyside = original
    assert pyside_import_check.install()
    yield original
    feature._mod_uses_pyside = before


def test_the_answers_are_pyside6_s_own(installed):
    original = installed
    names = ["fibro_desktop.app", "fibro_desktop.ui", "fibro_desktop.core.clock", "fibro_desktop.store.files",
             "logging", "json", "sys", "PySide6.QtCore", "PySide6"]
    for name in names:
        module = importlib.import_module(name)
        assert feature._mod_uses_pyside(module) == original(module), name


def test_a_module_whose_file_is_gone_does_not_use_pyside(installed, tmp_path):
    module = types.ModuleType("gone")
    module.__file__ = str(tmp_path / "gone.py")
    assert feature._mod_uses_pyside(module) is False


def test_installing_twice_keeps_one_wrapper(installed):
    first = feature._mod_uses_pyside
    assert pyside_import_check.install()
    assert feature._mod_uses_pyside is first


def test_nothing_changes_when_pyside_has_no_such_check(monkeypatch):
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", types.ModuleType("feature"))
    assert pyside_import_check.install() is False
