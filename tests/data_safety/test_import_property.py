"""Property: whatever file the importer accepts, the app works over it.

A real export (the demo year, every table) has a few cells changed to
values at and beyond the edges of what the app allows: impossible and
far-off dates, offsets, scales, counts, references, text with direction
overrides; or, in a CSV export, cells rewritten as a spreadsheet would
(dates as 12/02/2025 03:32, offsets dropped, decimal commas, apostrophes
removed). Whatever the importer refuses is refused with a problem; for
whatever it accepts, the main window builds with every tab shown, the
provider report renders and the smoke test passes (in the process, with
its data-independent sound check left out; then once for real, in a child
process, over a file with every value at the edge of what is allowed).
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from fibro_desktop.core.data_safety.formats import ImportProblem
from fibro_desktop.core.insights.periods import Period
from fibro_desktop.demo import fill_demo_data
from fibro_desktop.store.database import open_database
from fibro_desktop.store.export import export_csv, export_json
from fibro_desktop.store.import_read import read_export
from fibro_desktop.store.import_write import import_data
from tests.conftest import TEST_NOW

UTC_FORMAT = "%Y-%m-%dT%H:%M:%S"
NOW_UTC = TEST_NOW.astimezone(UTC).replace(tzinfo=None)


def instants():
    edges = [NOW_UTC + timedelta(days=1) - timedelta(seconds=1), NOW_UTC + timedelta(days=1, seconds=1),
             datetime(1900, 1, 1), datetime(1899, 12, 31, 23, 59, 59), datetime(9999, 12, 31, 23, 59, 59)]
    moments = st.sampled_from(edges) | st.datetimes(datetime(1890, 1, 1), datetime(2030, 1, 1))
    return (moments.map(lambda m: m.strftime(UTC_FORMAT))
            | st.sampled_from(["not a date", "12/02/2025 03:32", "2026-02-30T10:00:00", ""]))


def days():
    return (st.dates(datetime(1890, 1, 1).date(), TEST_NOW.date() + timedelta(days=3)).map(lambda d: d.isoformat())
            | st.sampled_from(["2026-13-45", "24.11.2026", "1900-01-01"]))


def texts():
    bidi = st.sampled_from(["\u202e", "\u2066", "\u202a", "\u2069"])
    return (st.text(max_size=12)
            | st.tuples(st.text(max_size=5), bidi, st.text(max_size=5)).map("".join)
            | st.sampled_from(["own:", "own:Hot bath", "x" * 250, "", "../../evil.mp3", "a/b.mp3",
                               "heat", "cramp", "calves", "neck", "stress", "doctor", "yes", "taken"]))


def value_for(column: str, present: list):
    """Values at and past the edges of what ``column`` allows, mostly of
    the kind the column holds (``present``: its values in the export)."""
    if column.endswith("_utc"):
        return instants()
    if column.endswith("_offset_min"):
        return st.sampled_from([-720, 840, -721, 841, 0, 99999, -99999]) | st.integers(-900, 900)
    if column == "day":
        return days()
    integers = (st.sampled_from([0, 1, 10, 11, -1, 50, 51, 86_400, 86_401, 9999, 10_000, 2 ** 31])
                | st.integers(-3, 30))
    numbers = st.floats(-1, 30, allow_nan=False) | st.just({"float": "inf"}) | st.just({"float": "nan"})
    kinds = {type(v) for v in present if v is not None}
    if kinds == {int}:
        return integers | st.none()
    if kinds == {float} or kinds == {int, float}:
        return numbers | integers | st.none()
    if kinds == {str}:
        return texts() | st.none()
    return st.none() | integers | numbers | texts()


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    db = open_database(folder / "data", now=TEST_NOW)
    fill_demo_data(db, TEST_NOW)
    out = folder / "demo.json"
    # Fewer rows keep each example quick; the last weeks are what the tabs show.
    export_json(db.connection(), out, TEST_NOW, start=TEST_NOW.date() - timedelta(days=45))
    db.close()
    return json.loads(out.read_text())


def changes(document):
    """A few (table, row, column, value) changes to ``document``."""
    tables = sorted(name for name, table in document["tables"].items() if table["rows"])

    @st.composite
    def one(draw):
        name = draw(st.sampled_from(tables))
        table = document["tables"][name]
        row = draw(st.integers(0, len(table["rows"]) - 1))
        at = draw(st.integers(0, len(table["columns"]) - 1))
        column = table["columns"][at]
        # Half the time a value another row has here: new combinations the importer accepts.
        present = [r[at] for r in table["rows"]]
        return name, row, column, draw(st.sampled_from(present) | value_for(column, present))

    return st.lists(one(), min_size=1, max_size=4)


def build_and_check(qapp, folder, db):
    """Every tab, the report and the smoke test over ``db``; the problems found."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from fibro_desktop.core.fake_clock import FakeClock
    from fibro_desktop.shell import AppContext, build_shell
    from fibro_desktop.smoke import run_smoke_test
    from fibro_desktop.ui.charts.report import ReportOptions, write_report_pdf
    from fibro_desktop.ui.preferences import Preferences, WindowState

    clock = FakeClock(wall=TEST_NOW)
    ctx = AppContext(data_dir=folder, log_dir=folder / "logs", db=db, clock=clock,
                     preferences=Preferences(folder), window_state=WindowState(folder))
    shell = build_shell(qapp, ctx, with_tray=False)
    try:
        shell.window.show()
        problems = run_smoke_test(shell, ctx)
        charts = shell.window.show_tab("charts")  # and every period, "Everything" included
        for choice in ("7", "365", "all"):
            charts.period_combo.setCurrentIndex(charts.period_combo.findData(choice))
            QApplication.processEvents()
        pdf = folder / "report.pdf"
        write_report_pdf(db, pdf, ReportOptions(Period(TEST_NOW.date() - timedelta(days=89), TEST_NOW.date())),
                         TEST_NOW)
        if not pdf.stat().st_size:
            problems.append("the report is empty")
    finally:
        # Gone before the next example: a restyle walks every live widget.
        shell.window.close()
        QApplication.processEvents()  # timers already started run first
        shell.window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return problems


