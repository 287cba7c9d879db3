"""Child process for the crash test: saves episodes until it is killed.

Each episode goes through the journal's own store function
(``store.journal.save_episode``: the episode and its two muscle rows in one
``db.atomic()`` transaction) on the production ``open_database``; its uid
is printed only after the save returned. Usage: ``crash_writer.py DATA_DIR``.
"""

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from fibro_desktop.core.journal.records import Episode  # noqa: E402
from fibro_desktop.store.database import open_database  # noqa: E402
from fibro_desktop.store.journal import save_episode  # noqa: E402


def main() -> None:
    now = datetime.now(UTC).astimezone()
    db = open_database(Path(sys.argv[1]), now=now)
    print("ready", flush=True)
    n = 0
    while True:
        episode = Episode(started=now - timedelta(minutes=n % 600), kind="cramp", intensity=n % 11,
                          muscles=frozenset({("calves", "left"), ("neck", None)}), notes="x" * (n % 300))
        saved = save_episode(db, episode, now)
        print(saved.uid, flush=True)
        n += 1


if __name__ == "__main__":
    main()
