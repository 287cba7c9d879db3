"""PyInstaller runtime hook: stand in for the PySide6.QtOpenGL bindings.

pyqtgraph imports ``PySide6.QtOpenGL`` when it loads (for its optional
OpenGL drawing paths, which this app never turns on), and those bindings are
8.5 MB of the bundle. The frozen build leaves them out (the Qt6OpenGL
library itself stays: the multimedia backend needs it) and this hook puts a
placeholder module in their place, so the import succeeds and any real use
fails loudly with a clear message instead of silently drawing nothing.
"""

import sys
import types


class _NotBundled(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        raise ImportError(f"PySide6.QtOpenGL.{name} is not part of this build "
                          "(packaging/rthooks/no_qtopengl_bindings.py)")


if "PySide6.QtOpenGL" not in sys.modules:
    sys.modules["PySide6.QtOpenGL"] = _NotBundled("PySide6.QtOpenGL")