#: More examples for a longer search: FIBRO_IMPORT_EXAMPLES=500 pytest ...
EXAMPLES = int(os.environ.get("FIBRO_IMPORT_EXAMPLES", "25"))


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(data=st.data())
def test_whatever_the_importer_accepts_the_app_can_show(qapp, qtbot, tmp_path_factory, monkeypatch,
                                                         demo_export, data):
    from fibro_desktop import smoke_bundle

    # Playing the sound check takes seconds and does not depend on the data;
    # the full smoke test runs in a child process below.
    monkeypatch.setattr(smoke_bundle, "check_sound", lambda problems, notes: None)
    document = json.loads(json.dumps(demo_export))
    for name, row, column, value in data.draw(changes(document)):
        table = document["tables"][name]
        table["rows"][row][table["columns"].index(column)] = value
    folder = tmp_path_factory.mktemp("example")
    path = folder / "file.json"
    path.write_text(json.dumps(document))
    db = open_database(folder / "data", now=TEST_NOW)
    try:
        try:
            import_data(db, read_export(path), now=TEST_NOW)
        except ImportProblem as problem:
            assert problem.table and str(problem)
            event(f"refused: {str(problem.message)[:50]}")
            return
        event("accepted")
        assert build_and_check(qapp, folder / "data", db) == []
    finally:
        db.close()


def edge_document(document):
    """``document`` with values at the edges of what the app allows."""
    document = json.loads(json.dumps(document))
    tables = document["tables"]

    def column(table, name):
        return tables[table]["columns"].index(name)

    def new_row(table, **values):
        row = list(tables[table]["rows"][0])
        row[column(table, "id")] = max(r[column(table, "id")] for r in tables[table]["rows"]) + 1
        if "uid" in tables[table]["columns"]:
            row[column(table, "uid")] = f"edge-{len(tables[table]['rows'])}"
        for name, value in values.items():
            row[column(table, name)] = value
        tables[table]["rows"].append(row)

    soon = (NOW_UTC + timedelta(days=1) - timedelta(seconds=1))
    far_east = soon - timedelta(days=3)
    new_row("episode", started_utc=soon.strftime(UTC_FORMAT), started_offset_min=0, day=soon.date().isoformat(),
            intensity=10, duration_s=None, ongoing=1,
            notes="\u202eevil\u202c " + "n" * 9990)
    new_row("episode", started_utc=far_east.strftime(UTC_FORMAT), started_offset_min=840,
            day=(far_east + timedelta(minutes=840)).date().isoformat(), intensity=0, duration_s=86_400,
            recovery_s=0, impact_sleep=10, impact_mood=0, impact_mobility=10)
    new_row("checkin", day=(TEST_NOW.date() + timedelta(days=1)).isoformat(), mood=0, energy=10,
            water_glasses=50, sleep_hours=24.0, sleep_quality=10, overall_pain=0, stress=10, mobility=0)
    new_row("checkin", day="1900-01-01", **{name: None for name in (
        "sleep_hours", "sleep_quality", "mood", "energy", "overall_pain", "mobility", "stress", "water_glasses")})
    new_row("checkin_trigger", checkin_id=tables["checkin"]["rows"][-1][0], trigger="own:" + "t" * 200)
    if tables.get("kit_item", {}).get("rows"):
        new_row("kit_item", name="\u2066Pills\u2069", quantity=9999, restock_below=0)
    return document


def test_a_file_at_every_edge_imports_and_the_smoke_test_and_report_pass(demo_export, tmp_path):
    """In child processes, as a person would run them."""
    from tests.conftest import run_cli

    path = tmp_path / "edges.json"
    path.write_text(json.dumps(edge_document(demo_export)))
    data = tmp_path / "data"
    imported = run_cli("import", str(path), "--data-dir", str(data))
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert "Imported" in imported.stdout
    smoke = run_cli("--smoke-test", "--data-dir", str(data))
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    pdf = tmp_path / "report.pdf"
    report = run_cli("report", "--out", str(pdf), "--data-dir", str(data))
    assert report.returncode == 0, report.stdout + report.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    db = open_database(data, now=TEST_NOW)
    notes = [n for (n,) in db.execute_sql("SELECT notes FROM episode WHERE notes LIKE '%evil%'")]
    names = [n for (n,) in db.execute_sql("SELECT name FROM kit_item WHERE name LIKE '%Pills%'")]
    db.close()
    assert notes and notes[0].startswith("evil ") and names in ([], ["Pills"])


