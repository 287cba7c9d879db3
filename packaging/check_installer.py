"""Install the built installer the way a person would, run the installed
app's ``--smoke-test``, then uninstall and check nothing is left.

    python packaging/check_installer.py [INSTALLER]   (default: the one in dist/)

* Windows: the Inno Setup installer, silently and per user
  (``/VERYSILENT /CURRENTUSER``), then its uninstaller, silently (which
  keeps the person's data by design);
* macOS: mounts the ``.dmg``, copies the app out as a person dragging it to
  Applications would (into a temporary folder), runs it, detaches;
* Linux: unpacks the ``.tar.gz`` and runs its ``install.sh`` with a
  temporary ``HOME``, then ``install.sh --uninstall``.

Each installs somewhere disposable where it can, so it is safe to run by
hand; on Windows it really installs for the current user (and removes it).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DIST = HERE.parent / "dist"


def say(message: str) -> None:
    print(f"[check] {message}", flush=True)


def run_smoke(executable: Path, data_dir: Path) -> None:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    result = subprocess.run([str(executable), "--smoke-test", "--data-dir", str(data_dir)], env=env,
                            capture_output=True, text=True, timeout=180)
    print(result.stdout, end="")
    if result.returncode != 0:
        print(result.stderr, end="", file=sys.stderr)
        log = data_dir / "logs" / "fibro-desktop.log"
        if log.exists():
            print(log.read_text(encoding="utf-8", errors="replace"), file=sys.stderr)
        raise SystemExit(f"the installed app's smoke test FAILED (exit {result.returncode})")
    say(f"installed app passed its smoke test in {time.perf_counter() - start:.1f} s")


def check_windows(installer: Path, work: Path) -> None:
    subprocess.run([str(installer), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/CURRENTUSER",
                    f"/LOG={work / 'install.log'}"], check=True)
    app_dir = Path(os.environ["LOCALAPPDATA"]) / "Programs" / "Fibro Desktop"
    run_smoke(app_dir / "fibro-desktop.exe", work / "data")
    start_menu = Path(os.environ["APPDATA"]) / "Microsoft" / "Windows" / "Start Menu" / "Programs"
    if not (start_menu / "Fibro Desktop.lnk").exists():
        raise SystemExit("no Start-menu entry was created")
    subprocess.run([str(app_dir / "unins000.exe"), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"],
                   check=True)
    for _ in range(60):  # the uninstaller finishes in a copy of itself
        if not (app_dir / "fibro-desktop.exe").exists():
            break
        time.sleep(1)
    else:
        raise SystemExit("the uninstaller left the program behind")
    say("installed, smoke-tested and uninstalled")


def check_macos(installer: Path, work: Path) -> None:
    mount = work / "mount"
    mount.mkdir()
    subprocess.run(["hdiutil", "attach", str(installer), "-nobrowse", "-readonly", "-mountpoint", str(mount)],
                   check=True)
    try:
        if not (mount / "Applications").is_symlink():
            raise SystemExit("the disk image has no Applications link")
        subprocess.run(["cp", "-R", str(mount / "Fibro Desktop.app"), str(work)], check=True)
    finally:
        subprocess.run(["hdiutil", "detach", str(mount)], check=True)
    run_smoke(work / "Fibro Desktop.app" / "Contents" / "MacOS" / "fibro-desktop", work / "data")


def check_linux(installer: Path, work: Path) -> None:
    subprocess.run(["tar", "-xzf", str(installer), "-C", str(work)], check=True)
    unpacked = next(work.glob("fibro-desktop-*/"))
    home = work / "home"
    env = dict(os.environ, HOME=str(home))
    env.pop("XDG_DATA_HOME", None)
    subprocess.run(["sh", str(unpacked / "install.sh")], check=True, env=env)
    desktop = home / ".local" / "share" / "applications" / "fibro-desktop.desktop"
    if f"Exec={home}/.local/opt/fibro-desktop/fibro-desktop" not in desktop.read_text():
        raise SystemExit("the menu entry does not start the installed app")
    run_smoke(home / ".local" / "bin" / "fibro-desktop", work / "data")
    subprocess.run(["sh", str(unpacked / "install.sh"), "--uninstall"], check=True, env=env)
    if desktop.exists() or (home / ".local" / "opt" / "fibro-desktop").exists():
        raise SystemExit("install.sh --uninstall left files behind")
    say("installed, smoke-tested and uninstalled")


def find_installer() -> Path:
    pattern = {"win32": "*-windows-setup.exe", "darwin": "*.dmg"}.get(sys.platform, "*-linux-*.tar.gz")
    found = sorted(DIST.glob(pattern))
    if not found:
        raise SystemExit(f"no installer matching {pattern} in {DIST}: run packaging/build.py first")
    return found[-1]


def main(argv: list[str]) -> int:
    installer = Path(argv[0]).resolve() if argv else find_installer()
    say(f"checking {installer.name}")
    with tempfile.TemporaryDirectory(prefix="fibro-installer-check-") as tmp:
        check = {"win32": check_windows, "darwin": check_macos}.get(sys.platform, check_linux)
        check(installer, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
