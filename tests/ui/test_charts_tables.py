"""Every chart has its numbers as a table (issue 18, WCAG 1.1.1): a named
"Show as table" button, reachable by Tab, shows a table a screen reader can
read, holding the same numbers the chart draws."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from fibro_desktop.core.insights.periods import Period
from tests.charts_data_set import fill_known
from tests.conftest import TEST_NOW

WEEK = Period(date(2026, 11, 20), date(2026, 11, 24))


def open_week(shell, db):
    fill_known(db, TEST_NOW)
    page = shell.window.show_tab("charts")
    page.finish_building()
    page.set_period("custom", WEEK)
    return page


def column(card, heading: str) -> list[str]:
    table = card.table
    index = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())].index(heading)
    return [table.item(r, index).text() for r in range(table.rowCount())]


def test_every_chart_has_a_named_show_as_table_button_in_the_tab_order(shell, db):
    page = open_week(shell, db)
    for key in list(page.cards):
        card = page.show_card(key)  # a card is drawn when it comes into view
        if not card.showing_chart:
            continue
        button = card.table_button
        assert button.isEnabled() and button.isCheckable(), key
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert "as a table" in button.accessibleName()
        button.toggle()
        assert card.showing_table and not card.showing_chart, key
        assert card.table.rowCount() > 0, key
        # What a screen reader gets: a table with named headers and cells.
        table = QAccessible.queryAccessibleInterface(card.table)
        assert table.role() == QAccessible.Role.Table and table.text(QAccessible.Text.Name), key
        cells = card.table.rowCount() * card.table.columnCount()
        assert table.childCount() >= cells, key
        names = {table.child(i).text(QAccessible.Text.Name) for i in range(table.childCount())}
        assert card.table.item(0, 1).text() in names, key
        button.toggle()
        assert card.showing_chart, key


def test_the_spasms_table_has_the_numbers_of_the_bars(shell, db):
    page = open_week(shell, db)
    card = page.cards["spasms"]
    card.table_button.setChecked(True)
    heights = [int(h) for h in card.bars.opts["height"]]
    assert heights == [1, 0, 0, 2, 0]
    # A day without any record reads so (its bar is empty), as the hover says.
    assert [0 if n == "no record" else int(n) for n in column(card, "Spasms")] == heights
    assert "no record" in column(card, "Spasms") and column(card, "Spasms")[0] == "1"
    assert column(card, "Day")[0].startswith("Fri 20 Nov")
    assert "Magnesium" in " ".join(column(card, "Taken"))


def test_the_where_and_kinds_tables_match_their_bars(shell, db):
    page = open_week(shell, db)
    where = page.show_card("where")
    where.table_button.setChecked(True)
    bars = where.plot.items[0].opts["width"]
    assert [int(n) for n in column(where, "Spasms")] == [int(w) for w in bars]
    kinds = page.show_card("kinds")
    kinds.table_button.setChecked(True)
    shares = kinds.plot.items[0].opts["width"]
    assert [float(s) for s in column(kinds, "Share (%)")] == [round(s) for s in shares]


def test_the_table_follows_a_new_period(shell, db):
    page = open_week(shell, db)
    card = page.cards["spasms"]
    card.table_button.setChecked(True)
    page.set_period("custom", Period(date(2026, 11, 22), date(2026, 11, 24)))
    assert card.showing_table
    assert [0 if n == "no record" else int(n) for n in column(card, "Spasms")] == [0, 2, 0]
    assert len(column(card, "Day")) == 3


def test_the_breaks_and_relaxation_tables_read_their_rows(shell, db):
    page = open_week(shell, db)
    day = date(2026, 11, 23)
    pacing, relax = page.show_card("pacing"), page.show_card("relax")
    pacing._rows = [(day, 3, 4, 1)]
    relax._rows = [(day, 12.5, 2, 3.0, 2), (date(2026, 11, 24), 5, 1, 0, 0)]
    assert pacing.table_rows()[1] == [["Mon 23 Nov 2026", "3", "4", "1"]]
    assert relax.table_rows()[1] == [["Mon 23 Nov 2026", "12.5", "2", "1.5"], ["Tue 24 Nov 2026", "5", "1", "–"]]
