"""The base model every table model derives from, and the model registry."""

from __future__ import annotations

import peewee

#: Every concrete model class, in definition order; filled by subclassing.
ALL_MODELS: list[type[peewee.Model]] = []


class BaseModel(peewee.Model):
    """Registers each subclass so ``open_database`` can bind it."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        ALL_MODELS.append(cls)

    class Meta:
        legacy_table_names = False
