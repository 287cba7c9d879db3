"""The demo year obeys the app's own rules: every row of every table passes
the checks an import makes (``core/data_safety/rows.py``), so what a
newcomer sees is what the forms could have saved."""

from fibro_desktop.core.data_safety.rows import RowChecker
from fibro_desktop.demo import fill_demo_data
from tests.conftest import TEST_NOW


def test_every_demo_row_passes_the_import_meaning_checks(db):
    fill_demo_data(db, TEST_NOW)
    tables = [name for (name,) in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    problems = []
    for table in tables:
        cursor = db.execute_sql(f'SELECT * FROM "{table}"')
        columns = [d[0] for d in cursor.description]
        check = RowChecker(table, columns, TEST_NOW)
        for values in cursor:
            problem = check(dict(zip(columns, values, strict=True)))
            if problem:
                problems.append((table, problem))
    assert problems[:5] == []


def test_a_relief_that_did_not_help_has_no_minutes_to_relief_in_the_demo(db):
    fill_demo_data(db, TEST_NOW)
    bad = db.execute_sql("SELECT COUNT(*) FROM episode_relief WHERE helped = 'no' "
                         "AND minutes_to_relief IS NOT NULL").fetchone()[0]
    assert bad == 0
