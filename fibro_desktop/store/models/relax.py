"""Models of the Relax tables created by migration 4 (see that module)."""

import peewee

from fibro_desktop.store.models.base import BaseModel


class ListenModel(BaseModel):
    uid = peewee.TextField(unique=True)
    session_key = peewee.TextField()
    started_utc = peewee.TextField()
    started_offset_min = peewee.IntegerField()
    day = peewee.TextField()
    listened_s = peewee.IntegerField()
    finished = peewee.BooleanField(default=False)
    tension_before = peewee.IntegerField(null=True)
    tension_after = peewee.IntegerField(null=True)
    created_utc = peewee.TextField()
    updated_utc = peewee.TextField()

    class Meta:
        table_name = "listen"


class ListenResumeModel(BaseModel):
    session_key = peewee.TextField(unique=True)
    position_s = peewee.IntegerField()
    updated_utc = peewee.TextField()

    class Meta:
        table_name = "listen_resume"


class OwnAudioModel(BaseModel):
    uid = peewee.TextField(unique=True)
    title = peewee.TextField()
    file_name = peewee.TextField(unique=True)
    bytes = peewee.IntegerField()
    sort_order = peewee.IntegerField()
    created_utc = peewee.TextField()
    updated_utc = peewee.TextField()

    class Meta:
        table_name = "own_audio"
