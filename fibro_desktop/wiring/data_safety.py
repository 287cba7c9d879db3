"""Wiring of data safety: backups, restore, export and import (no tab)."""

from __future__ import annotations


def wire(shell, ctx) -> None:
    """Nothing to connect yet."""
