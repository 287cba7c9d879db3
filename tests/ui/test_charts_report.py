"""The provider report document, in process: empty periods, a short period
drawn per day, and what it must never print."""

import re
from datetime import date

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from fibro_desktop.core.insights.periods import Period
from fibro_desktop.ui.charts.report import ReportOptions, build_report
from tests.charts_data_set import fill_known
from tests.conftest import TEST_NOW


def test_an_empty_period_gives_a_calm_complete_report(qapp, db):
    doc = build_report(db, ReportOptions(Period(date(2026, 1, 1), date(2026, 1, 1))), TEST_NOW)
    text = doc.toPlainText()
    assert "(1 day)" in text
    assert re.search(r"Spasms logged\s*0", text)
    assert "None in this period." in text and "You have not used the medication log." in text
    assert "Not enough data yet" in text
    assert "not a diagnosis" in text


def test_a_short_period_shows_its_charts_and_the_known_counts(qapp, db):
    fill_known(db, TEST_NOW)
    doc = build_report(db, ReportOptions(Period(date(2026, 11, 20), date(2026, 11, 24)), note="Hello"), TEST_NOW)
    text = doc.toPlainText()
    for name in ("spasms", "checkins"):  # the two charts, their titles drawn inside
        image = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart://{name}"))
        assert isinstance(image, QImage) and not image.isNull()
    assert re.search(r"Spasms logged\s*3", text)
    assert re.search(r"Typical intensity \(median, 0–10\)\s*6", text)  # 4, 6, 8
    assert "Hello" in text
    assert not re.search(r"\b[0-9a-f]{32}\b", text)  # no uids


def test_a_short_period_names_a_day_without_any_record(qapp, db):
    fill_known(db, TEST_NOW)  # 20 to 23 November have records, the 24th none
    doc = build_report(db, ReportOptions(Period(date(2026, 11, 20), date(2026, 11, 24))), TEST_NOW)
    text = " ".join(doc.toPlainText().split())
    assert "No record at all on Tue 24 Nov 2026: left blank in the chart" in text
    assert "1 day without any record is left out of these numbers" in text
