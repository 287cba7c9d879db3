"""A lived-in year of journal data: episodes, check-ins, medications, doses.

The patterns are plausible and deliberately visible in the charts: more
spasms after poor sleep, stress or long sitting; night cramps in the calves;
heat and gentle stretching help most; a calmer stretch in the last months.
The medications' names, amounts and a dose's side effects, typed by the
person, are in ``ctx.words`` (``demo/words.py``); the rest are codes.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta

import peewee

from fibro_desktop.core.instants import local_day
from fibro_desktop.core.journal.records import CheckIn, Dose, Episode, Medication, ReliefTried
from fibro_desktop.core.message import messages
from fibro_desktop.store.checkins import insert_checkins
from fibro_desktop.store.journal import insert_episodes
from fibro_desktop.store.medications import save_dose, save_medication
from fibro_desktop.store.stamps import new_uid

_msg = messages("Demo")

_PLACES = {
    "cramp": [("calves", "left"), ("calves", "right"), ("feet", "right"), ("hands", "left")],
    "nocturnal": [("calves", "left"), ("calves", "right"), ("feet", "left")],
    "tonic": [("neck", None), ("shoulders", "right"), ("upper_back", None), ("lower_back", None)],
    "trigger_point": [("shoulders", "left"), ("shoulders", "right"), ("upper_back", None), ("neck", None)],
    "fasciculation": [("forearms", "left"), ("calves", "right"), ("jaw", "left")],
}
_RELIEF_ODDS = {  # relief: (chance it is tried, chance it helps)
    "heat": (0.5, 0.8), "gentle_stretch": (0.5, 0.7), "massage": (0.25, 0.6),
    "water": (0.3, 0.35), "breathing_audio": (0.2, 0.55), "rest": (0.35, 0.4),
    "topical_magnesium": (0.15, 0.3),
}


def generate(db: peewee.SqliteDatabase, ctx) -> None:
    rng = ctx.rng
    tz = ctx.now.tzinfo
    today = local_day(ctx.now)
    episodes: list[Episode] = []
    checkins: list[CheckIn] = []
    for back in range(ctx.days, -1, -1):
        day = today - timedelta(days=back)
        calmer = back < 60  # the last two months went better
        poor_sleep = rng.random() < (0.2 if calmer else 0.35)
        stressed = rng.random() < (0.2 if calmer else 0.3)
        sitting = day.weekday() < 5 and rng.random() < 0.5
        triggers = {t for t, on in (("poor_sleep", poor_sleep), ("stress", stressed),
                                    ("prolonged_sitting", sitting),
                                    ("dehydration", rng.random() < 0.15),
                                    ("cold", day.month in (12, 1, 2) and rng.random() < 0.4)) if on}
        if back > 0 and rng.random() < 0.85:
            checkins.append(_with_daily_activities(CheckIn(
                day=day, sleep_hours=round(rng.uniform(4, 6) if poor_sleep else rng.uniform(6.5, 8.5), 1),
                sleep_quality=rng.randint(1, 4) if poor_sleep else rng.randint(5, 9),
                mood=max(0, min(10, rng.randint(4, 8) - (2 if stressed else 0))),
                energy=max(0, min(10, rng.randint(3, 7) - (2 if poor_sleep else 0))),
                overall_pain=max(0, min(10, rng.randint(2, 6) + (2 if poor_sleep else 0) - (1 if calmer else 0))),
                mobility=rng.randint(5, 9), stress=rng.randint(6, 9) if stressed else rng.randint(1, 5),
                water_glasses=rng.randint(3, 9), triggers=frozenset(triggers), uid=new_uid())))
        rate = 0.35 + 0.35 * len(triggers & {"poor_sleep", "stress", "prolonged_sitting"}) - (0.2 if calmer else 0)
        count = sum(1 for _ in range(3) if rng.random() < rate / 2)
        if rng.random() < (0.08 if calmer else 0.18):
            count += 1  # a night cramp
            episodes.append(_episode(rng, day, tz, "nocturnal", triggers, ctx.now))
        for _ in range(count):
            kind = rng.choices(["cramp", "tonic", "trigger_point", "fasciculation", "other"],
                               [4, 3, 3, 2, 1])[0]
            episodes.append(_episode(rng, day, tz, kind, triggers, ctx.now))
    episodes = [e for e in episodes if e.started <= ctx.now]
    # One recent episode with a warning sign, so the red-flag banner can be seen.
    # (the complete episode nearest to three days ago).
    if len(episodes) > 1:
        target = ctx.now - timedelta(days=3)
        i = min(range(len(episodes) - 1), key=lambda k: abs(episodes[k].started - target))
        episodes[i] = replace(episodes[i], warnings=frozenset({"weakness"}))
    # The newest one is a quick log still waiting for details.
    if episodes:
        last = episodes[-1]
        episodes[-1] = Episode(started=last.started, kind=last.kind, intensity=last.intensity,
                               complete=False, uid=last.uid)
    insert_episodes(db, episodes, ctx.now)
    insert_checkins(db, checkins, ctx.now)
    _medications(db, ctx)


def _with_daily_activities(checkin: CheckIn) -> CheckIn:
    """Whether the day's activities went without interruption, from the
    day's pain and sleep (no random draw, so the rest of the year is unchanged)."""
    pain, sleep = checkin.overall_pain or 0, checkin.sleep_quality or 0
    answer = "no" if pain >= 7 else ("partly" if pain >= 5 or sleep <= 3 else "yes")
    return replace(checkin, daily_activities=answer)


