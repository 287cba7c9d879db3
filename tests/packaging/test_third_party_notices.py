"""Third-party notices: written from the installed packages' metadata, and
the committed copy (shipped in the wheel) names every runtime package
(issue 22)."""

from __future__ import annotations

from tests.conftest import REPO_ROOT
from tests.packaging.helpers import load

third_party = load("third_party.py")
COMMITTED = REPO_ROOT / "resources" / "licenses" / "THIRD-PARTY-NOTICES.txt"


def test_the_closure_holds_the_app_runtime_packages_and_no_test_tools():
    names = {third_party._canonical(d.metadata["Name"]) for d in third_party.runtime_closure()}
    assert {"pyside6-essentials", "pyside6-addons", "shiboken6", "pyqtgraph", "peewee", "numpy",
            "sqlcipher3"} <= names
    assert not names & {"pytest", "scipy", "statsmodels", "pyinstaller", "mypy", "ruff"}


def test_written_notices_carry_each_package_licence_and_text(tmp_path):
    out = tmp_path / "NOTICES.txt"
    assert third_party.main(["--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "Licence: MIT" in text  # pyqtgraph
    assert "LGPL-3.0" in text and "FFmpeg" in text and "OpenSSL" in text
    assert "Permission is hereby granted" in text  # a full licence text, not only a name


def test_the_committed_copy_names_every_runtime_package():
    committed = COMMITTED.read_text(encoding="utf-8")
    for dist in third_party.runtime_closure():
        assert f"\n{dist.metadata['Name']} " in committed, dist.metadata["Name"]
