"""``dev.py test`` leaves the developer's sound as it found it: the audio
tests get a PulseAudio server of their own, and it goes away afterwards."""

import importlib.util
import os
import shutil
import subprocess

import pytest

from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.skipif(not shutil.which("pulseaudio") or not shutil.which("pactl"),
                                reason="needs PulseAudio")


def _dev():
    spec = importlib.util.spec_from_file_location("dev_script", REPO_ROOT / "dev.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _default_sink(env: dict) -> str:
    return subprocess.run(["pactl", "get-default-sink"], capture_output=True, text=True, env=env).stdout.strip()


def test_the_private_server_has_the_null_sink_and_leaves_the_surrounding_one_alone():
    dev = _dev()
    surrounding = dict(os.environ)
    before = _default_sink(surrounding)
    server, env, runtime = dev.start_private_pulseaudio()
    assert server is not None, "PulseAudio did not start"
    try:
        private = dict(os.environ, **env)
        assert env["PULSE_SINK"] == dev.NULL_SINK
        assert _default_sink(private) == dev.NULL_SINK
        assert env["PULSE_SERVER"] != surrounding.get("PULSE_SERVER")
    finally:
        dev.stop_private_pulseaudio(server, runtime)
    assert server.poll() is not None
    assert not runtime.exists()
    assert _default_sink(surrounding) == before
