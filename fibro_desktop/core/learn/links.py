"""Which guide section explains each thing the tabs show.

A tab's small "Learn" link asks for ``(guide key, section anchor)`` and emits
it through ``intents.learn``; these tables are the one place that knows the
answer, so a renamed section is fixed here and caught by a test
(``tests/core/test_learn_links.py`` checks every target exists).
"""

from __future__ import annotations

Link = tuple[str, str]  # (guide key, section anchor; "" for the top)

#: Kinds of spasm (``vocabulary.SPASM_KINDS`` ids) → guide 2.
SPASM_KIND_LINKS: dict[str, Link] = {
    "fasciculation": ("kinds-of-spasm", "twitching"),
    "cramp": ("kinds-of-spasm", "cramps"),
    "tonic": ("kinds-of-spasm", "long-tension"),
    "trigger_point": ("kinds-of-spasm", "knots"),
    "nocturnal": ("kinds-of-spasm", "night-cramps"),
    "other": ("kinds-of-spasm", "other"),
}

#: Daily routine items (``core.toolkit.routine`` kinds) → guide 4; a
#: person's own item (kind ``None``) → its part about habits.
ROUTINE_KIND_LINKS: dict[str | None, Link] = {
    "water": ("daily-prevention", "water"),
    "minerals": ("daily-prevention", "minerals"),
    "morning_stretch": ("daily-prevention", "stretching"),
    "evening_stretch": ("daily-prevention", "stretching"),
    "warmth": ("daily-prevention", "warmth"),
    "relaxation": ("daily-prevention", "calming"),
    "position_changes": ("daily-prevention", "position"),
    "pacing": ("daily-prevention", "pacing"),
    None: ("daily-prevention", "habit"),
}

#: Rescue plan steps (their ``relief`` vocabulary id) → guide 5; a person's
#: own step (relief ``None``) → the top of guide 5.
RESCUE_STEP_LINKS: dict[str | None, Link] = {
    "range_of_motion": ("when-a-spasm-starts", "gentle-movement"),
    "heat": ("when-a-spasm-starts", "heat-then-stretch"),
    "gentle_stretch": ("when-a-spasm-starts", "heat-then-stretch"),
    "massage": ("when-a-spasm-starts", "massage"),
    "topical_magnesium": ("when-a-spasm-starts", "topical-magnesium"),
    "water": ("when-a-spasm-starts", "afterwards"),
    "electrolyte_drink": ("when-a-spasm-starts", "afterwards"),
    "breathing_audio": ("when-a-spasm-starts", "breathe"),
    "rest": ("when-a-spasm-starts", "afterwards"),
    "prescribed_medication": ("when-a-spasm-starts", "prescribed"),
    None: ("when-a-spasm-starts", ""),
}

#: Other places in the app → their guide.
PLACE_LINKS: dict[str, Link] = {
    "red_flags": ("when-to-see-a-doctor", "warning-signs"),
    "rescue_plan_safety": ("when-to-see-a-doctor", "warning-signs"),
    "journal": ("your-day-and-tracking", "what-to-note"),
    "checkin": ("your-day-and-tracking", "effects"),
    "medications": ("medicines-and-supplements", ""),
    "charts": ("measuring", "reading-charts"),
    "charts_patterns": ("measuring", "goes-together"),
    "pacing": ("daily-prevention", "pacing"),
    "relax": ("daily-prevention", "calming"),
    "rescue_kit": ("when-a-spasm-starts", "rescue-kit"),
    "care_team": ("therapists", ""),
    "why": ("why-spasms", ""),
}
