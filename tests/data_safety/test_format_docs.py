"""The shipped JSON Schema and docs/data-format.md describe what the code writes.

A small validator for the keywords the schema uses keeps this free of a
``jsonschema`` dependency.
"""

import json
import re
import zipfile

from fibro_desktop.core.data_safety.formats import FORMAT_NAME, FORMAT_VERSION
from fibro_desktop.resources import resource_path
from fibro_desktop.store.export import export_csv, export_json
from tests.conftest import REPO_ROOT, TEST_NOW

TYPES = {"object": dict, "array": list, "string": str, "null": type(None), "number": (int, float),
         "integer": int}


def problems(value, schema, root, path="$"):
    if "$ref" in schema:
        return problems(value, root["$defs"][schema["$ref"].rsplit("/", 1)[-1]], root, path)
    found = []
    if "oneOf" in schema:
        matching = [s for s in schema["oneOf"] if not problems(value, s, root, path)]
        return [] if matching else [f"{path}: matches none of oneOf"]
    if "type" in schema:
        kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        ok = any(isinstance(value, TYPES[k]) and not (isinstance(value, bool) and k in ("integer", "number"))
                 for k in kinds)
        if not ok:
            return [f"{path}: not {kinds}"]
    if "const" in schema and value != schema["const"]:
        found.append(f"{path}: not {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        found.append(f"{path}: not one of {schema['enum']}")
    if "minimum" in schema and value < schema["minimum"]:
        found.append(f"{path}: below minimum")
    if "pattern" in schema and not re.search(schema["pattern"], value):
        found.append(f"{path}: does not match {schema['pattern']}")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                found.append(f"{path}: {key} missing")
        for key, item in value.items():
            if key in schema.get("properties", {}):
                found += problems(item, schema["properties"][key], root, f"{path}.{key}")
            elif schema.get("additionalProperties") is False:
                found.append(f"{path}: unexpected {key}")
            elif isinstance(schema.get("additionalProperties"), dict):
                found += problems(item, schema["additionalProperties"], root, f"{path}.{key}")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            found.append(f"{path}: too few items")
        if schema.get("uniqueItems") and len(set(map(json.dumps, value))) != len(value):
            found.append(f"{path}: items not unique")
        if "items" in schema:
            for i, item in enumerate(value):
                found += problems(item, schema["items"], root, f"{path}[{i}]")
    return found


def schema():
    return json.loads(resource_path("schema", "fibro-export-v1.schema.json").read_text())


def test_a_json_export_of_journal_data_follows_the_schema(journal_db, tmp_path):
    journal_db.execute_sql("INSERT INTO app_meta VALUES ('blob', x'00ff', 'x')")
    export_json(journal_db.connection(), tmp_path / "e.json", TEST_NOW)
    document = json.loads((tmp_path / "e.json").read_text())
    assert problems(document, schema(), schema()) == []
    assert document["tables"]["episode"]["rows"]


def test_a_csv_manifest_follows_the_schema(journal_db, tmp_path):
    export_csv(journal_db.connection(), tmp_path / "e.zip", TEST_NOW)
    with zipfile.ZipFile(tmp_path / "e.zip") as archive:
        manifest = json.loads(archive.read("fibro-export.json"))
    assert problems(manifest, schema(), schema()) == []


def test_the_validator_notices_a_wrong_document():
    assert problems({"format": "other", "version": "1", "tables": {}}, schema(), schema())


def test_the_format_document_names_the_format_and_every_header_field():
    text = (REPO_ROOT / "docs" / "data-format.md").read_text()
    assert f'"format": "{FORMAT_NAME}"' in text and f'"version": {FORMAT_VERSION}' in text
    for field in schema()["properties"]:
        assert f"`{field}`" in text, field
