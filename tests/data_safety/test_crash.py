"""Crash safety: a writer killed with SIGKILL never loses a committed episode,
never leaves one half written, never damages the file. The long version
(100+ kills) is ``-m slow`` here and ``benchmarks/data_safety.py --crash``."""

import os

import pytest

from tests.data_safety.crash_check import run

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")


def test_killing_the_writer_loses_nothing_committed(tmp_path):
    committed, problems = run(tmp_path / "data", rounds=6)
    assert not problems
    assert committed > 0


@pytest.mark.slow
def test_killing_the_writer_100_times_loses_nothing_committed(tmp_path):
    committed, problems = run(tmp_path / "data", rounds=100)
    assert not problems
    assert committed > 100
