"""The provider report never claims success it did not have: a place it
cannot write and a full disk are reported (GUI message, CLI exit 1) and
leave no empty "report" behind; the PDF and the lock file are owner-only
whatever the umask."""

import os
import stat
from datetime import date

import pytest

from fibro_desktop.core.insights.periods import Period
from fibro_desktop.store.database import open_database
from fibro_desktop.ui.charts.report import ReportNotWritten, ReportOptions, write_report_pdf
from tests.conftest import TEST_NOW, run_cli
from tests.small_disk import fill_up, small_disk

OPTIONS = ReportOptions(Period(date(2026, 11, 1), date(2026, 11, 24)))


@pytest.fixture
def saved(data_dir):
    open_database(data_dir, now=TEST_NOW).close()
    return data_dir


def test_report_to_a_place_it_cannot_write_exits_non_zero_and_says_so(saved, tmp_path):
    folder = tmp_path / "report.pdf"
    folder.mkdir()  # the name is taken by a folder: nothing can be written there
    result = run_cli("report", "--data-dir", str(saved), "--out", str(folder))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "report written" not in result.stdout
    assert "could not be written" in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.glob("*.partial")) == []


@pytest.fixture
def full_disk(tmp_path):
    """A real, tiny file system with no byte left."""
    with small_disk(tmp_path, "64k") as mount:
        fill_up(mount)
        yield mount


def test_report_on_a_full_disk_exits_non_zero_and_leaves_no_empty_file(saved, full_disk):
    out = full_disk / "report.pdf"
    result = run_cli("report", "--data-dir", str(saved), "--out", str(out))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "report written" not in result.stdout
    assert "the disk is full" in result.stderr
    assert not out.exists() and not (full_disk / "report.pdf.partial").exists()


def test_the_report_dialog_says_the_disk_is_full_in_plain_words(qapp, db, full_disk, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from fibro_desktop.core.fake_clock import FakeClock
    from fibro_desktop.shell import AppContext
    from fibro_desktop.ui.charts.report_dialog import make_report_with_progress
    from fibro_desktop.ui.preferences import Preferences, WindowState

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, title, text: shown.append(text)))
    ctx = AppContext(full_disk, full_disk, db, FakeClock(wall=TEST_NOW), Preferences(full_disk.parent),
                     WindowState(full_disk.parent))
    assert make_report_with_progress(None, ctx, full_disk / "report.pdf", OPTIONS) is None
    assert shown and "the disk is full" in shown[0]
    assert not (full_disk / "report.pdf").exists()


def test_the_report_dialog_names_a_place_it_cannot_write(qapp, db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from fibro_desktop.core.fake_clock import FakeClock
    from fibro_desktop.shell import AppContext
    from fibro_desktop.ui.charts.report_dialog import make_report_with_progress
    from fibro_desktop.ui.preferences import Preferences, WindowState

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, title, text: shown.append(text)))
    ctx = AppContext(tmp_path, tmp_path, db, FakeClock(wall=TEST_NOW), Preferences(tmp_path), WindowState(tmp_path))
    target = tmp_path / "taken.pdf"
    target.mkdir()
    assert make_report_with_progress(None, ctx, target, OPTIONS) is None
    assert shown and "could not be written" in shown[0] and "Errno" not in shown[0]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_the_report_and_the_lock_file_are_owner_only_whatever_the_umask(qapp, db, tmp_path, umask):
    from fibro_desktop.ui.single_instance import LOCK_FILE_NAME, SingleInstance

    previous = os.umask(umask)
    try:
        out = write_report_pdf(db, tmp_path / "report.pdf", OPTIONS, TEST_NOW)
        instance = SingleInstance(tmp_path)
        assert instance.lock()
    finally:
        os.umask(previous)
    try:
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
        assert stat.S_IMODE((tmp_path / LOCK_FILE_NAME).stat().st_mode) == 0o600
    finally:
        instance.release()


def test_a_failed_report_raises_and_leaves_nothing(db, tmp_path, qapp):
    target = tmp_path / "r.pdf"
    target.mkdir()
    with pytest.raises(ReportNotWritten):
        write_report_pdf(db, target, OPTIONS, TEST_NOW)
    assert list(tmp_path.glob("r.pdf*")) == [target] and target.is_dir()
