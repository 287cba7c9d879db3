"""The importer under random and mutated input: a clear message, never a
crash, never a partial write."""

import json
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fibro_desktop.core.data_safety.formats import ImportProblem
from fibro_desktop.store.export import export_csv, export_json
from fibro_desktop.store.import_read import read_export
from fibro_desktop.store.import_write import import_data
from tests.conftest import TEST_NOW
from tests.data_safety import journal_schema

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2 ** 70), 2 ** 70) | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=10)


def try_import(db, path):
    """Import; return the problem (or None). Anything else fails the test."""
    before = journal_schema.table_contents(db.connection())
    try:
        import_data(db, read_export(path))
    except ImportProblem as problem:
        assert str(problem)
        # Plain words: no Python codec, JSON parser or zipfile message.
        for python_words in ("codec", "Expecting", "position", "Bad magic", "File is not a zip"):
            assert python_words not in str(problem)
        assert journal_schema.table_contents(db.connection()) == before
        return problem
    return None


def base_document(db, tmp_path):
    out = tmp_path / "base.json"
    if not out.exists():
        export_json(db.connection(), out, TEST_NOW)
    return json.loads(out.read_text())


@SETTINGS
@given(data=st.data())
def test_mutated_json_values_never_crash_or_half_write(small_db, tmp_path, data):
    document = base_document(small_db, tmp_path)
    tables = [t for t in document["tables"] if document["tables"][t]["rows"]]
    table = data.draw(st.sampled_from(tables))
    rows = document["tables"][table]["rows"]
    row = data.draw(st.integers(0, len(rows) - 1))
    column = data.draw(st.integers(0, len(rows[row]) - 1))
    rows[row][column] = data.draw(json_values)
    path = tmp_path / "mutated.json"
    path.write_text(json.dumps(document))
    problem = try_import(small_db, path)
    if problem is not None and problem.row is not None:
        # A changed id is found in the rows that point at it.
        assert problem.table == table or problem.field.endswith("_id")


@SETTINGS
@given(document=json_values)
def test_random_json_documents_are_refused_politely(small_db, tmp_path, document):
    path = tmp_path / "random.json"
    path.write_text(json.dumps(document))
    assert try_import(small_db, path) is not None


@SETTINGS
@given(raw=st.binary(max_size=300))
def test_random_bytes_are_refused_politely(small_db, tmp_path, raw):
    path = tmp_path / "random.json"
    path.write_bytes(raw)
    assert try_import(small_db, path) is not None


@SETTINGS
@given(cut=st.integers(0, 10_000), junk=st.binary(min_size=1, max_size=20))
def test_damaged_csv_files_are_refused_or_imported_whole(small_db, tmp_path, cut, junk):
    out = tmp_path / "base.zip"
    if not out.exists():
        export_csv(small_db.connection(), out, TEST_NOW)
    with zipfile.ZipFile(out) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    original = members["episode.csv"]
    at = cut % (len(original) + 1)
    members["episode.csv"] = original[:at] + junk + original[at:]
    path = tmp_path / "mutated.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    try_import(small_db, path)


def test_deep_nesting_nul_bytes_and_invalid_utf8_name_the_problem(small_db, tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    assert "nested too deeply" in str(try_import(small_db, deep))
    bad_utf8 = tmp_path / "bad.json"
    bad_utf8.write_bytes(b'{"format": "\xff\xfe"}')
    assert "UTF-8" in str(try_import(small_db, bad_utf8))
    document = base_document(small_db, tmp_path)
    document["tables"]["episode"]["rows"][0][document["tables"]["episode"]["columns"].index("notes")] = "a\x00b"
    nul = tmp_path / "nul.json"
    nul.write_text(json.dumps(document))
    problem = try_import(small_db, nul)
    assert (problem.table, problem.row, problem.field) == ("episode", 1, "notes")
    assert "NUL" in str(problem)
    document = base_document(small_db, tmp_path)
    document["tables"]["episode"]["rows"][0][document["tables"]["episode"]["columns"].index("intensity")] = 10 ** 30
    huge = tmp_path / "huge.json"
    huge.write_text(json.dumps(document))
    assert "too large" in str(try_import(small_db, huge))


def test_a_value_outside_its_range_names_row_and_field(db, tmp_path):
    """The journal's own CHECK constraints are reported like any other problem."""
    from fibro_desktop.store.database import open_database

    source = open_database(tmp_path / "source", now=TEST_NOW)
    journal_schema.add_episode(source, TEST_NOW)
    out = tmp_path / "e.json"
    export_json(source.connection(), out, TEST_NOW)
    source.close()
    document = json.loads(out.read_text())
    document["tables"]["episode"]["rows"][0][document["tables"]["episode"]["columns"].index("intensity")] = 99
    out.write_text(json.dumps(document))
    problem = try_import(db, out)
    assert (problem.table, problem.row, problem.field) == ("episode", 1, "intensity")


def test_an_unreadable_path_is_a_problem_not_a_crash(tmp_path):
    import pytest

    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "fibro-export.json").mkdir()  # a folder where the manifest file should be
    with pytest.raises(ImportProblem, match="fibro-export.json is missing"):
        read_export(folder)
    with pytest.raises(ImportProblem, match="There is nothing at"):
        read_export(tmp_path / "nowhere.json")
    bad_member = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad_member, "w") as archive:
        archive.writestr("fibro-export.json", b"\xff\xfe not json")
    with pytest.raises(ImportProblem, match="cannot be read"):
        read_export(bad_member)
