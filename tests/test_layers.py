"""The layer rules, checked on every module of every layer.

- ``core/`` is pure: no Qt, no peewee, nothing from the store, the UI, the
  wiring or the composition root.
- ``store/`` never imports Qt, the UI, the wiring, the composition root or
  the operations.
- ``ops/`` (operations: one user intent, one transaction) uses ``core`` and
  ``store`` but never Qt, the UI, the wiring or the composition root.
- ``demo/`` (the ``--demo`` sample data) uses ``core``, ``store`` and ``ops``
  but never Qt, the UI, the wiring or the composition root: its words in the
  person's language are handed in (``demo/words.py``).
- ``ui/`` widgets never touch the ORM (models or peewee); they get plain
  objects from store functions.

Checked on the source, every import statement (also inside functions, and
relative imports resolved), so a lazy import cannot sneak past it.
"""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "fibro_desktop"

QT = ("PySide6", "shiboken6", "pyqtgraph")
ORM = ("peewee", "playhouse", "fibro_desktop.store.models")
APP_LAYERS = ("fibro_desktop.ui", "fibro_desktop.wiring", "fibro_desktop.app", "fibro_desktop.shell",
              "fibro_desktop.smoke", "fibro_desktop.commands", "fibro_desktop.cli")
OPS = ("fibro_desktop.ops",)
RULES = {
    "core": QT + ORM + ("fibro_desktop.store", "fibro_desktop.demo") + OPS + APP_LAYERS,
    "store": QT + OPS + APP_LAYERS,
    "ops": QT + APP_LAYERS,
    "demo": QT + APP_LAYERS,
    "ui": ORM,
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path, package: list[str] | None = None) -> set[str]:
    """Every module ``path`` imports, as absolute dotted names (``package``:
    the dotted package it lives in, found from its place by default)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    if package is None:
        package = module_name(path).split(".")
        if path.name != "__init__.py":
            package = package[:-1]
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def breaks(name: str, forbidden: tuple[str, ...]) -> bool:
    return any(name == prefix or name.startswith(prefix + ".") for prefix in forbidden)


def python_files(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


CASES = [(layer, path) for layer in RULES for path in python_files(layer)]


@pytest.mark.parametrize("layer,path", CASES, ids=[str(p.relative_to(PACKAGE)) for _, p in CASES])
def test_every_module_keeps_its_layer_rule(layer, path):
    offending = sorted(n for n in imported_modules(path) if breaks(n, RULES[layer]))
    assert not offending, f"{path.relative_to(PACKAGE)} ({layer}/) imports {offending}"


def test_the_checks_see_real_files_and_catch_lazy_and_relative_imports(tmp_path):
    assert all(python_files(layer) for layer in RULES)
    probe = tmp_path / "probe.py"
    probe.write_text("def later():\n    from PySide6 import QtCore\n    from ..store import models\n")
    names = imported_modules(probe, ["fibro_desktop", "core"])
    assert {"PySide6", "fibro_desktop.store.models"} <= names
    assert breaks("PySide6.QtCore", RULES["core"]) and breaks("fibro_desktop.store.models", RULES["ui"])
