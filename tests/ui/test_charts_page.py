"""The Charts tab as a person sees it: empty, with a known week, with the
demo year, with ten years; the period picker; PNG export; light and dark."""

from datetime import UTC, date, timedelta

from PySide6.QtGui import QColor, QImage

from fibro_desktop.core.insights.periods import Period
from fibro_desktop.demo import fill_demo_data
from tests.charts_data_set import fill_known
from tests.conftest import TEST_NOW

WEEK = Period(date(2026, 11, 20), date(2026, 11, 24))


def open_charts(shell):
    page = shell.window.show_tab("charts")
    page.finish_building()  # the later cards are otherwise built one per event-loop turn
    return page


def test_with_no_data_a_friendly_empty_state(shell):
    page = open_charts(shell)
    assert not page.empty_notice.isHidden()
    assert "Nothing to chart yet" in page.empty_notice.text()
    assert len(page.cards) == 8 and all(card.isHidden() for card in page.cards.values())


def test_a_known_week(shell, db):
    fill_known(db, TEST_NOW)
    page = open_charts(shell)
    page.set_period("custom", WEEK)
    assert page.summary_label.text() == "3 spasms, 2 check-ins"
    spasms = page.cards["spasms"]
    assert spasms.showing_chart
    assert list(spasms.bars.opts["height"]) == [1, 0, 0, 2, 0]  # Fri 20 .. Tue 24
    assert page.show_card("where").showing_chart and page.show_card("kinds").showing_chart
    heat = page.cards["where"].body_map.heat()
    assert heat[("calves", "left")] == 1.0 and heat[("neck", None)] == 1.0
    # No breaks or listening yet: calm pointers to those tabs.
    assert "Pacing tab" in page.show_card("pacing").empty_label.text()
    assert "Relax tab" in page.show_card("relax").empty_label.text()
    page.show_insights_card()
    triggers = page.insights_card.sections["triggers"].text()
    assert "not enough data yet" in triggers
    reliefs = page.insights_card.sections["reliefs"].text()
    assert "Heat" in reliefs and "helped 2 of 2 times: too few ratings to say yet (10 needed)" in reliefs
    assert "helped 0 of 1 time: too few ratings to say yet" in reliefs


def test_later_cards_are_built_after_the_first_paint(shell, db, qtbot):
    fill_known(db, TEST_NOW)
    page = shell.window.show_tab("charts")
    assert len(page.cards) < 8
    qtbot.waitUntil(lambda: len(page.cards) == 8)
    assert page.cards["relax"].isVisibleTo(page)


def test_a_card_off_screen_is_drawn_when_it_scrolls_into_view(shell, db):
    fill_known(db, TEST_NOW)
    page = open_charts(shell)
    page.set_period("custom", WEEK)
    kinds = page.cards["kinds"]
    assert kinds.drawn_data is not page.data  # below the fold: not drawn yet
    page.scroll.ensureWidgetVisible(kinds, 0, 0)
    assert kinds.drawn_data is page.data and kinds.showing_chart


def test_insights_are_worked_out_when_they_come_into_view(shell, db):
    fill_known(db, TEST_NOW)
    page = open_charts(shell)
    page.set_period("custom", WEEK)
    assert page.insights is None  # far below the charts
    page.scroll.verticalScrollBar().setValue(page.scroll.verticalScrollBar().maximum())
    assert page.insights is not None and page.insights.tracked_days == 4  # 20th-23rd (the 21st: a skipped dose logged)
    assert "Heat" in page.insights_card.sections["reliefs"].text()


def test_hover_reads_out_the_day_under_the_pointer(shell, db):
    fill_known(db, TEST_NOW)
    page = open_charts(shell)
    page.set_period("custom", WEEK)
    card = page.cards["spasms"]
    text = card._describe(card._xs[3])
    assert "2 spasms" in text


def test_custom_dates_the_wrong_way_round_are_explained(shell, db):
    fill_known(db, TEST_NOW)
    page = open_charts(shell)
    page.set_period("custom", Period(date(2026, 11, 1), date(2026, 11, 2)))
    page.from_edit.setDate(page.to_edit.date().addDays(3))
    assert page.range_error.text() == "The first day must come before the last."