def _episode(rng, day, tz, kind, triggers, now: datetime) -> Episode:
    hour = rng.choice([2, 3, 4, 5]) if kind == "nocturnal" else rng.choices(
        [8, 10, 11, 13, 15, 16, 17, 19, 21], [1, 2, 3, 2, 3, 4, 3, 2, 1])[0]
    started = datetime.combine(day, time(hour, rng.randrange(60)), tz)
    places = _PLACES.get(kind, [("lower_back", None)])
    muscles = frozenset(rng.sample(places, k=1 if rng.random() < 0.7 else min(2, len(places))))
    duration = {"cramp": rng.randint(30, 600), "nocturnal": rng.randint(60, 900),
                "tonic": rng.randint(900, 3 * 3600 if rng.random() < 0.03 else 5400),
                "trigger_point": rng.randint(300, 3600), "fasciculation": rng.randint(10, 300),
                }.get(kind, rng.randint(60, 1200))
    reliefs = []
    for relief, (tried, helps) in _RELIEF_ODDS.items():
        if rng.random() < tried:
            roll = rng.random()
            helped = "yes" if roll < helps else ("a_little" if roll < helps + 0.2 else "no")
            reliefs.append(ReliefTried(relief, helped, rng.randint(2, 40) if helped != "no" else None))
    episode_triggers = frozenset(t for t in triggers if rng.random() < 0.6)
    return Episode(
        started=started, kind=kind, intensity=max(1, min(10, round(rng.gauss(5.5, 1.8)))),
        duration_s=duration, recovery_s=duration + rng.randint(0, 3600), muscles=muscles,
        activity=rng.choice(["resting", "light", "moderate"]) if kind != "nocturnal" else "resting",
        sleep_state="woke_me" if kind == "nocturnal" else "awake",
        triggers=episode_triggers, reliefs=tuple(reliefs),
        impact_sleep=rng.randint(4, 8) if kind == "nocturnal" else rng.randint(0, 3),
        impact_mood=rng.randint(1, 6), impact_mobility=rng.randint(1, 6), uid=new_uid())


def _medications(db, ctx) -> None:
    say = ctx.words.say
    two_capsules, one_tablet = say(_msg("2 capsules")), say(_msg("1 tablet"))
    # Only what the English says: a supplement and "my prescribed medicine", no drug named.
    magnesium = save_medication(db, Medication(say(_msg("Magnesium glycinate")), "capsule", two_capsules), ctx.now)
    prescribed = save_medication(db, Medication(say(_msg("My prescribed muscle medicine")), "tablet",
                                                one_tablet), ctx.now)
    drowsy = say(_msg("drowsy"))
    doses = []
    for back in range(ctx.days, 0, -1):
        day = local_day(ctx.now) - timedelta(days=back)
        evening = datetime.combine(day, time(21, ctx.rng.randrange(60)), ctx.now.tzinfo)
        if ctx.rng.random() < 0.9:
            doses.append(Dose(magnesium.uid, evening, amount=two_capsules, status="taken"))
        if ctx.rng.random() < 0.06:
            doses.append(Dose(prescribed.uid, evening.replace(hour=22), amount=one_tablet, status="taken",
                              side_effects=drowsy if ctx.rng.random() < 0.5 else "",
                              helped=ctx.rng.choice(["yes", "a_little"])))
    with db.atomic():
        for dose in doses:
            save_dose(db, dose, ctx.now)
