"""The base model every table model derives from, and the model registry."""

from __future__ import annotations

from typing import Any

import peewee

#: A peewee query or SQL expression (``Model.select()``, ``Model.day >= x``):
#: peewee ships no type stubs, so at this boundary the store says Any.
Expression = Any

#: Every concrete model class, in definition order; filled by subclassing.
ALL_MODELS: list[type[peewee.Model]] = []


class BaseModel(peewee.Model):  # type: ignore[misc]  # peewee ships no stubs: Model is Any
    """Registers each subclass so ``open_database`` can bind it."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        ALL_MODELS.append(cls)

    class Meta:
        legacy_table_names = False
