"""``fibro-desktop report``: a real PDF, read back with pdftotext."""

import re
import shutil
import subprocess

import pytest

from fibro_desktop.store.database import open_database
from tests.charts_data_set import fill_known
from tests.conftest import TEST_NOW, run_cli


def pdf_text(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed; python3 dev.py test installs it")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_the_report_command_writes_a_pdf_with_the_right_numbers(data_dir, tmp_path):
    db = open_database(data_dir, now=TEST_NOW)
    fill_known(db, TEST_NOW)
    db.close()
    out = tmp_path / "report.pdf"
    result = run_cli("report", "--data-dir", str(data_dir), "--out", str(out), "--from", "2026-11-20",
                     "--to", "2026-11-24", "--note", "Calf cramps wake me up.")
    assert result.returncode == 0, result.stderr
    assert "report written" in result.stdout
    text = pdf_text(out)
    flat = " ".join(text.split())
    assert "20 November 2026" in flat and "24 November 2026" in flat and "(5 days)" in flat
    assert re.search(r"Spasms logged\s+3\b", text)
    assert re.search(r"Days tracked\s+4 of 5 days", text)
    assert re.search(r"Days with at least one spasm\s+2 of 4 tracked days", text)
    assert re.search(r"Daily check-ins\s+2\b", text)
    assert re.search(r"Magnesium\s+1 capsule\s+2 days\s+1\b", text)  # taken on 2 days, skipped once
    assert "Calf cramps wake me up." in flat
    assert "not a diagnosis" in flat and "not a medical device" in flat
    assert re.search(r"page 1 of \d", flat)
    # No internal ids: a uid is 32 hex characters.
    assert not re.search(r"\b[0-9a-f]{32}\b", text)


def test_report_dates_the_wrong_way_round_are_refused(data_dir, tmp_path):
    result = run_cli("report", "--data-dir", str(data_dir), "--out", str(tmp_path / "r.pdf"),
                     "--from", "2026-11-24", "--to", "2026-11-01")
    assert result.returncode == 2
    assert "before the last" in result.stdout
    assert not (tmp_path / "r.pdf").exists()
