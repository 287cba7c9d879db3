"""Fixtures for encryption tests: protected data on real files."""

from __future__ import annotations

from datetime import timedelta

import pytest

from fibro_desktop.core.journal.records import Episode
from fibro_desktop.store import cipher
from fibro_desktop.store.database import open_database
from fibro_desktop.store.journal import save_episode
from tests.conftest import TEST_NOW

PASSPHRASE = "calm river 42"
OTHER = "another passphrase"
NOTE = "Left calf knotted after the long walk to the market"


@pytest.fixture(autouse=True)
def _forget_session_key():
    """The session passphrase is process-wide; no test may leak it."""
    cipher.forget_passphrase()
    yield
    cipher.forget_passphrase()


def add_episodes(db, count: int = 3) -> list[str]:
    uids = []
    for n in range(count):
        saved = save_episode(db, Episode(started=TEST_NOW - timedelta(hours=n), kind="cramp", intensity=5,
                                         notes=f"{NOTE} #{n}"), TEST_NOW)
        uids.append(saved.uid)
    return uids


@pytest.fixture
def plain_data(data_dir):
    """A plain data folder holding three episodes (closed)."""
    db = open_database(data_dir, now=TEST_NOW)
    add_episodes(db)
    db.close()
    return data_dir


@pytest.fixture
def protected_data(data_dir):
    """A data folder created encrypted with :data:`PASSPHRASE`, three episodes (closed)."""
    db = open_database(data_dir, now=TEST_NOW, passphrase=PASSPHRASE)
    add_episodes(db)
    db.close()
    cipher.forget_passphrase()
    return data_dir


def episode_count(db) -> int:
    return db.execute_sql("SELECT count(*) FROM episode").fetchone()[0]
