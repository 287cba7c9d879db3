"""The domain's vocabulary: stable ids for code and storage, English labels.

Ids never change once stored. Labels are English source text; the UI passes
them through ``QCoreApplication.translate("vocabulary", label)`` (see
``fibro_desktop/ui/labels.py``), so this module stays free of Qt.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    """One entry of a vocabulary: ``id`` is stored, ``label`` is shown."""

    id: str
    label: str
    hint: str = ""


def _index(terms: tuple[Term, ...]) -> dict[str, Term]:
    return {t.id: t for t in terms}


SPASM_KINDS: tuple[Term, ...] = (
    Term("fasciculation", "Twitching", "Small rippling twitches under the skin"),
    Term("cramp", "Cramp", "A sharp, gripping tightness, often in calves or hands"),
    Term("tonic", "Long tension", "A tight spell that lasts minutes or hours"),
    Term("trigger_point", "Knot", "A tender knot that tightens when pressed or stretched"),
    Term("nocturnal", "Night cramp", "A cramp or jerk that disturbs sleep"),
    Term("other", "Other", ""),
)

# Muscle groups; ``sided`` groups exist on the left and on the right.
MUSCLE_GROUPS: tuple[Term, ...] = (
    Term("jaw", "Jaw"),
    Term("neck", "Neck"),
    Term("shoulders", "Shoulders"),
    Term("upper_back", "Upper back"),
    Term("lower_back", "Lower back"),
    Term("chest", "Chest"),
    Term("abdomen", "Abdomen"),
    Term("upper_arms", "Upper arms"),
    Term("forearms", "Forearms"),
    Term("hands", "Hands"),
    Term("hips_glutes", "Hips and glutes"),
    Term("front_thighs", "Front of thighs"),
    Term("back_thighs", "Back of thighs"),
    Term("calves", "Calves"),
    Term("feet", "Feet"),
)
SIDED_MUSCLE_GROUPS = frozenset(
    {"jaw", "shoulders", "upper_arms", "forearms", "hands", "hips_glutes",
     "front_thighs", "back_thighs", "calves", "feet"}
)
SIDES: tuple[Term, ...] = (Term("left", "Left"), Term("right", "Right"), Term("both", "Both"))

ACTIVITY_LEVELS: tuple[Term, ...] = (
    Term("resting", "Resting"),
    Term("light", "Light activity"),
    Term("moderate", "Moderate activity"),
    Term("strenuous", "Strenuous activity"),
)

SLEEP_STATES: tuple[Term, ...] = (
    Term("awake", "Awake"),
    Term("falling_asleep", "Falling asleep"),
    Term("woke_me", "It woke me up"),
    Term("just_woken", "Just woken up"),
)

TRIGGERS: tuple[Term, ...] = (
    Term("dehydration", "Not enough water"),
    Term("stress", "Stress or worry"),
    Term("exertion", "Hard physical effort"),
    Term("prolonged_sitting", "Long sitting or one posture"),
    Term("repetitive_task", "Repetitive task"),
    Term("skipped_meal", "Skipped a meal"),
    Term("cold", "Cold"),
    Term("poor_sleep", "Poor sleep"),
    Term("fatigue", "Tiredness"),
)

RELIEFS: tuple[Term, ...] = (
    Term("heat", "Heat"),
    Term("gentle_stretch", "Gentle stretch"),
    Term("range_of_motion", "Gentle movement"),
    Term("massage", "Massage or myofascial release"),
    Term("topical_magnesium", "Magnesium on the skin"),
    Term("electrolyte_drink", "Magnesium or electrolyte drink"),
    Term("water", "Water"),
    Term("breathing_audio", "Breathing or relaxation audio"),
    Term("rest", "Rest"),
    Term("prescribed_medication", "Prescribed medication"),
)

HELPED: tuple[Term, ...] = (
    Term("yes", "Helped"),
    Term("a_little", "Helped a little"),
    Term("no", "Did not help"),
)

#: The check-in's "could you do your daily activities without interruption?"
#: (one of the source's outcome measures).
DAILY_ACTIVITIES: tuple[Term, ...] = (
    Term("yes", "Yes, without interruption"),
    Term("partly", "Partly, with some interruptions"),
    Term("no", "No, they were interrupted a lot"),
)

WARNING_SYMPTOMS: tuple[Term, ...] = (
    Term("weakness", "Weakness"),
    Term("numbness", "Numbness"),
    Term("loss_of_balance", "Loss of balance"),
    Term("fever", "Fever"),
    Term("rapid_heart_rate", "Racing heart"),
    Term("muscle_swelling", "Muscle swelling"),
)

SPASM_KIND_BY_ID = _index(SPASM_KINDS)
MUSCLE_GROUP_BY_ID = _index(MUSCLE_GROUPS)
TRIGGER_BY_ID = _index(TRIGGERS)
RELIEF_BY_ID = _index(RELIEFS)
WARNING_SYMPTOM_BY_ID = _index(WARNING_SYMPTOMS)
