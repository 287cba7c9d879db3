"""What the frozen build keeps and leaves out (packaging/bundle_rules.py)."""

import os
import subprocess
import sys

import pytest

import fibro_desktop
from tests.packaging.helpers import load

rules = load("bundle_rules.py")

FFMPEG_NEEDS = ["Qt6Qml", "Qt6Quick", "Qt6Network", "Qt6DBus", "Qt6OpenGL"]


@pytest.mark.parametrize("library", FFMPEG_NEEDS)
@pytest.mark.parametrize("pattern", ["PySide6/Qt/lib/lib{}.so.6", "PySide6/{}.dll",
                                     "PySide6/Qt/lib/{}.framework/Versions/A/{}"])
def test_the_libraries_the_ffmpeg_plugin_links_against_are_kept_on_every_os(library, pattern):
    name = library if "framework" not in pattern else library.replace("Qt6", "Qt")
    assert not rules.is_unused(pattern.format(name, name))


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
    "PySide6/Qt6Pdf.dll",
    "PySide6/Qt/lib/QtPdf.framework/Versions/A/QtPdf",
    "PySide6/Qt/lib/libQt6Quick3D.so.6",           # starts like the kept Qt6Quick
    "PySide6/Qt/lib/libQt6QuickControls2.so.6",
    "PySide6/Qt/lib/libQt63DCore.so.6",
    "PySide6/QtCharts.abi3.so",
    "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
    "PySide6/Qt/plugins/tls/qopensslbackend.dll",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/imageformats/qtiff.dll",
    "PySide6/Qt/qml/QtQuick/Controls/qmldir",
    "numpy/_core/_simd.cpython-311-x86_64-linux-gnu.so",
    "numpy/random/_generator.cpython-311-x86_64-linux-gnu.so",
    "numpy/fft/_pocketfft_umath.cpython-311-x86_64-linux-gnu.so",
    "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
    "PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6",
    "PySide6/Qt/lib/libQt6MultimediaWidgets.so.6",  # starts like the kept Qt6Multimedia
    "PySide6/QtMultimediaWidgets.abi3.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/Qt/plugins/wayland-shell-integration/libwl-shell-plugin.so",
    "PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so",
    "PySide6/Qt/plugins/wayland-graphics-integration-client/libdmabuf-server.so",
    "PySide6/Qt/lib/libQt6WlShellIntegration.so.6",
    "numpy/ma/core.py",
])
def test_unused_qt_parts_are_left_out(dest):
    assert rules.is_unused(dest)


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
    "PySide6/Qt/plugins/multimedia/ffmpegmediaplugin.dll",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/iconengines/qsvgicon.dll",
    "PySide6/Qt/lib/libQt6Multimedia.so.6",
    "PySide6/Qt/lib/libQt6Concurrent.so.6",        # Qt6Multimedia needs it
    "PySide6/Qt/lib/libavcodec.so.61",
    "PySide6/QtSvg.abi3.so",
    "PySide6/QtMultimedia.abi3.so",
    "PySide6/QtPrintSupport.abi3.so",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",  # printing to a real printer
    "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",  # every Wayland desktop
    "PySide6/Qt/plugins/wayland-graphics-integration-client/libqt-plugin-wayland-egl.so",
    "PySide6/Qt/plugins/wayland-decoration-client/libadwaita.so",
    "PySide6/Qt/lib/libQt6WaylandClient.so.6",
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
    "numpy/linalg/_umath_linalg.cpython-311-x86_64-linux-gnu.so",  # numpy imports it when it loads
    "numpy.libs/libscipy_openblas64_-32a4b2a6.so",                 # and it links OpenBLAS
    "resources/translations/fibro_desktop_de.qm",  # the app's own, never filtered
    "resources/sounds/soundcheck.ogg",
])
def test_what_the_app_uses_is_kept(dest):
    assert not rules.is_unused(dest)


def test_qt_translations_are_kept_only_for_the_apps_own_languages():
    assert rules.is_unused("PySide6/Qt/translations/qtbase_de.qm", languages=[])
    assert not rules.is_unused("PySide6/Qt/translations/qtbase_de.qm", languages=["de"])
    assert not rules.is_unused("PySide6/Qt/translations/qtmultimedia_de.qm", languages=["de"])
    assert rules.is_unused("PySide6/Qt/translations/qtbase_fr.qm", languages=["de"])
    assert rules.is_unused("PySide6/Qt/translations/qtdeclarative_de.qm", languages=["de"])
    assert rules.is_unused("PySide6\\translations\\qtbase_fr.qm", languages=["de"])  # Windows layout
    assert not rules.is_unused("resources/translations/fibro_desktop_fr.qm", languages=["de"])


