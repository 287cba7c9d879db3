"""Gates that keep the code in shape, run with the rest of the suite (and so
in CI): lint and import order (``ruff``, ``[tool.ruff]`` in pyproject.toml),
strict types on ``core/`` (``[tool.mypy]``) and no dead code (``vulture``,
with the names it cannot see used in ``vulture_allow.py``)."""

import importlib.util
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy is in the lint extra (dev.py installs it)")
def test_core_passes_strict_type_checks():
    result = subprocess.run([sys.executable, "-m", "mypy"], capture_output=True, text=True, cwd=REPO_ROOT,
                            timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(importlib.util.find_spec("vulture") is None,
                    reason="vulture is in the lint extra (dev.py installs it)")
def test_no_dead_code():
    # Scanning the tests with the app counts what only tests use (FakeClock,
    # SimClock...) as used; anything else unused is removed or, with its
    # reason, listed in vulture_allow.py.
    result = subprocess.run([sys.executable, "-m", "vulture", "fibro_desktop", "tests", "vulture_allow.py",
                             "--min-confidence", "60"], capture_output=True, text=True, cwd=REPO_ROOT, timeout=600)
    assert result.returncode == 0, "unused code (remove it, or list it with its reason in vulture_allow.py):\n" \
        + result.stdout + result.stderr


@pytest.mark.skipif(importlib.util.find_spec("ruff") is None, reason="ruff is in the lint extra (dev.py installs it)")
def test_lint_and_import_order_are_clean():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "."], capture_output=True, text=True,
                            cwd=REPO_ROOT, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
