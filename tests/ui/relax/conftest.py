"""Fixtures for the Relax tab: a page on a fresh database, and a recorder of
our own process's audio stream on the PulseAudio null sink."""

from __future__ import annotations

import array
import math
import os
import re
import shutil
import subprocess
import tempfile

import pytest


@pytest.fixture
def relax_page(qtbot, app_context):
    from fibro_desktop.ui.relax.page import RelaxPage

    page = RelaxPage(app_context)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    yield page
    page.shutdown()


def own_stream_index() -> str | None:
    """Index of this process's newest PulseAudio sink input (Qt's output stream)."""
    listing = subprocess.run(["pactl", "list", "sink-inputs"], capture_output=True, text=True).stdout
    ours = [int(block.split("\n", 1)[0].strip()) for block in listing.split("Sink Input #")[1:]
            if f'application.process.id = "{os.getpid()}"' in block]
    return str(max(ours)) if ours else None


def stream_rms(index: str, seconds: float = 0.6) -> float:
    """RMS (0-32767) of what our stream sends to the sink during ``seconds``.

    Records only this process's stream (``--monitor-stream``), so other
    programs on the same sound server cannot disturb the measurement.
    """
    result = subprocess.run(
        ["timeout", f"{seconds}", "parec", f"--monitor-stream={index}", "--raw",
         "--format=s16le", "--rate=16000", "--channels=1", "--latency-msec=50"],
        capture_output=True)
    samples = array.array("h", result.stdout[: len(result.stdout) // 2 * 2])
    return math.sqrt(sum(s * s for s in samples) / len(samples)) if samples else 0.0


@pytest.fixture
def sink():
    """Skip when there is no PulseAudio server to play into."""
    if not shutil.which("pactl") or not shutil.which("parec"):
        pytest.skip("PulseAudio utilities are not installed")
    info = subprocess.run(["pactl", "info"], capture_output=True, text=True)
    if info.returncode != 0:
        pytest.skip("no PulseAudio server")
    return re.search(r"Default Sink: (\S+)", info.stdout)


class StreamRecorder:
    """Records this process's stream ``index`` (16 kHz mono) until :meth:`stop`.

    For checks over a stretch of playback whose end is a condition (the loop
    seam passed, the fade reached silence), not a fixed time.
    """

    RATE = 16000

    def __init__(self, index: str):
        self._file = tempfile.TemporaryFile()
        self._process = subprocess.Popen(
            ["parec", f"--monitor-stream={index}", "--raw", "--format=s16le", f"--rate={self.RATE}",
             "--channels=1", "--latency-msec=10"], stdout=self._file)

    def recorded_ms(self) -> float:
        """How much has been recorded so far."""
        return os.fstat(self._file.fileno()).st_size / 2 / self.RATE * 1000

    def peek(self, last_ms: int) -> array.array:
        """The last ``last_ms`` recorded so far (recording goes on)."""
        size = os.fstat(self._file.fileno()).st_size // 2 * 2
        wanted = min(size, self.RATE * last_ms // 1000 * 2)
        return array.array("h", os.pread(self._file.fileno(), wanted, size - wanted))

    def stop(self) -> array.array:
        self._process.terminate()
        self._process.wait()
        self._file.seek(0)
        data = self._file.read()
        self._file.close()
        return array.array("h", data[: len(data) // 2 * 2])


def window_levels_db(samples, window_ms: int = 10) -> list[float]:
    """The level (dBFS, RMS) of each ``window_ms`` window of 16 kHz samples."""
    size = StreamRecorder.RATE * window_ms // 1000
    levels = []
    for start in range(0, len(samples) - size + 1, size):
        part = samples[start:start + size]
        rms = math.sqrt(sum(s * s for s in part) / size) / 32768
        levels.append(20 * math.log10(rms) if rms > 0 else -120.0)
    return levels
