"""Gates that keep the code in shape, run with the rest of the suite (and so
in CI): strict types on ``core/`` (``[tool.mypy]`` in pyproject.toml)."""

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
