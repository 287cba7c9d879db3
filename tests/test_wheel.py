"""An installed wheel carries resources/ where the resource helper looks."""

import subprocess
import sys
import zipfile

from tests.conftest import REPO_ROOT


def test_the_wheel_ships_resources_inside_the_package(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                    "-w", str(tmp_path), str(REPO_ROOT)], check=True, capture_output=True,
                   cwd=tmp_path)
    wheel = next(tmp_path.glob("fibro_desktop-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "fibro_desktop/_resources/icons/fibro-desktop.svg" in names
    assert "fibro_desktop/resources.py" in names
    assert "fibro_desktop/_resources/audio/manifest.json" in names
    assert not any(name.startswith("tests/") for name in names)