def test_the_period_picker_updates_every_chart(shell, db, qtbot):
    fill_demo_data(db, TEST_NOW)
    page = open_charts(shell)
    page.set_period("90")
    assert page.data.period.days == 90
    for key in ("spasms", "intensity", "when", "where", "kinds", "checkins"):
        assert page.show_card(key).showing_chart, key
    page.period_combo.setCurrentIndex(page.period_combo.findData("7"))
    assert page.data.period == Period(TEST_NOW.date() - timedelta(days=6), TEST_NOW.date())
    assert len(page.show_card("spasms").bars.opts["x"]) == 7
    assert sum(map(sum, page.data.when)) == page.data.episode_total
    assert page.summary_label.text().startswith(f"{page.data.episode_total} spasms")
    for key in ("intensity", "checkins"):
        card = page.show_card(key)
        # Weekly points sit mid-week, so allow the week around each end.
        assert all(page.data.period.first - timedelta(days=7) <= d <= page.data.period.last + timedelta(days=7)
                   for d in _days_of(card)), key
        assert len(card._xs) <= 7
    page.set_period("all")
    qtbot.waitUntil(lambda: page.fully_loaded, timeout=10000)
    page.set_period("all")
    assert page.data.period.first == date(2025, 11, 24)


def _days_of(card):
    from datetime import datetime

    xs = card._xs
    return [datetime.fromtimestamp(x, UTC).date() for x in xs]


def test_png_export_writes_a_non_blank_picture(shell, db, tmp_path):
    from fibro_desktop.ui.charts.export import export_png

    fill_demo_data(db, TEST_NOW)
    page = open_charts(shell)
    card = page.cards["spasms"]
    path = export_png(card, tmp_path / "spasms.png")
    image = QImage(str(path))
    assert not image.isNull()
    assert image.width() >= card.graphics.width() * 1.9
    colours = {QColor(image.pixel(x, y)).name()
               for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 5


def test_dark_theme_redraws_on_dark_ground(shell, db, qtbot):
    from PySide6.QtWidgets import QApplication

    from fibro_desktop.ui.theme import build_palette

    fill_known(db, TEST_NOW)
    page = open_charts(shell)
    old_card = page.cards["spasms"]
    # What the theme controller does on a switch (its style sheet step is
    # left out: it re-polishes every widget of the test session).
    QApplication.setPalette(build_palette(True))
    try:
        qtbot.waitUntil(lambda: page.cards["spasms"] is not old_card)
        page.finish_building()
        card = page.cards["spasms"]
        image = card.graphics.grab().toImage()
        assert QColor(image.pixel(5, 5)).lightness() < 128
        assert card.showing_chart
    finally:
        QApplication.setPalette(build_palette(False))


def test_the_file_menu_offers_the_provider_report(shell):
    names = [a.objectName() for a in shell.menus["file"].actions()]
    assert "provider_report" in names


def test_the_report_dialog_checks_its_dates(qtbot):
    from fibro_desktop.ui.charts.report_dialog import ReportDialog

    dialog = ReportDialog(date(2026, 11, 24))
    qtbot.addWidget(dialog)
    dialog.to_edit.setDate(dialog.from_edit.date().addDays(-1))
    assert dialog.error_label.text() == "The first day must come before the last."
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()


def test_the_report_is_written_with_progress(app_context, db, tmp_path):
    from fibro_desktop.ui.charts.report import ReportOptions
    from fibro_desktop.ui.charts.report_dialog import make_report_with_progress

    fill_known(db, TEST_NOW)
    path = make_report_with_progress(None, app_context, tmp_path / "r.pdf", ReportOptions(WEEK, "letter", "Hello"))
    assert path.read_bytes().startswith(b"%PDF")


def test_ten_years_of_heavy_logging_open_and_change_period(shell, db, qtbot):
    import random

    from fibro_desktop.demo.heavy import fill_ten_years

    counts = fill_ten_years(db, TEST_NOW, random.Random(7))
    assert counts["episode"] > 35000
    page = open_charts(shell)
    assert page.cards["spasms"].showing_chart
    qtbot.waitUntil(lambda: page.fully_loaded, timeout=30000)
    page.set_period("all")
    assert page.data.episode_total == counts["episode"]
    assert page.cards["spasms"].bars.opts["width"] > 86400  # weekly bars for a long period
    assert page.show_card("pacing").showing_chart and page.show_card("relax").showing_chart
    page.show_insights_card()
    assert "days with the most breaks" in page.insights_card.sections["groups"].text()


def test_the_report_prints_dark_text_even_in_the_dark_theme(app_context, db, qapp):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from fibro_desktop.ui.charts.report import ReportOptions, build_report
    from fibro_desktop.ui.theme import build_palette

    fill_known(db, TEST_NOW)
    qapp.setPalette(build_palette(True))
    try:
        doc = build_report(db, ReportOptions(WEEK), TEST_NOW)
        doc.setTextWidth(600)
        image = QImage(600, 300, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        doc.drawContents(painter, QRectF(0, 0, 600, 300))
        painter.end()
    finally:
        qapp.setPalette(build_palette(False))
    darkest = min(QColor(image.pixel(x, y)).lightness() for x in range(0, 600, 2) for y in range(0, 300, 2))
    assert darkest < 80
