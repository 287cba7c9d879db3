"""The start-up probe that benchmarks/frozen_startup.py uses to time a
frozen build from outside: first paint, then ready, then a clean exit."""

from tests.conftest import run_cli


def test_the_probe_reports_first_paint_then_ready_and_exits(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "preferences.ini").write_text("[general]\nwelcome_seen=true\n")
    result = run_cli("--data-dir", str(data), env={"FIBRO_DESKTOP_STARTUP_PROBE": "1"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["PAINTED", "READY"]