def test_the_edge_file_shows_in_every_tab_and_period(qapp, demo_export, tmp_path, monkeypatch):
    """In the process too, with the charts over "Everything" (back to 1900)."""
    from fibro_desktop import smoke_bundle

    monkeypatch.setattr(smoke_bundle, "check_sound", lambda problems, notes: None)
    path = tmp_path / "edges.json"
    path.write_text(json.dumps(edge_document(demo_export)))
    db = open_database(tmp_path / "data", now=TEST_NOW)
    try:
        import_data(db, read_export(path), now=TEST_NOW)
        assert build_and_check(qapp, tmp_path / "data", db) == []
    finally:
        db.close()


# -- the same property for a CSV export a spreadsheet has been at ---------

def spreadsheet_versions(cell: str, column: str):
    """What a spreadsheet (or a person in one) may write instead of ``cell``."""
    if column.endswith("_utc") and len(cell) >= 19:
        day, time = cell[:10], cell[11:19]
        y, m, d = day.split("-")
        return st.sampled_from([cell[:19], f"{d}/{m}/{y} {time[:5]}", f"{m}/{d}/{y} {time[:5]}",
                                f"{day} {time}", cell[:19] + "+14:00", cell[:19] + "+15:00", cell[:19] + "Z",
                                cell[:19] + "-12:00", ""])
    if column == "day" and len(cell) == 10:
        y, m, d = cell.split("-")
        return st.sampled_from([f"{d}/{m}/{y}", f"{d}.{m}.{y}", f"{int(m)}/{int(d)}/{y}", f"{y}-{m}-{int(d)}", ""])
    numbers = st.sampled_from(["", "0", "-1", "10", "11", "7,5", "1e3", "inf", "nan", " 5", "5.0", "TRUE",
                               "2147483648"])
    texts = st.sampled_from(["", cell.lstrip("'"), "'" + cell, cell + "\u202e", "=1+1", "own:", "\u00e9t\u00e9"])
    return numbers | texts


@pytest.fixture(scope="module")
def demo_csv(tmp_path_factory):
    """The demo's last weeks as a CSV folder: {file name: rows of cells}."""
    import csv
    import io

    folder = tmp_path_factory.mktemp("demo-csv")
    db = open_database(folder / "data", now=TEST_NOW)
    fill_demo_data(db, TEST_NOW)
    out = folder / "csv"
    export_csv(db.connection(), out, TEST_NOW, start=TEST_NOW.date() - timedelta(days=45))
    db.close()
    files = {}
    for path in out.iterdir():
        if path.suffix == ".csv":
            files[path.name] = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    return (out / "fibro-export.json").read_bytes(), files


def write_csv_folder(folder, manifest: bytes, files: dict) -> None:
    import csv
    import io

    folder.mkdir()
    (folder / "fibro-export.json").write_bytes(manifest)
    for name, rows in files.items():
        buffer = io.StringIO(newline="")
        csv.writer(buffer, lineterminator="\r\n").writerows(rows)
        (folder / name).write_bytes(buffer.getvalue().encode("utf-8-sig"))


@settings(max_examples=max(EXAMPLES * 2 // 5, 5), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(data=st.data())
def test_whatever_the_importer_accepts_from_a_spreadsheet_the_app_can_show(qapp, tmp_path_factory, monkeypatch,
                                                                            demo_csv, data):
    from fibro_desktop import smoke_bundle

    monkeypatch.setattr(smoke_bundle, "check_sound", lambda problems, notes: None)
    manifest, original = demo_csv
    files = {name: [list(row) for row in rows] for name, rows in original.items()}
    names = sorted(name for name, rows in files.items() if len(rows) > 1)
    for _ in range(data.draw(st.integers(1, 4))):
        name = data.draw(st.sampled_from(names))
        rows = files[name]
        row = data.draw(st.integers(1, len(rows) - 1))
        at = data.draw(st.integers(0, len(rows[0]) - 1))
        present = [r[at] for r in rows[1:]]
        rows[row][at] = data.draw(st.sampled_from(present) | spreadsheet_versions(rows[row][at], rows[0][at]))
    folder = tmp_path_factory.mktemp("sheet")
    write_csv_folder(folder / "csv", manifest, files)
    db = open_database(folder / "data", now=TEST_NOW)
    try:
        try:
            import_data(db, read_export(folder / "csv"), now=TEST_NOW)
        except ImportProblem as problem:
            assert problem.table and str(problem)
            event(f"refused: {str(problem.message)[:50]}")
            return
        event("accepted")
        assert build_and_check(qapp, folder / "data", db) == []
    finally:
        db.close()
