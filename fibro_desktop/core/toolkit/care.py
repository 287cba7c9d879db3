"""The care team: optional contacts kept on this computer only."""

from __future__ import annotations

from dataclasses import dataclass

#: Role ids (stored) with English labels (translated in the UI).
CARE_ROLES: tuple[tuple[str, str], ...] = (
    ("physical_therapist", "Physical therapist"),
    ("massage_therapist", "Massage or myofascial therapist"),
    ("occupational_therapist", "Occupational therapist"),
    ("biofeedback", "Biofeedback practitioner"),
    ("doctor", "Doctor"),
    ("other", "Other"),
)
CARE_ROLE_IDS = frozenset(role for role, _ in CARE_ROLES)


@dataclass(frozen=True)
class CareContact:
    """One person in the care team; every field but ``role`` and ``name``
    may be empty."""

    id: int
    uid: str
    role: str
    name: str
    phone: str = ""
    email: str = ""
    notes: str = ""
    position: int = 0


def check_role(role: str) -> str | None:
    """Error code for an unknown role, else ``None``."""
    return None if role in CARE_ROLE_IDS else "unknown_role"


def check_email(email: str) -> str | None:
    """A light check only (something@something); empty is fine."""
    email = email.strip()
    if not email:
        return None
    local, at, domain = email.partition("@")
    return None if at and local and "." in domain.strip(".") and " " not in email else "bad_email"
