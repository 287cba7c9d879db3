"""Child process for the crash test: writes episodes until it is killed.

Each episode and its two muscle rows are written in one ``db.atomic()``
transaction through the production ``open_database``; the episode's uid is
printed only after the commit returned. Usage: ``crash_writer.py DATA_DIR``.
"""

import sys
import uuid
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from fibro_desktop.store.database import open_database  # noqa: E402
from tests.data_safety.journal_schema import add_tables  # noqa: E402


def main() -> None:
    db = open_database(Path(sys.argv[1]), now=datetime.now(timezone.utc))
    add_tables(db.connection())
    print("ready", flush=True)
    n = 0
    while True:
        uid = uuid.uuid4().hex
        with db.atomic():
            cursor = db.execute_sql(
                "INSERT INTO episode (uid, started_utc, started_offset_min, day, kind, intensity, notes,"
                " created_utc, updated_utc) VALUES (?, '2026-11-24T09:00:00', 60, '2026-11-24', 'cramp', 5, ?,"
                " '2026-11-24T09:00:00', '2026-11-24T09:00:00')", (uid, "x" * (n % 500)))
            for muscle in ("calf", "thigh"):
                db.execute_sql("INSERT INTO episode_muscle (episode_id, muscle, side) VALUES (?, ?, 'left')",
                               (cursor.lastrowid, muscle))
        print(uid, flush=True)
        n += 1


if __name__ == "__main__":
    main()
