"""The layer rule: the core is pure, the store never imports Qt.

Checked on the source (every import statement, also inside functions), so a
lazy import cannot sneak past it.
"""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "fibro_desktop"


def imported_top_level_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def python_files(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


@pytest.mark.parametrize("path", python_files("core"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_imports_neither_qt_nor_peewee(path):
    forbidden = imported_top_level_modules(path) & {"PySide6", "shiboken6", "peewee", "playhouse", "pyqtgraph"}
    assert not forbidden, f"{path.name} imports {forbidden}"


@pytest.mark.parametrize("path", python_files("store"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_store_never_imports_qt(path):
    forbidden = imported_top_level_modules(path) & {"PySide6", "shiboken6", "pyqtgraph"}
    assert not forbidden, f"{path.name} imports {forbidden}"


def test_core_never_imports_store_or_ui():
    for path in python_files("core"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith(("fibro_desktop.store", "fibro_desktop.ui")), path


def test_widgets_never_query_the_orm():
    """UI modules get plain objects from store functions, never models."""
    offenders = []
    for path in python_files("ui"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import) and any(a.name.split(".")[0] == "peewee" for a in node.names):
                offenders.append(path.name)
            if isinstance(node, ast.ImportFrom) and node.module and (
                    node.module.startswith("fibro_desktop.store.models") or node.module.split(".")[0] == "peewee"):
                offenders.append(path.name)
    assert not offenders, f"UI modules touching the ORM: {offenders}"


def test_the_checks_see_real_files():
    assert python_files("core") and python_files("store") and python_files("ui")
