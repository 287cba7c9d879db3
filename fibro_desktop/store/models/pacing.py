"""Models of the pacing record: ``pacing_break`` and ``pacing_day`` (migration 3)."""

import peewee

from fibro_desktop.store.models.base import BaseModel


class PacingBreak(BaseModel):
    """One break: kind, outcome and its moments (UTC text + local offset)."""

    uid = peewee.TextField(unique=True)
    kind = peewee.TextField()
    outcome = peewee.TextField()
    did_it = peewee.IntegerField(default=0)
    due_utc = peewee.TextField()
    due_offset_min = peewee.IntegerField()
    started_utc = peewee.TextField(null=True)
    started_offset_min = peewee.IntegerField(null=True)
    ended_utc = peewee.TextField(null=True)
    ended_offset_min = peewee.IntegerField(null=True)
    day = peewee.TextField()
    duration_s = peewee.IntegerField(default=0)
    exercise = peewee.TextField(null=True)
    postpones = peewee.IntegerField(default=0)
    created_utc = peewee.TextField()
    updated_utc = peewee.TextField()

    class Meta:
        table_name = "pacing_break"


class PacingDay(BaseModel):
    """Desk time of one local day, in seconds."""

    uid = peewee.TextField(unique=True)
    day = peewee.TextField(unique=True)
    desk_s = peewee.IntegerField(default=0)
    created_utc = peewee.TextField()
    updated_utc = peewee.TextField()

    class Meta:
        table_name = "pacing_day"
