"""Build the frozen app, prove it works, and package it for this OS.

    python packaging/build.py [freeze] [smoke] [package]   (default: all three)

* ``freeze``: PyInstaller with ``packaging/fibro_desktop.spec`` into
  ``dist/fibro-desktop/`` (and ``dist/Fibro Desktop.app`` on macOS);
* ``smoke``: runs the frozen app's ``--smoke-test`` in a fresh data folder
  (``QT_QPA_PLATFORM=offscreen`` unless set): every tab, the database, every
  resource, sound to its end when there is an audio output, a chart, text
  sorting. Exit status 0 only when it passed;
* ``package``: Linux ``dist/fibro-desktop-<version>-linux-<arch>.tar.gz``
  (``packaging/linux/make_tarball.py``); Windows the Inno Setup installer
  (``packaging/windows/fibro_desktop.iss``, needs ``iscc``); macOS the
  ``.dmg`` (``packaging/macos/make_dmg.sh``, signs and notarizes only when the
  secrets are set).

Run it with the Python that has the app and the ``build`` extra installed
(``pip install -e .[build]``). It prints the folder size, the archive size
and the smoke test's time at the end; CI runs exactly this.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DIST = ROOT / "dist"
sys.path.insert(0, str(HERE))

from bundle_rules import numeric_version, project_version  # noqa: E402

APP_DIR = DIST / "fibro-desktop"
MAC_APP = DIST / "Fibro Desktop.app"


def say(message: str) -> None:
    print(f"[build] {message}", flush=True)


def frozen_executable() -> Path:
    """The frozen app's executable for this OS."""
    if sys.platform == "darwin":
        return MAC_APP / "Contents" / "MacOS" / "fibro-desktop"
    return APP_DIR / ("fibro-desktop.exe" if os.name == "nt" else "fibro-desktop")


def folder_size(path: Path) -> int:
    """Bytes in all files under ``path`` (symbolic links not followed)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def freeze() -> None:
    say("translations: compiling the .ts files into the .qm files the app loads")
    subprocess.run([sys.executable, str(HERE / "build_translations.py"), "--force"], check=True, cwd=ROOT)
    say("PyInstaller: freezing the app (a few minutes)")
    subprocess.run([sys.executable, "-m", "PyInstaller", str(HERE / "fibro_desktop.spec"), "--noconfirm",
                    "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller")],
                   check=True, cwd=ROOT)
    say(f"one-folder build: {folder_size(APP_DIR) / 1e6:.1f} MB in {APP_DIR}")


def smoke(timeout: float = 180) -> float:
    """Run the frozen ``--smoke-test``; returns its wall time in seconds,
    raises ``SystemExit`` on failure."""
    executable = frozen_executable()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("FIBRO_DESKTOP_DATA_DIR", None)
    with tempfile.TemporaryDirectory(prefix="fibro-frozen-smoke-") as data:
        start = time.perf_counter()
        result = subprocess.run([str(executable), "--smoke-test", "--data-dir", data], env=env,
                                capture_output=True, text=True, timeout=timeout)
        elapsed = time.perf_counter() - start
        print(result.stdout, end="")
        if result.returncode != 0:
            print(result.stderr, end="", file=sys.stderr)
            # A windowed Windows build cannot print: its log says what failed.
            log = Path(data) / "logs" / "fibro-desktop.log"
            if log.exists():
                print(log.read_text(encoding="utf-8", errors="replace"), file=sys.stderr)
            raise SystemExit(f"frozen smoke test FAILED (exit {result.returncode})")
    say(f"frozen smoke test passed in {elapsed:.1f} s")
    return elapsed


def package() -> Path:
    version = project_version()
    if sys.platform.startswith("linux"):
        sys.path.insert(0, str(HERE / "linux"))
        from make_tarball import make_tarball

        archive = make_tarball(APP_DIR, DIST, version)
    elif sys.platform == "win32":
        sys.path.insert(0, str(HERE / "windows"))
        from sign import sign

        sign([APP_DIR / "fibro-desktop.exe", APP_DIR / "fibro-desktop-cli.exe"])
        iscc = shutil.which("iscc") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
        numeric = ".".join(str(n) for n in numeric_version(version))
        subprocess.run([iscc, f"/DAppVersion={version}", f"/DAppVersionNumeric={numeric}",
                        f"/DSourceDir={APP_DIR}", f"/DOutputDir={DIST}",
                        f"/DIconFile={ROOT / 'build' / 'icons' / 'fibro-desktop.ico'}",
                        str(HERE / "windows" / "fibro_desktop.iss")], check=True)
        archive = DIST / f"fibro-desktop-{version}-windows-setup.exe"
        sign([archive])
    elif sys.platform == "darwin":
        subprocess.run(["bash", str(HERE / "macos" / "make_dmg.sh"), version], check=True, cwd=ROOT)
        archive = DIST / f"fibro-desktop-{version}-macos-{platform.machine()}.dmg"
    else:
        raise SystemExit(f"no installer for {sys.platform}")
    say(f"installer: {archive.stat().st_size / 1e6:.1f} MB in {archive}")
    sys.path.insert(0, str(HERE))
    from checksums import write_checksum

    say(f"checksum: {write_checksum(archive).read_text().strip()}")
    return archive


def main(argv: list[str]) -> int:
    steps = argv or ["freeze", "smoke", "package"]
    unknown = set(steps) - {"freeze", "smoke", "package"}
    if unknown:
        print(__doc__)
        return 2
    for step in ("freeze", "smoke", "package"):
        if step in steps:
            globals()[step]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
