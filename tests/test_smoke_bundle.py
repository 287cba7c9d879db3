"""The smoke test's bundle checks report what a broken build would lack."""

import shutil

from fibro_desktop.resources import resources_root
from fibro_desktop.smoke_bundle import check_charts, check_resources, check_text


def test_the_resources_check_passes_on_the_real_folder(qapp):
    problems, notes = [], []
    check_resources(problems, notes)
    assert problems == []
    assert "resource files found" in notes[0]


def test_the_resources_check_names_a_missing_sound(qapp, tmp_path):
    copy = tmp_path / "resources"
    shutil.copytree(resources_root(), copy)
    (copy / "sounds" / "soundcheck.ogg").unlink()
    problems = []
    check_resources(problems, [], root=copy)
    assert problems == ["resources missing: sounds/soundcheck.ogg"]


def test_the_resources_check_notices_an_icon_that_does_not_render(qapp, tmp_path):
    copy = tmp_path / "resources"
    shutil.copytree(resources_root(), copy)
    (copy / "icons" / "fibro-desktop.svg").write_text("not a drawing")
    problems = []
    check_resources(problems, [], root=copy)
    assert any("does not render" in problem for problem in problems)


def test_charts_and_text_checks_pass_here(qapp):
    problems, notes = [], []
    check_charts(problems, notes)
    check_text(problems, notes)
    assert problems == []
    assert len(notes) == 2
