"""scipy, statsmodels and jsonschema check the app's numbers in tests only:
the shipped package never imports them (a frozen app does not carry them)."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[3] / "fibro_desktop"
TEST_ONLY = ("scipy", "statsmodels", "jsonschema", "patsy", "pandas")


def test_fibro_desktop_never_imports_the_test_only_libraries():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            offenders += [f"{path.relative_to(PACKAGE)}: {n}" for n in names if n.split(".")[0] in TEST_ONLY]
        text = path.read_text(encoding="utf-8")
        offenders += [f"{path.relative_to(PACKAGE)}: dynamic {lib}" for lib in TEST_ONLY
                      if f'import_module("{lib}' in text or f"__import__(\"{lib}" in text]
    assert offenders == []
