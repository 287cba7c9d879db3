"""The command line, run as a person or CI would: in a subprocess."""

import sqlite3
import subprocess
import sys

import pytest

from fibro_desktop import __version__
from fibro_desktop.store.migrations import latest_version
from tests.conftest import REPO_ROOT, run_cli


def test_version_prints_the_version_without_loading_qt():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"fibro-desktop {__version__}"
    probe = subprocess.run(
        [sys.executable, "-c", "import sys; from fibro_desktop.cli import main; main(['--version']);"
                               "print('PySide6' in sys.modules)"],
        capture_output=True, text=True, cwd=REPO_ROOT)
    assert probe.stdout.splitlines()[-1] == "False"


def test_smoke_test_opens_every_tab_and_leaves_a_database(tmp_path):
    data = tmp_path / "data"
    result = run_cli("--smoke-test", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert "smoke test passed" in result.stdout
    conn = sqlite3.connect(data / "fibro.sqlite3")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == latest_version()
    assert conn.execute("SELECT count(*) FROM app_meta WHERE key = 'smoke_test'").fetchone()[0] == 1
    conn.close()


def test_the_environment_variable_chooses_the_data_folder(tmp_path):
    data = tmp_path / "from-env"
    result = run_cli("--smoke-test", env={"FIBRO_DESKTOP_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    assert (data / "fibro.sqlite3").exists()


@pytest.mark.parametrize("language", ["de", "fr"])
def test_smoke_test_passes_in_the_language_chosen_in_the_app(tmp_path, language):
    # It looked for the report's English words "not a diagnosis", so it failed
    # for everyone who had chosen another language.
    if not (REPO_ROOT / "resources" / "translations" / f"fibro_desktop_{language}.qm").exists():
        pytest.skip("catalogues not built (packaging/build_translations.py; dev.py builds them)")
    data = tmp_path / "data"
    data.mkdir()
    (data / "preferences.ini").write_text(f"[appearance]\nlanguage={language}\n", encoding="utf-8")
    result = run_cli("--smoke-test", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert "smoke test passed" in result.stdout


def test_smoke_test_fails_with_the_reason_when_the_data_cannot_be_opened(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "fibro.sqlite3").write_bytes(b"not a database at all" * 50)
    result = run_cli("--smoke-test", "--data-dir", str(data))
    assert result.returncode != 0
    assert "not a Fibro Desktop data file" in result.stderr


def test_demo_fills_the_given_folder_and_marks_it(tmp_path):
    data = tmp_path / "demo"
    result = run_cli("--demo", "--smoke-test", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(data / "fibro.sqlite3")
    assert conn.execute("SELECT count(*) FROM app_meta WHERE key = 'demo_data'").fetchone()[0] == 1
    conn.close()


def test_where_names_the_folders_without_a_window(tmp_path):
    result = run_cli("where", "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 0
    assert f"data folder: {tmp_path / 'd'}" in result.stdout


def test_an_unknown_option_is_refused_with_usage():
    result = run_cli("--no-such-option")
    assert result.returncode == 2
    assert "usage:" in result.stderr


def test_the_command_names_the_cli_knows_are_the_commands_that_exist():
    from fibro_desktop.cli import COMMAND_NAMES
    from fibro_desktop.commands import COMMANDS

    assert COMMAND_NAMES == {command.name for command in COMMANDS}


def test_opening_the_window_does_not_load_the_commands_or_the_database_first():
    """The GUI's arguments are parsed without the subcommands, whose imports
    (peewee, SQLCipher) would delay the window by tens of milliseconds."""
    import subprocess
    import sys

    code = ("import sys; from fibro_desktop import cli; "
            "args = cli.build_parser(cli.wants_command_parser(['--data-dir', 'x', '--demo'])).parse_args("
            "['--data-dir', 'x', '--demo']); "
            "print(args.demo, 'peewee' in sys.modules, 'fibro_desktop.commands' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["True", "False", "False"]
    assert cli_wants("--help") and cli_wants("export", "--out", "x") and not cli_wants("--smoke-test")


def cli_wants(*argv: str) -> bool:
    from fibro_desktop.cli import wants_command_parser

    return wants_command_parser(list(argv))


WINDOW_COMMAND_LINES = [
    [], ["--demo"], ["--smoke-test"], ["--data-dir", "d"], ["--data-dir=d"], ["--data-dir="],
    ["--data-dir", "d", "--demo", "--smoke-test"], ["--smoke-test", "--data-dir", "a", "--data-dir", "b"],
    ["--data-dir", "export"], ["--data-dir", ""],
    ["--minimized"], ["--tray"], ["--data-dir", "d", "--minimized"],
]
OTHER_COMMAND_LINES = [
    ["--data-dir"], ["--data-dir", "-x"], ["--data", "d"], ["--demo", "export"], ["where"], ["--help"],
    ["-V"], ["--version", "--demo"], ["d"], ["--Demo"],
]


def test_the_window_s_usual_command_lines_are_read_as_argparse_reads_them():
    """They skip argparse (issue 14: ~5 ms before the window shows)."""
    from fibro_desktop.cli import build_parser, wants_command_parser, window_options

    for argv in WINDOW_COMMAND_LINES:
        args = build_parser(with_commands=wants_command_parser(argv)).parse_args(argv)
        assert getattr(args, "command", None) is None
        expected = (getattr(args, "data_dir", None), args.demo, args.smoke_test, args.minimized)
        assert window_options(argv) == expected, argv
    for argv in OTHER_COMMAND_LINES:
        assert window_options(argv) is None, argv
