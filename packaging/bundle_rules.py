"""What goes into the frozen build and what stays out: rules used by
``packaging/fibro_desktop.spec``, kept here so tests can check them.

Plain Python (no PyInstaller, no Qt). The destination paths PyInstaller
uses are relative to the bundle, e.g. ``PySide6/Qt/lib/libQt6Pdf.so.6``,
``PySide6/Qt/plugins/imageformats/qtiff.dll`` or
``PySide6/Qt/lib/QtPdf.framework/Versions/A/QtPdf``.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent

# Python modules never used by the app (some are optional imports of numpy or
# pyqtgraph that would pull in large packages if installed). ssl and _hashlib
# link OpenSSL (5 MB): the app never goes online, and hashlib falls back to
# Python's own MD5, SHA-1, SHA-2, SHA-3 and BLAKE2 (not scrypt: a feature that
# needs it must take _hashlib out of this list). readline: no console.
EXCLUDES = [
    "tkinter", "_tkinter", "PyQt5", "PyQt6", "PySide2", "IPython", "matplotlib", "scipy",
    "pandas", "statsmodels", "patsy", "jsonschema", "pytest", "pytestqt", "hypothesis", "setuptools", "pip",
    "pyqtgraph.opengl", "pyqtgraph.examples", "pyqtgraph.jupyter", "OpenGL", "cupy", "numba",
    "h5py", "colorcet", "metaarray", "numpy.f2py", "numpy.distutils", "readline", "ssl", "_ssl",
    "_hashlib",
]
# numpy subpackages (3.6 MB, most of it numpy.random's and numpy.fft's
# compiled modules) that numpy does not import when it loads (numpy.linalg it
# does, and with it OpenBLAS, which therefore stays) and pyqtgraph only for
# beeswarm scatter plots (pseudoScatter, numpy.random) and the FFT mode of its
# plot menu (numpy.fft), which the charts turn off (setMenuEnabled(False)).
# tests/packaging/test_bundle_rules.py checks that drawing the charts loads none.
NUMPY_UNUSED = ["numpy.random", "numpy.fft", "numpy.ma", "numpy.polynomial", "numpy.testing"]
EXCLUDES += NUMPY_UNUSED
# Qt modules the app does not use. Their Python modules are excluded; their
# libraries, plugins, QML files and translations are filtered by is_unused().
UNUSED_QT = [
    "WebEngineCore", "WebEngineWidgets", "WebEngineQuick", "WebChannel", "WebSockets", "WebView",
    "Pdf", "PdfWidgets", "PdfQuick", "3DCore", "3DRender", "3DInput", "3DLogic", "3DExtras",
    "3DAnimation", "Quick3D", "Charts", "DataVisualization", "Graphs", "GraphsWidgets",
    "Bluetooth", "Nfc", "Positioning", "Location", "Sensors", "SerialPort", "SerialBus",
    "Designer", "Help", "UiTools", "RemoteObjects", "Scxml", "StateMachine", "TextToSpeech",
    "HttpServer", "NetworkAuth", "SpatialAudio", "QuickControls2", "QuickWidgets", "QuickTest",
    "Test", "Sql", "AxContainer", "Lottie", "VirtualKeyboard", "ShaderTools",
    "MultimediaWidgets",  # video widgets: the app only plays sound
]
EXCLUDES += [f"PySide6.Qt{name}" for name in UNUSED_QT]
# Imported by a computed name or only when a tab is first shown, so
# PyInstaller's import scan cannot see them (the spec adds every
# fibro_desktop submodule as well).
HIDDEN_IMPORTS = ["pyqtgraph"]
# pyqtgraph imports the QtOpenGL bindings (8.5 MB) for drawing paths the app
# never uses; a runtime hook stands in for them (rthooks/no_qtopengl_bindings.py).
EXCLUDES += ["PySide6.QtOpenGL"]
RUNTIME_HOOKS = ["rthooks/no_qtopengl_bindings.py"]

# The FFmpeg multimedia plugin links against these: never filtered. Without
# them the build works and has no sound ("No QtMultimedia backends found").
# (Qt6Multimedia itself also needs Qt6Concurrent, which is not filtered.)
KEEP_QT_LIBS = ("Qt6Qml", "Qt6Quick", "Qt6Network", "Qt6DBus", "Qt6OpenGL")
# Library name stems (from libQt6Pdf.so.6, Qt6Pdf.dll, QtPdf.framework) to drop.
# Qt6EglFS…/Qt6EglFsKms…: the EGLFS platform's own libraries (embedded
# devices without a desktop; its plugin is left out below), which nothing kept
# needs; Qt6WlShellIntegration: only the wl-shell plugin (below) needs it.
DROP_QT_LIBS = tuple(f"Qt6{name}" for name in UNUSED_QT) + ("Qt63D", "Qt6Quick3D", "Qt6Labs",
                                                            "Qt6EglFS", "Qt6EglFs",
                                                            "Qt6WlShellIntegration")
# Plugin folders (PySide6/Qt/plugins/<folder>) nothing here loads. tls and
# networkinformation: the app never goes online; the local socket that keeps
# one instance running needs neither.
DROP_PLUGIN_DIRS = ("sqldrivers", "tls", "networkinformation", "generic", "designer", "qmltooling",
                    "position", "geoservices", "sensors", "texttospeech", "canbus", "sceneparsers",
                    "renderers", "assetimporters", "webview", "virtualkeyboard", "3dinputdevices",
                    "renderplugins", "geometryloaders")
# Single plugin files (names without "lib") nothing here loads: embedded-Linux
# platforms (EGLFS, framebuffer, VNC), the virtual keyboard (its library is
# left out), the GTK 3 theme (it needs GTK on the system anyway and would drag
# cairo, pango and atk into the bundle, about 6 MB), and image formats the
# app has no files in (it draws SVG and PNG).
# JPEG too (0.5 MB): no JPEG is bundled and the app opens no pictures. Wayland:
# desktops speak xdg-shell; wl-shell (deprecated), fullscreen-shell, ivi-shell
# (cars) and qt-shell (Qt's own compositor), and the "-server" buffer plugins
# (shared buffers from a Qt compositor) are for embedded systems.
DROP_PLUGIN_FILES = ("qeglfs", "qlinuxfb", "qminimalegl", "qvnc", "qvkkhrdisplay",
                     "qtvirtualkeyboardplugin", "qgtk3", "qtiff", "qwebp", "qpdf", "qtga", "qwbmp",
                     "qjpeg", "wl-shell-plugin", "fullscreen-shell-v1", "ivi-shell", "qt-shell",
                     "drm-egl-server", "vulkan-server", "shm-emulation-server", "dmabuf-server")
# Files collected with numpy and pyqtgraph that the app never uses: numpy's
# SIMD test module, pyqtgraph's mascot icons (for its own demo windows).
DROP_FILES = ("numpy/_core/_simd.", "pyqtgraph/icons/peegee/",
              *(f"{module.replace('.', '/')}/" for module in NUMPY_UNUSED))
# Qt's own translations: qtbase (standard dialogs and buttons, which
# ui/translations.py installs) and qtmultimedia (its error messages), only for
# the languages the app itself is translated into (a German "Cancel" in an
# English window helps nobody); all of them would add about 6 MB.
QT_CATALOGUES = ("qtbase", "qtmultimedia")

# Linux: libraries every desktop has, taken from the system rather than
# bundled (the AppImage project's exclude list names most): an old bundled
# fontconfig cannot read a newer system's font configuration, and libX11,
# freetype and expat must match it. The sound and message-bus clients
# (libpulse, which PipeWire systems provide too, and libdbus) talk to the
# system's own servers and are what dev.py already requires from the system
# (RUN_PACKAGES); with them go libsystemd and the codec libraries that only
# libpulse needed (about 7 MB). Likewise the printing client, libcups, which
# Qt's printer plugin loads: it talks to the system's own CUPS server (no
# server, no printers anyway; saving a PDF needs no CUPS), and with it go
# GnuTLS, p11-kit, Avahi and the rest of its chain (about 7.5 MB). GLib
# (libglib, libgthread; about 2 MB with PCRE2, which only GLib needed): Qt's
# event loop uses the system's, which every Linux desktop has.
HOST_LIBRARIES = ("libfontconfig.so", "libfreetype.so", "libX11.so", "libX11-xcb.so", "libxcb.so",
                  "libexpat.so", "libz.so", "libgcc_s.so", "libuuid.so", "libgpg-error.so",
                  "libcom_err.so", "libGL.so", "libEGL.so", "libdrm.so", "libharfbuzz.so",
                  "libfribidi.so", "libpulse.so", "libpulse-simple.so", "libdbus-1.so",
                  "libsystemd.so", "libcups.so", "libglib-2.0.so", "libgthread-2.0.so")


def project_version(root: Path = ROOT) -> str:
    """The version in ``pyproject.toml``, e.g. ``"0.1.0"``."""
    return tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """``"1.2.3"``, ``"1.2.3rc1"``, ``"1.2"`` -> ``(1, 2, 3, 0)``, ``(1, 2, 3, 0)``,
    ``(1, 2, 0, 0)``: the four numbers Windows and macOS version fields take."""
    release = re.match(r"\d+(\.\d+)*", version)
    numbers = [int(n) for n in release[0].split(".")][:3] if release else []
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]


def app_languages(root: Path = ROOT) -> list[str]:
    """Languages the app is translated into (``resources/translations``)."""
    folder = root / "resources" / "translations"
    return sorted(path.stem.removeprefix("fibro_desktop_") for path in folder.glob("fibro_desktop_*.qm"))


def library_stem(name: str) -> str:
    """``libQt6Pdf.so.6``, ``Qt6Pdf.dll``, ``QtPdf.framework``, ``QtPdf.pyd`` -> ``Qt6Pdf``."""
    base = re.sub(r"^lib", "", PurePosixPath(name).name).split(".")[0]
    return re.sub(r"^Qt(?!6)", "Qt6", base)


def is_unused(dest: str, languages: list[str] | tuple[str, ...] = ()) -> bool:
    """True for a collected file (destination path inside the bundle) the app
    never loads; ``languages`` are the app's translations (see app_languages)."""
    path = PurePosixPath(dest.replace("\\", "/"))
    parts, posix = path.parts, path.as_posix()
    # Qt's catalogues: PySide6/Qt/translations on Linux and macOS,
    # PySide6/translations on Windows; the app's own are under resources/.
    if "translations" in parts and posix.endswith(".qm") and parts[0] == "PySide6":
        keep = tuple(f"{catalogue}_{language}" for catalogue in QT_CATALOGUES for language in languages)
        return not (keep and path.name.startswith(keep))
    if posix.startswith(DROP_FILES):
        return True
    if "plugins" in parts and parts.index("plugins") + 1 < len(parts):
        folder = parts[parts.index("plugins") + 1]
        if folder in DROP_PLUGIN_DIRS or re.sub(r"^lib", "", path.name).startswith(DROP_PLUGIN_FILES):
            return True
    if "qml" in parts:  # QML modules: the app has no QML user interface
        return True
    for part in parts:  # a library itself, or a file inside QtPdf.framework on macOS
        stem = library_stem(part)
        if stem in KEEP_QT_LIBS:
            return False
        if stem.startswith(DROP_QT_LIBS):
            return True
    return False


def keep_linux_library(dest: str, needed: set[str]) -> bool:
    """Linux: keep a collected binary? Everything inside a folder (Qt,
    Python modules, plugins) is kept; a system library at the top level only
    when a kept binary still needs it and not every system has it anyway.
    ``needed``: names of the top-level libraries the kept binaries load."""
    if "/" in dest.replace("\\", "/") or dest.startswith("libpython"):
        return True
    return dest in needed and not dest.startswith(HOST_LIBRARIES)
