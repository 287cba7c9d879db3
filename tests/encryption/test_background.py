"""Long data-safety work runs in a worker thread: on protected data too, the
worker opens its own keyed connection and closes it when the work ends."""

from __future__ import annotations

import json

from fibro_desktop.store import live_file
from fibro_desktop.store.database import database_path, open_database
from fibro_desktop.ui.data_safety.export_dialog import ExportChoice
from fibro_desktop.ui.data_safety.flows import run_export, run_import
from fibro_desktop.wiring.data_safety import DataSafety
from tests.conftest import TEST_NOW
from tests.encryption.conftest import NOTE, PASSPHRASE, episode_count


def connections(data_dir) -> int:
    live = live_file._live.get(live_file._key(database_path(data_dir)))
    return 0 if live is None else live.connections


def test_export_and_import_of_protected_data_in_the_background(qapp, protected_data, clock, tmp_path):
    from fibro_desktop.shell import AppContext
    from fibro_desktop.ui.preferences import Preferences, WindowState

    db = open_database(protected_data, now=TEST_NOW, passphrase=PASSPHRASE)
    ctx = AppContext(protected_data, protected_data / "logs", db, clock, Preferences(protected_data),
                     WindowState(protected_data))
    try:
        before = connections(protected_data)
        out = tmp_path / "out.json"
        told = []
        run_export(None, DataSafety(ctx), choose=lambda: ExportChoice("json", None, None),
                   ask_path=lambda choice, suggested: out, inform=lambda *a: told.append(a))
        assert told[0][3] is True
        rows = json.loads(out.read_text())["tables"]["episode"]["rows"]
        assert len(rows) == 3 and NOTE in out.read_text()
        text = run_import(None, DataSafety(ctx), ask_path=lambda: out, confirm=lambda q: True,
                          inform=lambda *a: None)
        assert text.startswith("Imported 0 new entries")
        assert connections(protected_data) == before  # the worker's connection is closed again
        assert episode_count(db) == 3  # and the app's own connection goes on as before
    finally:
        db.close()
