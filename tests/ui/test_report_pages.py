"""The report's PDF read back page by page (pdftotext, as the report
command's test does): no table row split across a page break, no line
printed twice, and the block placement rules behind it."""

import re
import subprocess
from datetime import date, datetime, timedelta

import pytest

from fibro_desktop.core.insights.periods import Period
from fibro_desktop.core.journal.records import CheckIn, Dose, Medication
from fibro_desktop.store.checkins import save_checkin
from fibro_desktop.store.medications import save_dose, save_medication
from fibro_desktop.ui.charts.report import ReportOptions, write_report_pdf
from tests.charts_data_set import CET
from tests.conftest import TEST_NOW
from tests.test_report_cli import pdf_text

LAST = date(2026, 11, 24)
WORDS = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa".split()


def pages_of(path) -> list[str]:
    pdf_text(path)  # skips without pdftotext
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [page for page in text.split("\f") if page.strip()]


def long_report(db, tmp_path):
    """Forty medications whose long descriptions wrap over several lines,
    and a note of many lines: several pages with rows at every break."""
    for i in range(10):
        save_checkin(db, CheckIn(LAST - timedelta(days=i), mood=5, stress=4), TEST_NOW)
    for i in range(40):
        amount = f"qa{i:02d} " + " ".join(f"{w}{i:02d}" for w in WORDS[:14]) + f" qz{i:02d}"
        med = save_medication(db, Medication(f"Remedy {i:02d}", "tablet", amount), TEST_NOW)
        save_dose(db, Dose(med.uid, datetime(2026, 11, 20, 9, 0, tzinfo=CET), side_effects=f"effect{i:02d}"), TEST_NOW)
    note = "\n".join(f"Note line {i:02d}: " + " ".join(f"{w}{i:02d}" for w in WORDS) for i in range(40))
    out = tmp_path / "long.pdf"
    write_report_pdf(db, out, ReportOptions(Period(LAST - timedelta(days=89), LAST), note=note), TEST_NOW)
    return pages_of(out)


def test_no_row_is_split_across_pages_and_no_line_is_printed_twice(qapp, db, tmp_path):
    pages = long_report(db, tmp_path)
    assert len(pages) >= 4
    for i in range(40):
        # a whole row (its wrapped usual amount included) lies on one page
        holding = [n for n, page in enumerate(pages) if f"qa{i:02d}" in page or f"qz{i:02d}" in page]
        assert holding, i
        page = pages[holding[0]]
        assert f"qa{i:02d}" in page and f"qz{i:02d}" in page and f"Remedy {i:02d}" in page, i
    # Every line holding a word of a row or of the note (each word is unique
    # to its row or note line) is printed once in the whole PDF.
    lines = [line.strip() for page in pages for line in page.splitlines()]
    marked = [line for line in lines if re.search(r"[a-z]\d\d\b", line)]
    assert len(marked) > 100
    assert [line for line in marked if marked.count(line) > 1] == []
    for i in range(40):
        assert sum(page.count(f"Note line {i:02d}:") for page in pages) == 1


def test_a_heading_never_ends_a_page_and_blocks_are_whole():
    from fibro_desktop.ui.charts.report_pages import paginate

    # heading (kept with next) would be last on page 1: it moves to page 2 with its block
    assert paginate([40, 40, 15, 30], [False, False, True, False], 100) == [[0, 1], [2, 3]]
    # a table head stays with the first row, rows then flow
    assert paginate([60, 10, 10, 10, 10], [False, True, False, False, False], 80) == [[0, 1, 2], [3, 4]]
    # a block taller than a page gets a page of its own
    assert paginate([10, 250, 10], [False, False, False], 100) == [[0], [1], [2]]


@pytest.mark.parametrize("page_size", ["a4", "letter"])
def test_every_page_carries_its_number(qapp, db, tmp_path, page_size):
    out = tmp_path / "r.pdf"
    write_report_pdf(db, out, ReportOptions(Period(LAST - timedelta(days=6), LAST), page_size), TEST_NOW)
    pages = pages_of(out)
    for n, page in enumerate(pages, start=1):
        assert f"page {n} of {len(pages)}" in page
