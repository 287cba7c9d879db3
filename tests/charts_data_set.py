"""A small journal with every number known, shared by the Charts tests.

Week of Monday 23 November 2026 (TEST_NOW is Tuesday 24th, 10:00 UTC+1):

* Mon 23, 08:30 cramp, intensity 6, 2 min, recovery 10 min, left calf;
  trigger stress; heat helped after 10 min.
* Mon 23, 15:10 long tension, 4, 30 min, recovery 60 min, neck; heat helped
  a little after 20 min, rest did not help.
* Fri 20, 22:45 night cramp, 8, 5 min, recovery 15 min, right calf; poor sleep.
* Around the spring DST change: Sat 28 March 23:30 (UTC+1) and Sun 29 March
  03:30 (UTC+2, after clocks went forward), both cramps of intensity 5.

Check-ins on Sun 22 (sleep quality 7) and Mon 23 (sleep quality 4, mood 5,
triggers stress and cold). Magnesium taken on 22 and 23, skipped on 21.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from fibro_desktop.core.journal.records import CheckIn, Dose, Episode, Medication, ReliefTried
from fibro_desktop.store.checkins import save_checkin
from fibro_desktop.store.journal import save_episode
from fibro_desktop.store.medications import save_dose, save_medication

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
FIRST_DAY = date(2026, 3, 28)


def fill_known(db, now: datetime) -> None:
    episodes = [
        Episode(datetime(2026, 11, 23, 8, 30, tzinfo=CET), "cramp", 6, duration_s=120, recovery_s=600,
                muscles=frozenset({("calves", "left")}), triggers=frozenset({"stress"}),
                reliefs=(ReliefTried("heat", "yes", 10),)),
        Episode(datetime(2026, 11, 23, 15, 10, tzinfo=CET), "tonic", 4, duration_s=1800, recovery_s=3600,
                muscles=frozenset({("neck", None)}),
                reliefs=(ReliefTried("heat", "a_little", 20), ReliefTried("rest", "no"))),
        Episode(datetime(2026, 11, 20, 22, 45, tzinfo=CET), "nocturnal", 8, duration_s=300, recovery_s=900,
                muscles=frozenset({("calves", "right")}), triggers=frozenset({"poor_sleep"})),
        Episode(datetime(2026, 3, 28, 23, 30, tzinfo=CET), "cramp", 5),
        Episode(datetime(2026, 3, 29, 3, 30, tzinfo=CEST), "cramp", 5),
    ]
    for episode in episodes:
        save_episode(db, episode, now)
    save_checkin(db, CheckIn(date(2026, 11, 22), sleep_quality=7), now)
    save_checkin(db, CheckIn(date(2026, 11, 23), sleep_quality=4, mood=5, triggers=frozenset({"stress", "cold"})), now)
    magnesium = save_medication(db, Medication("Magnesium", "capsule", "1 capsule"), now)
    for day, status in ((21, "skipped"), (22, "taken"), (23, "taken")):
        save_dose(db, Dose(magnesium.uid, datetime(2026, 11, day, 21, 0, tzinfo=CET), status=status), now)
