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
    # Licences (issue 22): the app's own in the metadata, the notices in the resources.
    assert any(name.endswith((".dist-info/LICENSE", ".dist-info/licenses/LICENSE")) for name in names)
    assert "fibro_desktop/_resources/licenses/THIRD-PARTY-NOTICES.txt" in names
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "fibro-desktop-cli = fibro_desktop.cli:main" in text.split("[console_scripts]")[1]
