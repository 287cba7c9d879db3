#!/usr/bin/env python3
"""Set up and run Fibro Desktop from a source checkout, in one command.

    python3 dev.py run  [app arguments]    set up, then start the app
    python3 dev.py test [pytest arguments] set up, then run the whole test suite

Both are idempotent. They create ``.venv`` and install the project with its
tested dependency ranges (again only when ``pyproject.toml`` changes), and
compile the translations (``packaging/build_translations.py``). On
Debian/Ubuntu they also install the system libraries Qt needs
(``libpulse0`` for QtMultimedia, the xcb libraries for a real window) and, for
the tests, a PulseAudio server of the test run's own with a silent "null
sink", so audio can be played and recorded without a sound card and the
developer's own sound server is left exactly as it was. Only the standard library is used
here, because this runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".fibro-setup-stamp"
NULL_SINK = "fibro_null"

# Debian packages: what the app needs to run, and what the tests need on top.
RUN_PACKAGES = [
    "libpulse0", "libegl1", "libgl1", "libfontconfig1", "libdbus-1-3", "libxkbcommon0",
    "libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
    "libxcb-randr0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xinerama0", "libxcb-xkb1",
    "fonts-dejavu-core",
]
TEST_PACKAGES = ["pulseaudio", "pulseaudio-utils", "poppler-utils", "xvfb", "strace", "libxtst6"]


def say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def venv_python() -> Path:
    scripts = "Scripts" if os.name == "nt" else "bin"
    return VENV / scripts / ("python.exe" if os.name == "nt" else "python")


# -- system packages (Debian and derivatives only) ----------------------------
def missing_debian_packages(packages: list[str]) -> list[str]:
    missing = []
    for package in packages:
        result = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package],
                                capture_output=True, text=True)
        if "install ok installed" not in result.stdout:
            missing.append(package)
    return missing


def ensure_debian_packages(packages: list[str]) -> None:
    if not sys.platform.startswith("linux") or not shutil.which("dpkg-query") or not shutil.which("apt-get"):
        return
    missing = missing_debian_packages(packages)
    if not missing:
        return
    prefix: list[str] = []
    if os.geteuid() != 0:
        if not shutil.which("sudo"):
            say("please install these packages as root, then run again: " + " ".join(missing))
            sys.exit(1)
        prefix = ["sudo"]
    say("installing system packages: " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(prefix + ["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(prefix + ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
                   check=True, env=env)


# -- Python environment ----------------------------------------------------
def ensure_venv() -> None:
    if not venv_python().exists():
        say("creating .venv")
        try:
            venv.create(VENV, with_pip=True)
        except Exception:
            # Debian's python3 ships venv's pip support separately.
            shutil.rmtree(VENV, ignore_errors=True)
            ensure_debian_packages([f"python3.{sys.version_info.minor}-venv"])
            venv.create(VENV, with_pip=True)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    say("installing the app and its test tools into .venv (first time, or pyproject.toml changed)")
    python = str(venv_python())
    subprocess.run([python, "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True)
    subprocess.run([python, "-m", "pip", "install", "-q", "-e", f"{ROOT}[test,lint]"], check=True)
    STAMP.write_text(wanted)


# -- audio for tests -------------------------------------------------------
def start_private_pulseaudio() -> tuple[subprocess.Popen | None, dict[str, str], Path | None]:
    """Start a PulseAudio server of the test run's own, with one silent null sink.

    The developer's own sound server (if any) is never touched: the tests
    reach the private one through ``PULSE_SERVER`` and play to ``PULSE_SINK``;
    :func:`stop_private_pulseaudio` ends it. Returns the process, the
    environment for the tests and the folder to remove (``None``s without
    PulseAudio).
    """
    if not sys.platform.startswith("linux") or not shutil.which("pulseaudio"):
        return None, {}, None
    runtime = Path(tempfile.mkdtemp(prefix="fibro-pulse-"))
    socket = runtime / "native"
    env = dict(os.environ, PULSE_RUNTIME_PATH=str(runtime), PULSE_STATE_PATH=str(runtime))
    env.pop("PULSE_SERVER", None)
    server = subprocess.Popen(
        ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
         "--log-target=stderr", "--log-level=error",
         "-L", f"module-native-protocol-unix socket={socket} auth-anonymous=1",
         "-L", f"module-null-sink sink_name={NULL_SINK} sink_properties=device.description=FibroNullSink"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    address = f"unix:{socket}"
    for _ in range(100):  # it answers within a second; give a busy machine ten
        if server.poll() is not None:
            break
        if subprocess.run(["pactl", "-s", address, "info"], capture_output=True).returncode == 0:
            say("started a private PulseAudio server with a null sink for the audio tests")
            return server, {"PULSE_SERVER": address, "PULSE_SINK": NULL_SINK}, runtime
        time.sleep(0.1)
    say("PulseAudio did not start; the audio tests will be skipped")
    stop_private_pulseaudio(server, runtime)
    return None, {}, None


def stop_private_pulseaudio(server: subprocess.Popen | None, runtime: Path | None) -> None:
    if server is not None and server.poll() is None:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    if runtime is not None:
        shutil.rmtree(runtime, ignore_errors=True)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    ensure_debian_packages(RUN_PACKAGES + (TEST_PACKAGES if command == "test" else []))
    ensure_venv()
    python = str(venv_python())
    # The app loads compiled catalogues (.qm, git-ignored); rebuilt when a .ts changed.
    subprocess.run([python, str(ROOT / "packaging" / "build_translations.py")], check=True, cwd=ROOT)
    if command == "run":
        return subprocess.call([python, "-m", "fibro_desktop", *rest], cwd=ROOT)
    server, audio_env, runtime = start_private_pulseaudio()
    try:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **audio_env)
        return subprocess.call([python, "-m", "pytest", *rest], cwd=ROOT, env=env)
    finally:
        stop_private_pulseaudio(server, runtime)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
