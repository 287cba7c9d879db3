"""The base model every table model derives from, and the model registry."""

from __future__ import annotations

from typing import Any

import peewee

#: Every concrete model class, in definition order; filled by subclassing.
ALL_MODELS: list[type[peewee.Model]] = []


class BaseModel(peewee.Model):  # type: ignore[misc]  # peewee ships no stubs: Model is Any
    """Registers each subclass so ``open_database`` can bind it."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        ALL_MODELS.append(cls)

    class Meta:
        legacy_table_names = False
