"""Numbers, dates and times in the person's language (``ui/formats.py``),
also on the charts' date axis and in the report's chart images."""

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QLocale

from fibro_desktop.ui import formats
from fibro_desktop.ui.charts.axes import qt_pattern

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
DAY = date(2026, 12, 3)


@pytest.mark.parametrize("locale,text", [(GERMAN, "3,5"), (FRENCH, "3,5"), (US, "3.5")])
def test_decimals_use_the_local_sign(qapp, locale, text):
    assert formats.decimal(3.5, 1, locale) == text
    assert formats.number(3.5, 1, locale) == text


def test_whole_numbers_are_grouped_the_local_way(qapp):
    assert formats.number(1234, 1, GERMAN) == "1.234"
    assert formats.number(1234, 1, US) == "1,234"
    assert formats.number(12.0, 1, GERMAN) == "12"


def test_dates_come_in_the_local_order(qapp):
    assert formats.short_date(DAY, GERMAN) == "03.12.26"
    assert formats.short_date(DAY, FRENCH) == "03/12/2026"
    assert formats.short_date(DAY, US) == "12/3/26"
    assert formats.day_with_weekday(DAY, GERMAN) == "Do. 3. Dez. 2026"
    assert formats.day_with_weekday(DAY, FRENCH) == "jeu. 3 déc. 2026"
    assert formats.day_with_weekday(DAY, US) == "Thu Dec 3, 2026"
    assert "Dezember" in formats.long_date(DAY, GERMAN)
    assert formats.day_and_month(DAY, GERMAN) == "03.12."
    assert formats.day_and_month(DAY, FRENCH) == "03/12"
    assert formats.day_and_month(DAY, US) == "12/3"


def test_clock_times_are_24_hour_in_every_shipped_language(qapp):
    assert formats.time_of_day(time(14, 5), GERMAN) == "14:05"
    assert formats.time_of_day(datetime(2026, 12, 3, 9, 7), FRENCH) == "09:07"


def test_the_default_locale_is_what_the_app_chose(qapp):
    before = QLocale()
    QLocale.setDefault(GERMAN)
    try:
        assert formats.decimal(2.25, 2) == "2,25"
        from fibro_desktop.ui.charts.wording import day_text, number

        assert number(3.5) == "3,5" and day_text(DAY) == "Do. 3. Dez. 2026"
    finally:
        QLocale.setDefault(before)


def test_the_date_axis_writes_its_ticks_with_qlocale(qapp):
    assert qt_pattern("%d %b") == "d MMM" and qt_pattern("%Y") == "yyyy" and qt_pattern("%H:%M") == "HH:mm"
    from fibro_desktop.ui.charts.axes import LocalDateAxis

    before = QLocale()
    QLocale.setDefault(GERMAN)
    try:
        axis = LocalDateAxis(orientation="bottom")
        axis.zoomLevel = next(level for level in axis.zoomLevels.values()
                              if any(spec.format == "%b" for spec in level.tickSpecs))
        spacing = next(spec.spacing for spec in axis.zoomLevel.tickSpecs if spec.format == "%b")
        stamp = datetime(2026, 12, 3, 12).timestamp()
        assert axis.tickStrings([stamp], 1.0, spacing) == ["Dez."]
    finally:
        QLocale.setDefault(before)
