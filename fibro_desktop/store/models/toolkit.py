"""Models of the Toolkit tables (created by migration 5, ``m0005_toolkit``)."""

import peewee

from fibro_desktop.store.models.base import BaseModel


class KitItemRow(BaseModel):
    uid = peewee.TextField(unique=True)
    name = peewee.TextField()
    location = peewee.TextField(default="")
    note = peewee.TextField(default="")
    quantity = peewee.IntegerField(null=True)
    restock_below = peewee.IntegerField(null=True)
    archived = peewee.IntegerField(default=0)
    position = peewee.IntegerField(default=0)
    default_key = peewee.TextField(null=True)
    created_utc = peewee.TextField()
    updated_utc = peewee.TextField()

    class Meta:
        table_name = "kit_item"


class KitReadyRow(BaseModel):
    kit_item = peewee.ForeignKeyField(KitItemRow, column_name="kit_item_id", on_delete="CASCADE")
    day = peewee.TextField()
    ready_utc = peewee.TextField()
    ready_offset_min = peewee.IntegerField()

    class Meta:
        table_name = "kit_ready"


class RoutineItemRow(BaseModel):
    uid = peewee.TextField(unique=True)
    kind = peewee.TextField(null=True)
    name = peewee.TextField()
    target = peewee.IntegerField(default=1)
    position = peewee.IntegerField(default=0)
    archived = peewee.IntegerField(default=0)
    created_utc = peewee.TextField()
    updated_utc = peewee.TextField()

    class Meta:
        table_name = "routine_item"


class RoutineEntryRow(BaseModel):
    routine_item = peewee.ForeignKeyField(RoutineItemRow, column_name="routine_item_id",
                                          on_delete="CASCADE")
    day = peewee.TextField()
    amount = peewee.IntegerField(default=0)
    #: The item's target on that day, kept so past adherence stays true after
    #: the target is changed.
    target = peewee.IntegerField(default=1)
    updated_utc = peewee.TextField()
    updated_offset_min = peewee.IntegerField()

    class Meta:
        table_name = "routine_entry"


class RescueStepRow(BaseModel):
    uid = peewee.TextField(unique=True)
    relief = peewee.TextField(null=True)
    title = peewee.TextField()
    how_to = peewee.TextField(default="")
    position = peewee.IntegerField(default=0)
    created_utc = peewee.TextField()
    updated_utc = peewee.TextField()

    class Meta:
        table_name = "rescue_step"


class CareContactRow(BaseModel):
    uid = peewee.TextField(unique=True)
    role = peewee.TextField()
    name = peewee.TextField()
    phone = peewee.TextField(default="")
    email = peewee.TextField(default="")
    notes = peewee.TextField(default="")
    position = peewee.IntegerField(default=0)
    created_utc = peewee.TextField()
    updated_utc = peewee.TextField()

    class Meta:
        table_name = "care_contact"
