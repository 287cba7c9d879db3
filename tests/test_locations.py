"""Where data lives: --data-dir, then the environment, then the OS default."""

import sys
from pathlib import Path

import pytest

from fibro_desktop import identity, locations


def test_explicit_folder_wins_over_environment(tmp_path):
    env = {locations.DATA_DIR_ENV: str(tmp_path / "env")}
    assert locations.resolve_data_dir(tmp_path / "cli", env) == tmp_path / "cli"


def test_environment_is_used_when_no_folder_is_given(tmp_path):
    env = {locations.DATA_DIR_ENV: str(tmp_path / "env")}
    assert locations.resolve_data_dir(None, env) == tmp_path / "env"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders are Linux")
def test_default_is_the_per_user_app_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    folder = locations.resolve_data_dir(None, {})
    assert folder == Path(tmp_path / "xdg-data" / identity.ORGANIZATION_NAME / identity.APPLICATION_NAME)


def test_logs_stay_inside_an_overridden_data_folder(tmp_path):
    assert locations.log_dir_for(tmp_path, overridden=True) == tmp_path / "logs"
