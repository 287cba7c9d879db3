"""Peewee models, one module per feature, all bound by ``open_database``.

Importing this package imports every model module, so that
:data:`fibro_desktop.store.models.base.ALL_MODELS` is complete. Models
describe tables that migrations create; they never create tables themselves.
"""

from fibro_desktop.store.models import (  # noqa: F401  (registers models)
    journal,
    meta,
    pacing,  # noqa: F401
    relax,  # noqa: F401
    toolkit,  # noqa: F401
)
from fibro_desktop.store.models.base import ALL_MODELS, BaseModel

__all__ = ["ALL_MODELS", "BaseModel"]
