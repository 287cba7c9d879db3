"""The personal rescue kit: items, their defaults and the restock rule.

A kit item may carry a ``quantity`` (how many are left) and a
``restock_below`` threshold; when the quantity falls below the threshold
the item is flagged so a gentle reminder can be shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class KitItem:
    """One thing in the kit, as stored.

    ``quantity`` and ``restock_below`` are whole numbers ≥ 0 or ``None``
    (not counted). ``position`` orders the list (0 first). ``default_key``
    names the default it was seeded from, or ``None`` for the user's own.
    """

    id: int
    uid: str
    name: str
    location: str = ""
    note: str = ""
    quantity: int | None = None
    restock_below: int | None = None
    archived: bool = False
    position: int = 0
    default_key: str | None = None

    @property
    def needs_restock(self) -> bool:
        return needs_restock(self.quantity, self.restock_below)


def needs_restock(quantity: int | None, restock_below: int | None) -> bool:
    """True when both are set and ``quantity`` is strictly below the threshold.

    E.g. threshold 3: two sachets left → restock; three left → fine.
    """
    return quantity is not None and restock_below is not None and quantity < restock_below


@dataclass(frozen=True)
class KitDefault:
    """A default kit item: stable ``key``, English ``name`` and ``location``."""

    key: str
    name: str
    location: str = ""
    note: str = ""


DEFAULT_KIT: tuple[KitDefault, ...] = (
    KitDefault("electrolyte_mix", "Travel magnesium or electrolyte mix", "Work bag",
               "A few sachets for the day"),
    KitDefault("heating_pad", "Heating pad", "At my desk"),
    KitDefault("relax_audio", "Warm-up and relaxation audio", "On this computer and my phone"),
    KitDefault("pill_case", "Pill case for supplements and medication", "Work bag"),
    KitDefault("stress_reminders", "Stress-relief reminders or wearable", "On my wrist or phone"),
)


@dataclass(frozen=True)
class KitReadiness:
    """How ready the kit was on one local ``day``: ``ready`` of ``total``
    active items were ticked (for the charts)."""

    day: date
    ready: int
    total: int


def items_to_restock(items: list[KitItem]) -> list[KitItem]:
    """Active items whose quantity has fallen below their threshold."""
    return [item for item in items if not item.archived and item.needs_restock]
