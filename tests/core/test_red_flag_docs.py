"""docs/journal.md shows the same thresholds as the table the rules read."""

import re

from fibro_desktop.core.journal.red_flag_limits import LIMITS
from tests.conftest import REPO_ROOT

ROW = re.compile(r"^\| `(\w+)` \| `(\w+)` \| ([\d.]+)( h| min)? \| (one entry|(\d+) days) \|", re.MULTILINE)


def documented():
    text = (REPO_ROOT / "docs" / "journal.md").read_text(encoding="utf-8")
    rows = {}
    for rule, key, number, unit, _window, days in ROW.findall(text):
        value = float(number) * {" h": 3600, " min": 60}.get(unit, 1)
        rows[key] = (rule, value, int(days or 0))
    return rows


def test_the_docs_table_is_the_code_table():
    assert documented() == {limit.key: (limit.rule, limit.value, limit.window_days) for limit in LIMITS}
