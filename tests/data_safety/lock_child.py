"""Child process for the lock-drop test: the app's side of the scenario.

Saves one episode through the production store, takes the daily backup as
the app does, says ``backed-up`` and waits; on a line from the parent it
saves a second episode, says ``saved`` and exits hard (no close, no
checkpoint), like a crash or a power cut. Usage:
``lock_child.py DATA_DIR [PASSPHRASE]``.
"""

import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from fibro_desktop.core.journal.records import Episode  # noqa: E402
from fibro_desktop.store.backup import backup_folder, make_backup  # noqa: E402
from fibro_desktop.store.database import database_path, open_database  # noqa: E402
from fibro_desktop.store.journal import save_episode  # noqa: E402


def main() -> None:
    data = Path(sys.argv[1])
    passphrase = sys.argv[2] if len(sys.argv) > 2 else None
    now = datetime.now(UTC).astimezone()
    db = open_database(data, now=now, passphrase=passphrase)
    first = Episode(started=now - timedelta(hours=2), kind="cramp", intensity=5,
                    muscles=frozenset({("calves", "left")}))
    save_episode(db, first, now)
    make_backup(database_path(data), backup_folder(data), now, "daily")
    print("backed-up", flush=True)
    sys.stdin.readline()
    second = Episode(started=now - timedelta(hours=1), kind="trigger_point", intensity=6,
                     muscles=frozenset({("neck", None)}))
    save_episode(db, second, now)
    print("saved", flush=True)
    os._exit(0)  # a hard exit: whatever is not in the real WAL is gone


if __name__ == "__main__":
    main()
