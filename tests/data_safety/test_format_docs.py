"""The shipped JSON Schema and docs/data-format.md describe what the code writes.

Checked with the real ``jsonschema`` validator (a test-only dependency), on
real exports: a month of journal rows, the demo data (every feature's
tables), values JSON cannot hold, and a CSV export's manifest.
"""

import json
import zipfile

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from fibro_desktop.core.data_safety.formats import FORMAT_NAME, FORMAT_VERSION
from fibro_desktop.demo import fill_demo_data
from fibro_desktop.resources import resource_path
from fibro_desktop.store.export import export_csv, export_json, json_value
from tests.conftest import REPO_ROOT, TEST_NOW


def schema():
    return json.loads(resource_path("schema", "fibro-export-v1.schema.json").read_text())


def validator():
    Draft202012Validator.check_schema(schema())
    return Draft202012Validator(schema(), format_checker=FormatChecker())


def problems(document) -> list[str]:
    return [f"{'/'.join(map(str, error.absolute_path))}: {error.message}"[:300]
            for error in validator().iter_errors(document)]


def exported(db, path, **kwargs):
    export_json(db.connection(), path, TEST_NOW, **kwargs)
    return json.loads(path.read_text())


def test_a_json_export_of_journal_data_follows_the_schema(journal_db, tmp_path):
    document = exported(journal_db, tmp_path / "e.json")
    rows = document["tables"]["episode"]["rows"]
    assert rows and any(type(v) is int for row in rows for v in row)  # an integer matched two oneOf branches
    assert problems(document) == []


def test_an_export_of_the_demo_data_follows_the_schema(db, tmp_path):
    fill_demo_data(db, TEST_NOW)
    document = exported(db, tmp_path / "demo.json")
    values = [v for table in document["tables"].values() for row in table["rows"] for v in row]
    assert {type(v) for v in values} >= {int, float, str, type(None)}
    assert problems(document) == []


def test_an_export_of_a_chosen_range_follows_the_schema(journal_db, tmp_path):
    from datetime import timedelta

    last = TEST_NOW.date()
    document = exported(journal_db, tmp_path / "r.json", start=last - timedelta(days=7), end=last)
    assert document["from"] and document["to"]
    assert problems(document) == []


def test_bytes_and_non_finite_numbers_follow_the_schema(journal_db, tmp_path):
    journal_db.execute_sql("INSERT INTO app_meta VALUES ('blob', x'00ff', 'x')")
    document = exported(journal_db, tmp_path / "odd.json")
    values = [v for row in document["tables"]["app_meta"]["rows"] for v in row]
    assert {"base64": "AP8="} in values
    # The schema constraints keep non-finite numbers out of the tables, so
    # the export's own conversion is put in a row here.
    odd = [json_value(v) for v in (float("inf"), float("-inf"), float("nan"), b"\x00", 2.5, 3, None, "x")]
    document["tables"]["app_meta"]["rows"].append(odd)
    assert problems(document) == []


def test_a_csv_manifest_follows_the_schema(journal_db, tmp_path):
    export_csv(journal_db.connection(), tmp_path / "e.zip", TEST_NOW)
    with zipfile.ZipFile(tmp_path / "e.zip") as archive:
        manifest = json.loads(archive.read("fibro-export.json"))
    assert problems(manifest) == []


@pytest.mark.parametrize("wrong", [
    {"format": "other", "version": 1, "schema_version": 1, "tables": {}},
    {"format": FORMAT_NAME, "version": "1", "schema_version": 1, "tables": {}},
    {"format": FORMAT_NAME, "version": 1, "schema_version": 1,
     "tables": {"episode": {"columns": ["a"], "rows": [[[1]]]}}},
    {"format": FORMAT_NAME, "version": 1, "schema_version": 1,
     "tables": {"episode": {"columns": ["a"], "rows": [[{"float": "big"}]]}}},
    {"format": FORMAT_NAME, "version": 1, "schema_version": 1, "tables": {"episode": {"file": "../x.csv",
                                                                                      "columns": ["a"]}}},
])
def test_the_schema_refuses_a_wrong_document(wrong):
    assert problems(wrong)


def test_the_format_document_names_the_format_and_every_header_field():
    text = (REPO_ROOT / "docs" / "data-format.md").read_text()
    assert f'"format": "{FORMAT_NAME}"' in text and f'"version": {FORMAT_VERSION}' in text
    for field in schema()["properties"]:
        assert f"`{field}`" in text, field
