"""A cheaper answer to a question PySide6 asks of every imported module.

To support ``from __feature__ import snake_case`` per module, PySide6
replaces ``__import__`` and, the first time an import statement names a
module, asks whether that module "uses PySide6": it reads the module's whole
source with ``inspect.getsource`` (tokenizing it and keeping it in
``linecache``) and looks for the text ``PySide6``. Start-up names some 50
modules this way (``logging`` alone took several milliseconds); the bare Qt
window that start-up is measured against names almost none. Together it was
16–30 ms before the window showed (issue 14).

:func:`install` gives PySide6 the same answer, read from the file's bytes
without tokenizing or caching it. Anything it cannot read as a plain ``.py``
file goes to PySide6's own check. If a PySide6 version no longer has that
check, nothing is changed.
"""

from __future__ import annotations

import sys

#: The PySide6 module that holds the check (embedded in shiboken6).
_FEATURE_MODULE = "shibokensupport.feature"


def install() -> bool:
    """Replace PySide6's per-module check (call after importing PySide6);
    True when it was replaced (now or before)."""
    feature = sys.modules.get(_FEATURE_MODULE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or not callable(original):
        return False
    if getattr(original, "reads_bytes", False):
        return True

    def mod_uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:  # as PySide6's check: no source, no PySide6
            return False

    mod_uses_pyside.reads_bytes = True
    mod_uses_pyside.original = original
    feature._mod_uses_pyside = mod_uses_pyside
    return True
