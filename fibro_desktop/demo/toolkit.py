"""A lived-in year of Toolkit data: a personalised kit with one item running
low, a routine kept more steadily as the year goes on (weekdays better
than weekends, water the hardest), kit ticks on work days, a care team.

Deterministic from ``ctx.rng`` and ``ctx.now``; the defaults and what the
person typed are in ``ctx.words`` (``demo/words.py``).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

import peewee

from fibro_desktop.core.instants import local_day
from fibro_desktop.core.message import messages
from fibro_desktop.demo.words import DemoWords
from fibro_desktop.store import rescue_plan, routine, toolkit

_msg = messages("Demo")


def _personalise_kit(db: peewee.SqliteDatabase, now: datetime, words: DemoWords) -> None:
    say = words.say
    by_key = {item.default_key: item for item in toolkit.list_kit_items(db)}
    toolkit.update_kit_item(db, now, by_key["electrolyte_mix"].id, quantity=2, restock_below=4,
                            note=say(_msg("Lemon ones taste best")))
    toolkit.update_kit_item(db, now, by_key["pill_case"].id, location=say(_msg("Coat pocket")),
                            note=say(_msg("Refill on Sundays")))
    ball = toolkit.add_kit_item(db, now, say(_msg("Tennis ball for knots")), location=say(_msg("Desk drawer")))
    toolkit.add_kit_item(db, now, say(_msg("Magnesium spray")), location=say(_msg("Work bag")),
                         quantity=1, restock_below=1)
    old = toolkit.add_kit_item(db, now, say(_msg("Ice pack")), location=say(_msg("Office freezer")))
    toolkit.archive_kit_item(db, now, old.id)
    ids = [i.id for i in toolkit.list_kit_items(db)]
    ids.remove(ball.id)
    toolkit.set_kit_order(db, now, ids[:2] + [ball.id] + ids[2:])


def generate(db: peewee.SqliteDatabase, ctx) -> None:
    rng, now = ctx.rng, ctx.now
    start = now - timedelta(days=ctx.days)
    words = ctx.words
    toolkit.seed_defaults(db, start, kit=words.kit, routine=words.routine, plan=words.plan)
    _personalise_kit(db, now, words)
    rescue_plan.add_step(db, now, words.say(_msg("Walk to the window")),
                         words.say(_msg("Stand, roll your shoulders and look far away for a minute.")))
    # Names, phone numbers and addresses are the person's own: never translated.
    rescue_plan.save_contact(db, now, role="physical_therapist", name="Alex Moreau", phone="+1 555 0134",
                             notes=words.say(_msg("Tuesdays and Thursdays")))
    rescue_plan.save_contact(db, now, role="massage_therapist", name="Sam Okoye", email="sam@example.org")
    rescue_plan.save_contact(db, now, role="doctor", name="Dr Priya Nair", phone="+1 555 0199")

    kit_items = [i for i in toolkit.list_kit_items(db)]
    lines = routine.list_routine_items(db)
    today = local_day(now)
    ready_rows, entry_rows = [], []
    for back in range(ctx.days, 0, -1):
        day = today - timedelta(days=back)
        weekday = day.weekday() < 5
        # Habits settle over the year: from about 45 % to 75 % on weekdays.
        steadiness = 0.45 + 0.3 * (1 - back / ctx.days) - (0 if weekday else 0.15)
        morning = datetime.combine(day, time(8, rng.randrange(0, 50)), tzinfo=now.tzinfo)
        evening = datetime.combine(day, time(21, rng.randrange(0, 50)), tzinfo=now.tzinfo)
        if weekday and rng.random() < 0.85:
            for item in kit_items:
                if rng.random() < 0.55 + steadiness / 2:
                    ready_rows.append((item.id, day, morning))
        for line in lines:
            if line.target > 1:
                amount = max(0, min(line.target + 2, round(rng.gauss(line.target * (0.45 + steadiness / 2), 1.6))))
            else:
                amount = 1 if rng.random() < steadiness else 0
            if amount:
                entry_rows.append((line.id, day, amount, line.target, evening))
    toolkit.insert_history(db, kit_ready=ready_rows, routine=entry_rows)
    # Today so far: a couple of things ready, a few glasses, the morning stretch.
    for item in kit_items[:2]:
        toolkit.set_ready(db, now, item.id, today, True)
    for line in lines:
        if line.kind == "water":
            routine.set_routine_amount(db, now, line.id, today, 3)
        elif line.kind in ("morning_stretch", "minerals"):
            routine.set_routine_amount(db, now, line.id, today, 1)
