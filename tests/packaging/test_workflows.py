"""The GitHub workflows and release scripts, checked from here (issue 22):
no machine here runs them, so their promises are read statically."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT
from tests.packaging.helpers import load

WORKFLOWS = REPO_ROOT / ".github" / "workflows"


def test_every_third_party_action_is_pinned_by_commit():
    for workflow in WORKFLOWS.glob("*.yml"):
        for line in workflow.read_text().splitlines():
            match = re.search(r"uses:\s*(\S+)", line)
            if match:
                assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", match.group(1)), (workflow.name, line)
                assert "# v" in line, f"name the release beside the commit: {line}"


def test_the_tests_run_on_three_systems_through_the_readme_command():
    text = (WORKFLOWS / "tests.yml").read_text()
    assert re.search(r"os: \[ubuntu-[\d.]+, windows-\d+, macos-\d+\]", text)
    assert "python dev.py test" in text
    assert "python3 dev.py test" in (REPO_ROOT / "README.md").read_text()
    assert "push:" in text and "pull_request:" in text


def test_installers_build_on_app_changes_publish_only_for_tags_and_carry_sums():
    text = (WORKFLOWS / "release.yml").read_text()
    assert '"fibro_desktop/**"' in text
    assert "if: startsWith(github.ref, 'refs/tags/v')" in text
    assert "dist/*.sha256" in text and "SHA256SUMS.txt" in text
    assert 'min_os.py "dist/Fibro Desktop.app"' in text


def test_macos_signing_goes_inside_out_without_deep_and_staples_app_and_image():
    script = (REPO_ROOT / "packaging" / "macos" / "make_dmg.sh").read_text()
    signing = [line for line in script.splitlines() if "codesign" in line and "--sign" in line]
    assert signing and not any("--deep" in line for line in signing)
    assert 'xcrun stapler staple "$app"' in script and 'xcrun stapler staple "$dmg"' in script
    assert script.index('--entitlements') > script.index('-name "*.framework"')  # the app is signed last
    if shutil.which("bash"):
        subprocess.run(["bash", "-n", str(REPO_ROOT / "packaging" / "macos" / "make_dmg.sh")], check=True)


def test_windows_signing_runs_signtool_only_with_a_certificate(tmp_path):
    sign = load("windows/sign.py")
    calls = []
    files = [tmp_path / "fibro-desktop.exe", tmp_path / "fibro-desktop-cli.exe"]
    assert sign.sign(files, environ={}, run=calls.append, signtool=lambda: "signtool.exe") is False
    assert calls == []
    pfx = base64.b64encode(b"not a real certificate").decode()
    env = {"WINDOWS_CERTIFICATE_PFX_BASE64": pfx, "WINDOWS_CERTIFICATE_PASSWORD": "secret"}
    seen_files = []
    assert sign.sign(files, environ=env, run=lambda cmd: (calls.append(cmd), seen_files.append(
        Path(cmd[cmd.index("/f") + 1]).read_bytes())), signtool=lambda: "signtool.exe") is True
    command = calls[0]
    assert command[:2] == ["signtool.exe", "sign"]
    assert command[command.index("/fd") + 1] == "SHA256" and command[command.index("/td") + 1] == "SHA256"
    assert command[-2:] == [str(f) for f in files]
    assert seen_files == [b"not a real certificate"]
    assert not Path(command[command.index("/f") + 1]).exists()  # the key is gone after signing


def test_checksums_are_in_the_format_sha256sum_reads(tmp_path):
    checksums = load("checksums.py")
    installer = tmp_path / "fibro-desktop-0.1.0-windows-setup.exe"
    installer.write_bytes(b"installer bytes")
    out = checksums.write_checksum(installer)
    assert out.name == installer.name + ".sha256"
    if not shutil.which("sha256sum"):
        pytest.skip("no sha256sum here")
    subprocess.run(["sha256sum", "-c", out.name], cwd=tmp_path, check=True, capture_output=True)


def test_windows_has_a_console_twin_for_the_command_line():
    pyproject = (REPO_ROOT / "pyproject.toml").read_text()
    assert 'fibro-desktop-cli = "fibro_desktop.cli:main"' in pyproject.split("[project.scripts]")[1]
    spec = (REPO_ROOT / "packaging" / "fibro_desktop.spec").read_text()
    assert 'name=f"{EXE_NAME}-cli"' in spec and "console=True" in spec
