"""The strings marked for translators match the core's default content."""

from fibro_desktop.core.toolkit.care import CARE_ROLES
from fibro_desktop.core.toolkit.kit import DEFAULT_KIT
from fibro_desktop.core.toolkit.rescue import DEFAULT_PLAN
from fibro_desktop.core.toolkit.routine import DEFAULT_ROUTINE
from fibro_desktop.ui.toolkit.default_texts import DEFAULT_TEXTS, ROLE_TEXTS


def test_every_default_string_is_marked_for_translation():
    core = {s for d in DEFAULT_KIT for s in (d.name, d.location, d.note)}
    core |= {d.name for d in DEFAULT_ROUTINE}
    core |= {s for d in DEFAULT_PLAN for s in (d.title, d.how_to)}
    assert core - {""} == set(DEFAULT_TEXTS)


def test_every_care_role_is_marked_for_translation():
    assert [label for _, label in CARE_ROLES] == list(ROLE_TEXTS)
