"""Journals written straight into a real database for the Charts insight
tests: a planted-truth world (tests/core/insights/planted.py), a short
record that ended long ago, and reliefs with known counts.

Rows go in with bulk inserts (as the ten-year demo does), because a
two-year world has a few thousand spasms.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from fibro_desktop.core.instants import utc_text
from fibro_desktop.store.bulk import insert_rows, next_id
from tests.core.insights.planted import PlantedJournal

#: Planted trigger names as the journal stores them (vocabulary ids, or a
#: person's own words for those the vocabulary does not have).
TRIGGER_IDS = {"stress": "stress", "poor_sleep": "poor_sleep", "cold": "cold", "overexertion": "exertion",
               "coffee": "own:Coffee", "loud_noise": "own:Loud noise"}
STAMP = "2026-11-24T09:00:00.000000Z"


class _Writer:
    """Collects rows with fresh ids and writes them in one transaction."""

    def __init__(self, db):
        self.db = db
        self.episode_id = next_id(db, "episode")
        self.checkin_id = next_id(db, "checkin")
        self.uid = 0
        self.rows: dict[str, list[tuple]] = {t: [] for t in ("episode", "episode_trigger", "episode_relief",
                                                            "checkin", "checkin_trigger")}

    def _next_uid(self) -> str:
        self.uid += 1
        return f"{self.uid:032x}"

    def episode(self, day: date, intensity: int = 5, duration_s: int | None = None,
                recovery_s: int | None = None, triggers=(), reliefs=()) -> None:
        started = datetime(day.year, day.month, day.day, 12, 0, tzinfo=UTC)
        self.rows["episode"].append((self.episode_id, self._next_uid(), utc_text(started), 0, day.isoformat(),
                                     "cramp", intensity, duration_s, recovery_s, STAMP, STAMP))
        self.rows["episode_trigger"] += [(self.episode_id, t) for t in sorted(triggers)]
        self.rows["episode_relief"] += [(self.episode_id, r, helped, None) for r, helped in reliefs]
        self.episode_id += 1

    def checkin(self, day: date, triggers=(), mood: int | None = None) -> None:
        self.rows["checkin"].append((self.checkin_id, self._next_uid(), day.isoformat(), mood, STAMP, STAMP))
        self.rows["checkin_trigger"] += [(self.checkin_id, t) for t in sorted(triggers)]
        self.checkin_id += 1

    def write(self) -> None:
        columns = {
            "episode": ("id", "uid", "started_utc", "started_offset_min", "day", "kind", "intensity", "duration_s",
                        "recovery_s", "created_utc", "updated_utc"),
            "episode_trigger": ("episode_id", "trigger"),
            "episode_relief": ("episode_id", "relief", "helped", "minutes_to_relief"),
            "checkin": ("id", "uid", "day", "mood", "created_utc", "updated_utc"),
            "checkin_trigger": ("checkin_id", "trigger"),
        }
        with self.db.atomic():
            for table, rows in self.rows.items():
                if rows:
                    insert_rows(self.db, table, columns[table], rows)


def write_planted(db, journal: PlantedJournal) -> None:
    """The planted journal's check-ins and spasm entries (with the triggers
    each entry noted), trigger names stored as :data:`TRIGGER_IDS`."""
    writer = _Writer(db)
    for day in sorted(journal.spasms):
        for noted in journal.entries[day]:
            writer.episode(day, triggers=[TRIGGER_IDS[t] for t in noted])
    for day, triggers in sorted(journal.checkins.items()):
        writer.checkin(day, [TRIGGER_IDS[t] for t in triggers])
    writer.write()


def write_old_record(db, last_day: date, days: int = 120) -> None:
    """A record of ``days`` days ending on ``last_day`` (say, imported):
    a check-in every day, three spasms a day in the first four weeks and one
    a day in the last four, intensity 7 then 4."""
    writer = _Writer(db)
    first = last_day - timedelta(days=days - 1)
    for i in range(days):
        day = first + timedelta(days=i)
        writer.checkin(day, mood=5)
        late = i >= days - 28
        for _ in range(1 if late else 3):
            writer.episode(day, intensity=4 if late else 7, duration_s=600, recovery_s=900)
    writer.write()


def write_reliefs(db, day: date, tallies: dict[str, tuple[int, int]]) -> None:
    """Reliefs rated on spasms of ``day``: relief -> (helped, rated)."""
    writer = _Writer(db)
    for relief, (helped, rated) in tallies.items():
        for i in range(rated):
            writer.episode(day, reliefs=[(relief, "yes" if i < helped else "no")])
    writer.write()