def test_the_qt_translations_kept_are_those_of_the_languages_settings_offers():
    from fibro_desktop.ui.translations import LANGUAGES

    offered = sorted(code for code, _name in LANGUAGES if code not in ("system", "en"))
    sources = sorted(path.stem.removeprefix("fibro_desktop_")
                     for path in (rules.ROOT / "resources" / "translations").glob("fibro_desktop_*.ts"))
    assert offered == sources  # each compiled into the .qm that app_languages() finds at build time
    for language in offered:
        for catalogue in rules.QT_CATALOGUES:
            assert not rules.is_unused(f"PySide6/Qt/translations/{catalogue}_{language}.qm", offered)
    for other in ("qtbase_ja.qm", "qtbase_pt_PT.qm", "qtbase_en.qm", "qt_help_de.qm", "qtdeclarative_fr.qm"):
        assert rules.is_unused(f"PySide6/Qt/translations/{other}", offered)


def test_drawing_the_charts_loads_none_of_the_numpy_parts_left_out():
    # A fresh process: the test session itself may have loaded numpy.random.
    script = (
        "import pkgutil, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import fibro_desktop.ui.charts as charts\n"
        "from fibro_desktop import smoke_bundle\n"
        "app = QApplication([])\n"
        "for info in pkgutil.iter_modules(charts.__path__):\n"
        "    __import__(f'fibro_desktop.ui.charts.{info.name}')\n"
        "problems, notes = [], []\n"
        "smoke_bundle.check_charts(problems, notes)\n"
        "assert not problems, problems\n"
        "print(' '.join(sorted(name for name in sys.modules if name.startswith('numpy'))))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                            cwd=rules.ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.split())
    assert "numpy.linalg" in loaded  # the check sees what numpy loads
    assert not {name for name in loaded for unused in rules.NUMPY_UNUSED
                if name == unused or name.startswith(unused + ".")}


def test_the_app_languages_come_from_its_own_catalogues(tmp_path):
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    for name in ("fibro_desktop_pt_BR.qm", "fibro_desktop_de.qm", "fibro_desktop_de.ts"):
        (folder / name).write_bytes(b"")
    assert rules.app_languages(tmp_path) == ["de", "pt_BR"]


def test_python_modules_the_app_needs_are_not_excluded():
    needed = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtMultimedia",
              "PySide6.QtSvg", "PySide6.QtNetwork", "pyqtgraph", "numpy", "peewee",
              "sqlite3", "hashlib", "sqlcipher3", "numpy.linalg", "PySide6.QtPrintSupport",
              "PySide6.QtOpenGLWidgets"}
    assert not needed & set(rules.EXCLUDES)


def test_the_qtopengl_stand_in_lets_pyqtgraph_load_and_fails_loudly_on_use():
    import runpy
    import sys

    saved = sys.modules.pop("PySide6.QtOpenGL", None)
    try:
        runpy.run_path(str(rules.ROOT / "packaging" / rules.RUNTIME_HOOKS[0]))
        stand_in = sys.modules["PySide6.QtOpenGL"]
        with pytest.raises(ImportError, match="not part of this build"):
            stand_in.QOpenGLBuffer  # noqa: B018 (the access is the test)
    finally:
        sys.modules.pop("PySide6.QtOpenGL", None)
        if saved is not None:
            sys.modules["PySide6.QtOpenGL"] = saved


def test_linux_keeps_folders_and_needed_libraries_but_not_orphans_or_host_ones():
    needed = {"libxcb-cursor.so.0", "libfontconfig.so.1", "libpulse.so.0"}
    assert rules.keep_linux_library("PySide6/Qt/lib/libQt6Core.so.6", set())
    assert rules.keep_linux_library("libpython3.11.so.1.0", set())
    assert rules.keep_linux_library("libxcb-cursor.so.0", needed)      # Ubuntu lacks it by default
    assert not rules.keep_linux_library("libcairo.so.2", needed)       # nothing needs it any more
    assert not rules.keep_linux_library("libfontconfig.so.1", needed)  # every desktop has its own
    assert not rules.keep_linux_library("libpulse.so.0", needed)       # talks to the system's server


@pytest.mark.parametrize("library", ["libcups.so.2", "libglib-2.0.so.0", "libgthread-2.0.so.0"])
def test_linux_takes_the_printing_client_and_glib_from_the_system(library):
    assert not rules.keep_linux_library(library, {library})


@pytest.mark.parametrize("version, numbers", [
    ("0.1.0", (0, 1, 0, 0)), ("1.2.3rc1", (1, 2, 3, 0)), ("2.0", (2, 0, 0, 0)), ("3", (3, 0, 0, 0)),
])
def test_numeric_versions_for_windows_and_macos(version, numbers):
    assert rules.numeric_version(version) == numbers


def test_the_installers_version_is_the_apps_version():
    assert rules.project_version() == fibro_desktop.__version__
