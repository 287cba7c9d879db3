"""Peewee models, one module per feature, all bound by ``open_database``.

Importing this package imports every model module, so that
:data:`fibro_desktop.store.models.base.ALL_MODELS` is complete. Models
describe tables that migrations create; they never create tables themselves.
"""

from fibro_desktop.store.models import journal, meta  # noqa: F401  (registers models)
from fibro_desktop.store.models import pacing  # noqa: F401
from fibro_desktop.store.models import relax  # noqa: F401
from fibro_desktop.store.models import toolkit  # noqa: F401
from fibro_desktop.store.models.base import ALL_MODELS, BaseModel

__all__ = ["ALL_MODELS", "BaseModel"]
