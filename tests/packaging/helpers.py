"""Load the scripts under ``packaging/`` by path: that folder is not a
Python package (and its name is taken by the ``packaging`` library)."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from tests.conftest import REPO_ROOT

PACKAGING = REPO_ROOT / "packaging"


def load(relative: str) -> ModuleType:
    """Import ``packaging/<relative>`` (e.g. ``"bundle_rules.py"``) once."""
    name = "fibro_packaging_" + relative.replace("/", "_").removesuffix(".py")
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, PACKAGING / relative)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]
