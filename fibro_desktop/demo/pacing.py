"""A year of desk days with breaks, for the Pacing tab and the charts.

Weekdays only, three to seven hours at the desk from about nine; a short
pause about every ten minutes and a movement break about every three
quarters of an hour. Most are taken, some skipped or put off, some missed
because the person was away anyway; the last two months go better (the
same calmer stretch as the journal demo).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

import peewee

from fibro_desktop.core.instants import local_day
from fibro_desktop.core.pacing.record import BreakEntry
from fibro_desktop.store.pacing import insert_breaks

_MICRO = ("shoulder_drop", "jaw_soften", "sip_and_shift", "hand_open", "look_far", "breathe_out_long")
_MOVEMENT = ("stand_and_walk", "shoulder_circles", "gentle_side_reach", "ankle_rolls", "neck_turn")


def _outcome(rng, calmer: bool) -> str:
    roll = rng.random()
    if roll < (0.08 if calmer else 0.15):
        return "skipped"
    if roll < (0.14 if calmer else 0.25):
        return "postponed"
    if roll < (0.22 if calmer else 0.32):
        return "natural"
    return "taken"


def generate(db: peewee.SqliteDatabase, ctx) -> None:
    rng = ctx.rng
    tz = ctx.now.tzinfo
    entries: list[BreakEntry] = []
    desk: dict = {}
    for back in range(ctx.days, -1, -1):
        day = local_day(ctx.now) - timedelta(days=back)
        if day.weekday() >= 5 or rng.random() < 0.06:  # weekends, the odd day off
            continue
        calmer = back < 60
        moment = datetime.combine(day, time(8, 30), tz) + timedelta(minutes=rng.randint(0, 75))
        end = moment + timedelta(minutes=rng.randint(180, 420))
        end = min(end, ctx.now)
        desk_s = 0
        since_movement = 0
        turn = rng.randrange(20)
        while True:
            work = rng.randint(540, 660)
            if moment + timedelta(seconds=work) >= end:
                desk_s += max(0, int((end - moment).total_seconds()))
                break
            moment += timedelta(seconds=work)
            desk_s += work
            since_movement += work
            kind = "movement" if since_movement >= 40 * 60 else "micro"
            outcome = _outcome(rng, calmer)
            length = (300 if kind == "movement" else 30) if outcome in ("taken", "natural") else 0
            if outcome == "taken" and rng.random() < 0.3:
                length = int(length * rng.uniform(0.5, 1.0))
            turn += 1
            names = _MOVEMENT if kind == "movement" else _MICRO
            entries.append(BreakEntry(
                kind, outcome, due=moment, started=moment + timedelta(seconds=rng.randint(0, 1)),
                ended=moment + timedelta(seconds=length), duration_s=length,
                did_it=outcome == "taken" and rng.random() < 0.35,
                exercise=None if outcome == "natural" else names[turn % len(names)]))
            if outcome != "postponed":
                moment += timedelta(seconds=length)
                if kind == "movement":
                    since_movement = 0
            if not calmer and rng.random() < 0.01:
                entries.append(BreakEntry("recovery", "taken", moment, moment, moment + timedelta(minutes=10), 600))
                moment += timedelta(minutes=10)
        if desk_s:
            desk[day] = desk_s
    insert_breaks(db, entries, desk, ctx.now)
