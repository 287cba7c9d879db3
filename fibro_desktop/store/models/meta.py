"""Model of ``app_meta``: small facts the application keeps about itself."""

import peewee

from fibro_desktop.store.models.base import BaseModel


class AppMeta(BaseModel):
    key = peewee.TextField(primary_key=True)
    value = peewee.TextField()
    updated_at = peewee.TextField()

    class Meta:
        table_name = "app_meta"
